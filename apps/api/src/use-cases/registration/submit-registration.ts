import { createHash, timingSafeEqual } from "node:crypto";
import {
  attachDossierDocument,
  type FiledDossier,
  findDossierBySubmission,
  findOffice,
  findPendingDossierNumber,
  findRegistrant,
  insertAccountDossier,
  insertDocument,
  insertDossierEvent,
  type SqlRunner,
  uuidv7,
} from "@ansinh/db";
import { foldVietnamese, parseBhxhNumber } from "@ansinh/domain";
import { AppError, type FieldProblem } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { enqueueSms } from "../../sms/enqueue-sms";
import { sanitizeImage } from "../../uploads/sanitize-image";
import { UploadRejected } from "../../uploads/upload-rejected";
import { newDossierNumber } from "./new-dossier-number";
import type { RegistrationFileField, RegistrationForm } from "./registration-form";
import {
  fieldProblem,
  parseSubmissionId,
  unknownOffice,
  type ValidRegistrationFields,
  validateRegistrationFields,
} from "./validate-registration";

interface SubmittedDossier {
  /** False when the same submission had already been received: the earlier dossier is the answer. */
  created: boolean;
  number: string;
  status: FiledDossier["status"];
  office: { code: string; name: string };
}

// One message for an unknown number, a wrong name and a wrong ID number: the answer must not tell
// which, or the form would become a way to look up the registry.
const mismatch = () =>
  new AppError("validation", {
    vi: "Thông tin đăng ký không khớp với dữ liệu của cơ quan BHXH. Vui lòng kiểm tra lại mã số BHXH, họ tên và số CCCD.",
    en: "The details do not match the records of the social insurance agency. Please check the social insurance number, the full name and the ID card number.",
  });

const hasAccount = () =>
  new AppError("conflict", {
    vi: "Mã số BHXH này đã có tài khoản. Hãy đăng nhập hoặc dùng Quên mật khẩu.",
    en: "This social insurance number already has an account. Please sign in, or use Forgot password.",
  });

const pending = (number: string) =>
  new AppError("conflict", {
    vi: `Mã số BHXH này đã có hồ sơ đăng ký số ${number} đang chờ duyệt. Kết quả sẽ được gửi qua SMS.`,
    en: `An application for this social insurance number (dossier ${number}) is already waiting for review. The result will be sent by SMS.`,
  });

const submissionReused = () =>
  new AppError("conflict", {
    vi: "Mã lần gửi này đã được dùng cho một hồ sơ khác. Vui lòng tải lại trang rồi gửi lại.",
    en: "This submission id was already used for another application. Please reload the page and send the form again.",
  });

const missingPhoto: Record<RegistrationFileField, { vi: string; en: string }> = {
  idFront: {
    vi: "Vui lòng chụp hoặc chọn ảnh mặt trước của CCCD",
    en: "Please take or choose a photo of the front of the ID card",
  },
  idBack: {
    vi: "Vui lòng chụp hoặc chọn ảnh mặt sau của CCCD",
    en: "Please take or choose a photo of the back of the ID card",
  },
};

const photoKinds = { idFront: "id_front", idBack: "id_back" } as const;

/** A photo already in the document store, waiting for its row. */
interface StoredPhoto {
  id: string;
  kind: (typeof photoKinds)[RegistrationFileField];
  size: number;
  sha256: string;
}

/** The acknowledgement SMS, word for word as VSS sends it (ASCII, no marks). */
function dossierAcknowledgement(bhxhNumber: string, dossierNumber: string): string {
  return `BHXH Viet Nam da nhan to khai cua ma so ${bhxhNumber} voi so ho so ${dossierNumber}. Tai khoan va mat khau se duoc gui ngay sau khi ho so duoc phe duyet. Lien he 19009068 de duoc ho tro`;
}

/**
 * "Đăng ký tài khoản": checks the form, matches it against the registry without revealing anything
 * of it, and files a pending dossier for the chosen office — with both ID-card photos stored encrypted,
 * a "submitted" event and the acknowledgement SMS, all committed together. Sending the same
 * submission again (a double tap, a retry after a dropped connection) returns the same dossier.
 */
export async function submitRegistration(
  context: Pick<RouteContext, "db" | "cipher" | "documents">,
  form: RegistrationForm,
  now = new Date(),
): Promise<SubmittedDossier> {
  // A retry is answered before any work is done, even before the photos are decoded again.
  const retried = await earlierDossier(context.db, form);
  if (retried) return retried;

  const fields = validateRegistrationFields(form);
  const [photos, office] = await Promise.all([
    sanitizePhotos(form),
    fields.ok ? findOffice(context.db, fields.value.officeCode) : undefined,
  ]);
  const problems = [
    ...(fields.ok ? [] : fields.problems),
    ...(fields.ok && !office ? [officeProblem()] : []),
    ...photos.problems,
  ];
  if (!fields.ok || !office || !photos.ok) {
    throw new AppError(
      "validation",
      { vi: "Dữ liệu gửi lên chưa hợp lệ", en: "Some of the data sent is not valid" },
      problems,
    );
  }

  const input = fields.value;
  let personId: string;
  try {
    personId = await matchRegistry(context, input);
  } catch (error) {
    // A double tap's twin may have filed the dossier while this request was decoding its photos:
    // the pending dossier it finds is then its own, and the answer is that dossier, not a conflict.
    const twin = await earlierDossier(context.db, form);
    if (twin) return twin;
    throw error;
  }
  const stored: StoredPhoto[] = [];
  // Best effort: a file left behind is only an orphan no row points at; the first error is the one to report.
  const discardStored = () => Promise.allSettled(stored.map((doc) => context.documents.delete(doc.id)));
  let outcome: FileOutcome;
  try {
    for (const field of ["idFront", "idBack"] as const) {
      const doc = await context.documents.put({ personId }, photos.images[field], "image/jpeg");
      stored.push({ ...doc, kind: photoKinds[field] });
    }
    outcome = await context.db.transaction((tx) =>
      fileDossier(tx, context, { input, personId, stored, now }),
    );
  } catch (error) {
    await discardStored();
    throw error;
  }
  if (outcome.kind === "created") {
    return {
      created: true,
      number: outcome.number,
      status: "pending",
      office: { code: office.code, name: office.name },
    };
  }
  // Another request got there first: nothing of this one is kept.
  await discardStored();
  if (outcome.kind === "pending") throw pending(outcome.number);
  return answerRetry(outcome.dossier, input.bhxhNumber);
}

async function earlierDossier(db: SqlRunner, form: RegistrationForm): Promise<SubmittedDossier | undefined> {
  const submissionId = parseSubmissionId(form.fields.submissionId ?? "");
  if (!submissionId.ok) return undefined;
  const dossier = await findDossierBySubmission(db, submissionId.value);
  if (!dossier) return undefined;
  const bhxhNumber = parseBhxhNumber(form.fields.bhxhNumber ?? "");
  return answerRetry(dossier, bhxhNumber.ok ? bhxhNumber.value : "");
}

function answerRetry(dossier: FiledDossier, bhxhNumber: string): SubmittedDossier {
  // The submission id is the app's own random UUID; a form that reuses it for someone else is refused.
  if (dossier.bhxhNumber !== bhxhNumber) throw submissionReused();
  return {
    created: false,
    number: dossier.number,
    status: dossier.status,
    office: { code: dossier.officeCode, name: dossier.officeName },
  };
}

function officeProblem(): FieldProblem {
  const unknown = unknownOffice();
  if (unknown.ok) throw new Error("unreachable");
  return fieldProblem("officeCode", unknown.error);
}

type Photos =
  | { ok: true; images: Record<RegistrationFileField, Buffer>; problems: [] }
  | { ok: false; problems: FieldProblem[] };

/** Both photos are decoded and re-encoded (see sanitizeImage); every refusal is reported on its field. */
async function sanitizePhotos(form: RegistrationForm): Promise<Photos> {
  const [front, back] = await Promise.all([sanitizePhoto(form, "idFront"), sanitizePhoto(form, "idBack")]);
  if (front instanceof Buffer && back instanceof Buffer) {
    return { ok: true, images: { idFront: front, idBack: back }, problems: [] };
  }
  return { ok: false, problems: [front, back].filter((p): p is FieldProblem => !(p instanceof Buffer)) };
}

async function sanitizePhoto(
  form: RegistrationForm,
  field: RegistrationFileField,
): Promise<Buffer | FieldProblem> {
  const upload = form.files[field];
  if (!upload || upload.length === 0)
    return { field: `body.${field}`, code: "required", ...missingPhoto[field] };
  try {
    return (await sanitizeImage(upload)).data;
  } catch (error) {
    if (!(error instanceof UploadRejected)) throw error;
    return { field: `body.${field}`, code: error.code, ...error.detail };
  }
}

/**
 * The person behind the BHXH number, if the name and the ID number typed are the registry's. The same
 * work is done whether the number is known or not, and both comparisons are made in constant time,
 * so neither the answer nor its timing says which part did not match.
 */
async function matchRegistry(
  context: Pick<RouteContext, "db" | "cipher">,
  input: ValidRegistrationFields,
): Promise<string> {
  const registrant = await findRegistrant(context.db, input.bhxhNumber);
  const nameMatches = sameSecret(foldVietnamese(input.fullName), registrant?.nameFolded);
  const idMatches = sameSecret(
    context.cipher.blindIndex(input.nationalId.value),
    registrant?.nationalIdIndex,
  );
  if (!registrant || !nameMatches || !idMatches) throw mismatch();
  // Only someone who already knows the number, the name and the ID number gets this far.
  if (registrant.hasAccount) throw hasAccount();
  if (registrant.pendingDossierNumber) throw pending(registrant.pendingDossierNumber);
  return registrant.personId;
}

function sameSecret(given: string, known: string | null | undefined): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256")
    .update(known ?? "\u0000")
    .digest();
  return timingSafeEqual(a, b) && known !== null && known !== undefined;
}

type FileOutcome =
  | { kind: "created"; number: string }
  | { kind: "retried"; dossier: FiledDossier }
  | { kind: "pending"; number: string };

const NUMBER_ATTEMPTS = 5;

async function fileDossier(
  tx: SqlRunner,
  context: Pick<RouteContext, "cipher">,
  filing: {
    input: ValidRegistrationFields;
    personId: string;
    stored: StoredPhoto[];
    now: Date;
  },
): Promise<FileOutcome> {
  const { input, personId } = filing;
  const id = uuidv7();
  let number: string | undefined;
  for (let attempt = 0; attempt < NUMBER_ATTEMPTS && !number; attempt++) {
    const candidate = newDossierNumber(filing.now);
    const inserted = await insertAccountDossier(tx, {
      id,
      number: candidate,
      kind: "self",
      personId,
      officeCode: input.officeCode,
      phone: input.phone,
      email: input.email,
      nationalIdCipher: context.cipher.encrypt(input.nationalId.value),
      submissionId: input.submissionId,
    });
    if (inserted) {
      number = candidate;
      break;
    }
    // A unique rule stopped the insert: the same submission, another pending dossier, or the number.
    const same = await findDossierBySubmission(tx, input.submissionId);
    if (same) return { kind: "retried", dossier: same };
    const waiting = await findPendingDossierNumber(tx, personId);
    if (waiting) return { kind: "pending", number: waiting };
  }
  if (!number) throw new Error(`No free dossier number after ${NUMBER_ATTEMPTS} attempts`);

  for (const doc of filing.stored) {
    await insertDocument(tx, { ...doc, personId, mime: "image/jpeg" });
    await attachDossierDocument(tx, id, doc.id);
  }
  await insertDossierEvent(tx, { id: uuidv7(), dossierId: id, action: "submitted" });
  await enqueueSms(tx, {
    to: input.phone,
    text: dossierAcknowledgement(input.bhxhNumber, number),
    dedupeKey: `dossier-ack:${id}`,
  });
  return { kind: "created", number };
}
