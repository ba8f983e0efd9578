import {
  attachPetitionPhoto,
  type CitizenProfile,
  findPetition,
  findPetitionBySubmissionKey,
  insertDocument,
  insertPetition,
  type PetitionRow,
  type SqlRunner,
} from "@ansinh/db";
import type { PetitionCategory } from "@ansinh/domain";
import { AppError } from "../../../errors/app-error";
import type { RouteContext } from "../../../routes/route-context";
import { enqueueSms } from "../../../sms/enqueue-sms";
import { withFreshNumber } from "../../numbers/fresh-number";
import { type DossierPhoto, sanitizePhotos } from "../../registration/dossier-photos";
import type { ParsedFields } from "../../registration/validate-registration";
import { helpDeskOf } from "../help-desk";
import { checkPetitionLimit } from "../help-limits";
import { petitionAcknowledgement } from "./petition-messages";

/** The text of the petition form once every field has passed its parser. */
export interface PetitionFields {
  submissionKey: string;
  category: PetitionCategory;
  content: string;
}

interface PetitionForm {
  fields: ParsedFields<PetitionFields>;
  /** The picture as uploaded; an empty file part (a form sent with no picture chosen) counts as none. */
  photo: Buffer | undefined;
}

/**
 * Files a petition with the citizen's office (the office their service requests go to): checks the
 * form (every field and the picture at once, nothing written on a refusal), stores the sanitised
 * picture encrypted, and commits the petition, its photo and the acknowledgement SMS together. The same
 * submission key again — a retried "Gửi" — answers with the petition it filed.
 */
export async function submitPetition(
  context: Pick<RouteContext, "db" | "documents">,
  citizen: Pick<CitizenProfile, "personId">,
  form: PetitionForm,
  now = new Date(),
): Promise<{ created: boolean; petition: PetitionRow }> {
  const { personId } = citizen;
  // Only a valid form can have filed a petition, so a retry is always one whose fields parse.
  if (form.fields.ok) {
    const earlier = await findPetitionBySubmissionKey(context.db, personId, form.fields.value.submissionKey);
    if (earlier) return { created: false, petition: earlier };
  }
  // Before the photo is decoded and anything is stored: a flood costs neither work nor SMS.
  await checkPetitionLimit(context.db, personId, now);
  const photos =
    form.photo && form.photo.length > 0
      ? await sanitizePhotos({ photo: form.photo }, [petitionPhoto])
      : { ok: true as const, photos: [], problems: [] };
  if (!form.fields.ok || !photos.ok) {
    throw new AppError(
      "validation",
      { vi: "Dữ liệu gửi lên chưa hợp lệ", en: "Some of the data sent is not valid" },
      [...(form.fields.ok ? [] : form.fields.problems), ...photos.problems],
    );
  }
  const desk = await helpDeskOf(context.db, personId);
  const filing: Filing = {
    petition: { personId, officeCode: desk.officeCode, ...form.fields.value },
    phone: desk.phone,
    photo: photos.photos[0],
  };
  const outcome = await storeAndFile(context, filing, now);
  const petition = await findPetition(context.db, personId, outcome.id);
  if (!petition) throw new Error(`Petition ${outcome.id} vanished after it was filed`);
  return { created: outcome.created, petition };
}

const petitionPhoto = {
  field: "photo",
  kind: "petition_photo",
  missing: { vi: "Vui lòng chọn ảnh đính kèm", en: "Please choose a photo to attach" },
} as const;

interface Filing {
  petition: PetitionFields & { personId: string; officeCode: string };
  phone: string | null;
  photo: DossierPhoto | undefined;
}

/**
 * Puts the photo in the document store, then writes the petition. If a twin request filed it first
 * (or anything fails), the stored file of this one is removed: no row will ever point at it.
 */
async function storeAndFile(
  context: Pick<RouteContext, "db" | "documents">,
  filing: Filing,
  now: Date,
): Promise<{ created: boolean; id: string }> {
  const { personId } = filing.petition;
  const stored = filing.photo
    ? await context.documents.put({ personId }, filing.photo.image, "image/jpeg")
    : undefined;
  // Best effort: a file left behind is only an orphan no row points at; the first error is the one to report.
  const discardStored = () => (stored ? context.documents.delete(stored.id).catch(() => {}) : undefined);
  try {
    const outcome = await context.db.transaction((tx) =>
      withFreshNumber("PA", now, async (number) => {
        const row = await insertPetition(tx, { ...filing.petition, number });
        if (!row) {
          const same = await findPetitionBySubmissionKey(tx, personId, filing.petition.submissionKey);
          return same ? { created: false, id: same.id } : "number_taken";
        }
        if (stored) await attachPhoto(tx, { personId, id: row.id }, stored);
        if (filing.phone) {
          await enqueueSms(tx, {
            to: filing.phone,
            text: petitionAcknowledgement(number),
            dedupeKey: `petition-ack:${row.id}`,
          });
        }
        return { created: true, id: row.id };
      }),
    );
    if (!outcome.created) await discardStored();
    return outcome;
  } catch (error) {
    await discardStored();
    throw error;
  }
}

async function attachPhoto(
  tx: SqlRunner,
  key: { personId: string; id: string },
  stored: { id: string; size: number; sha256: string },
) {
  await insertDocument(tx, { ...stored, personId: key.personId, kind: "petition_photo", mime: "image/jpeg" });
  await attachPetitionPhoto(tx, key, stored.id);
}
