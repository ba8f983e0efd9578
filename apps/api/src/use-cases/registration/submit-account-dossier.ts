import { createHash, timingSafeEqual } from "node:crypto";
import {
  attachDossierDocument,
  type FiledDossier,
  findDossierBySubmission,
  findOffice,
  findPendingDossierNumber,
  insertAccountDossier,
  insertDocument,
  insertDossierEvent,
  type NewAccountDossier,
  type SqlRunner,
  uuidv7,
} from "@ansinh/db";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { enqueueSms } from "../../sms/enqueue-sms";
import { type DossierPhoto, type PhotoSpec, sanitizePhotos } from "./dossier-photos";
import { newDossierNumber } from "./new-dossier-number";
import { fieldProblem, type ParsedFields, parseSubmissionId, unknownOffice } from "./validate-registration";

/** What the sender is told once the dossier is filed, or again for a repeated submission. */
export interface SubmittedDossier {
  /** False when the same submission had already been received: the earlier dossier is the answer. */
  created: boolean;
  number: string;
  status: FiledDossier["status"];
  office: { code: string; name: string };
}

/** What the matched registry record makes of the dossier, besides its number, office and photos. */
export interface DossierFiling
  extends Pick<
    NewAccountDossier,
    "kind" | "personId" | "filedByPersonId" | "phone" | "email" | "nationalIdCipher"
  > {
  /** The acknowledgement SMS for the dossier number drawn, sent to `phone`. */
  acknowledgement(dossierNumber: string): string;
}

/**
 * One kind of account dossier form (one's own registration, a parent's for a child): how its fields are
 * checked, which photos it carries, how it is matched against the registry, and its own refusals.
 */
interface DossierSubmission<Value extends { officeCode: string; submissionId: string }, File extends string> {
  /** The submission id as sent, to answer a retry before any work is done. */
  submissionId: string | undefined;
  fields: ParsedFields<Value>;
  files: Partial<Record<File, Buffer>>;
  photos: readonly PhotoSpec<File>[];
  /** Whether a dossier already made by this submission id is this sender's own: a reused id is refused. */
  isOwnRetry(dossier: FiledDossier): boolean;
  /** Matches the form against the registry and says what to file, or throws the refusal. */
  match(value: Value): Promise<DossierFiling>;
  /** The refusal for a person who already has a dossier waiting. */
  pending(number: string): AppError;
}

const submissionReused = () =>
  new AppError("conflict", {
    vi: "Mã lần gửi này đã được dùng cho một hồ sơ khác. Vui lòng tải lại trang rồi gửi lại.",
    en: "This submission id was already used for another application. Please reload the page and send the form again.",
  });

/**
 * Files a pending account dossier for the chosen office: checks the form (all field and photo problems
 * at once), matches it against the registry, stores the sanitised photos encrypted, and commits the
 * dossier, its documents, a "submitted" event and the acknowledgement SMS together. Sending the same
 * submission again (a double tap, a retry after a dropped connection) returns the same dossier.
 */
export async function submitAccountDossier<
  Value extends { officeCode: string; submissionId: string },
  File extends string,
>(
  context: Pick<RouteContext, "db" | "cipher" | "documents">,
  submission: DossierSubmission<Value, File>,
  now: Date,
): Promise<SubmittedDossier> {
  // A retry is answered before any work is done, even before the photos are decoded again.
  const retried = await earlierDossier(context.db, submission);
  if (retried) return retried;

  const { fields } = submission;
  const [photos, office] = await Promise.all([
    sanitizePhotos(submission.files, submission.photos),
    fields.ok ? findOffice(context.db, fields.value.officeCode) : undefined,
  ]);
  if (!fields.ok || !office || !photos.ok) {
    throw new AppError(
      "validation",
      { vi: "Dữ liệu gửi lên chưa hợp lệ", en: "Some of the data sent is not valid" },
      [
        ...(fields.ok ? [] : fields.problems),
        ...(fields.ok && !office ? [fieldProblem("officeCode", unknownOffice().error)] : []),
        ...photos.problems,
      ],
    );
  }

  const value = fields.value;
  let filing: DossierFiling;
  try {
    filing = await submission.match(value);
  } catch (error) {
    // A double tap's twin may have filed the dossier while this request was decoding its photos:
    // the pending dossier it finds is then its own, and the answer is that dossier, not a conflict.
    const twin = await earlierDossier(context.db, submission);
    if (twin) return twin;
    throw error;
  }
  const outcome = await storeAndFile(context, {
    ...filing,
    officeCode: value.officeCode,
    submissionId: value.submissionId,
    photos: photos.photos,
    now,
  });
  if (outcome.kind === "created") {
    return {
      created: true,
      number: outcome.number,
      status: "pending",
      office: { code: office.code, name: office.name },
    };
  }
  if (outcome.kind === "pending") throw submission.pending(outcome.number);
  return answerRetry(outcome.dossier, submission);
}

async function earlierDossier(
  db: SqlRunner,
  submission: Pick<DossierSubmission<never, string>, "submissionId" | "isOwnRetry">,
): Promise<SubmittedDossier | undefined> {
  const submissionId = parseSubmissionId(submission.submissionId ?? "");
  if (!submissionId.ok) return undefined;
  const dossier = await findDossierBySubmission(db, submissionId.value);
  return dossier && answerRetry(dossier, submission);
}

function answerRetry(
  dossier: FiledDossier,
  submission: Pick<DossierSubmission<never, string>, "isOwnRetry">,
): SubmittedDossier {
  // The submission id is the app's own random UUID; a form that reuses it for someone else is refused.
  if (!submission.isOwnRetry(dossier)) throw submissionReused();
  return {
    created: false,
    number: dossier.number,
    status: dossier.status,
    office: { code: dossier.officeCode, name: dossier.officeName },
  };
}

/**
 * Compares a typed secret with the registry's in constant time (both hashed first, so lengths do not
 * show); false when the registry has nothing, after the same work.
 */
export function sameSecret(given: string, known: string | null | undefined): boolean {
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

type Filing = DossierFiling &
  Pick<NewAccountDossier, "officeCode" | "submissionId"> & { photos: DossierPhoto[]; now: Date };

/**
 * Puts the photos in the document store, then writes the dossier. If another request got there first
 * (or anything fails), nothing of this one is kept: a stored file no row points at is removed.
 */
async function storeAndFile(
  context: Pick<RouteContext, "db" | "documents">,
  filing: Filing,
): Promise<FileOutcome> {
  const stored: StoredPhoto[] = [];
  // Best effort: a file left behind is only an orphan no row points at; the first error is the one to report.
  const discardStored = () => Promise.allSettled(stored.map((doc) => context.documents.delete(doc.id)));
  try {
    for (const photo of filing.photos) {
      const doc = await context.documents.put({ personId: filing.personId }, photo.image, "image/jpeg");
      stored.push({ ...doc, kind: photo.kind });
    }
    const outcome = await context.db.transaction((tx) => fileDossier(tx, filing, stored));
    if (outcome.kind !== "created") await discardStored();
    return outcome;
  } catch (error) {
    await discardStored();
    throw error;
  }
}

/** A photo already in the document store, waiting for its row. */
interface StoredPhoto {
  id: string;
  kind: DossierPhoto["kind"];
  size: number;
  sha256: string;
}

const NUMBER_ATTEMPTS = 5;

async function fileDossier(tx: SqlRunner, filing: Filing, stored: StoredPhoto[]): Promise<FileOutcome> {
  const { personId } = filing;
  const id = uuidv7();
  let number: string | undefined;
  for (let attempt = 0; attempt < NUMBER_ATTEMPTS && !number; attempt++) {
    const candidate = newDossierNumber(filing.now);
    const inserted = await insertAccountDossier(tx, {
      id,
      number: candidate,
      kind: filing.kind,
      personId,
      filedByPersonId: filing.filedByPersonId,
      officeCode: filing.officeCode,
      phone: filing.phone,
      email: filing.email,
      nationalIdCipher: filing.nationalIdCipher,
      submissionId: filing.submissionId,
    });
    if (inserted) {
      number = candidate;
      break;
    }
    // A unique rule stopped the insert: the same submission, another pending dossier, or the number.
    const same = await findDossierBySubmission(tx, filing.submissionId);
    if (same) return { kind: "retried", dossier: same };
    const waiting = await findPendingDossierNumber(tx, personId);
    if (waiting) return { kind: "pending", number: waiting };
  }
  if (!number) throw new Error(`No free dossier number after ${NUMBER_ATTEMPTS} attempts`);

  for (const doc of stored) {
    await insertDocument(tx, { ...doc, personId, mime: "image/jpeg" });
    await attachDossierDocument(tx, id, doc.id);
  }
  await insertDossierEvent(tx, { id: uuidv7(), dossierId: id, action: "submitted" });
  await enqueueSms(tx, {
    to: filing.phone,
    text: filing.acknowledgement(number),
    dedupeKey: `dossier-ack:${id}`,
  });
  return { kind: "created", number };
}
