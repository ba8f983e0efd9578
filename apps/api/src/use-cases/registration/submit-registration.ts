import { findRegistrant } from "@ansinh/db";
import { foldVietnamese, parseBhxhNumber } from "@ansinh/domain";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import type { RegistrationForm } from "./registration-form";
import { type SubmittedDossier, sameSecret, submitAccountDossier } from "./submit-account-dossier";
import { type ValidRegistrationFields, validateRegistrationFields } from "./validate-registration";

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

/** The photos of the ID card (CCCD or CMND), front and back. */
const idPhotos = [
  {
    field: "idFront",
    kind: "id_front",
    missing: {
      vi: "Vui lòng chụp hoặc chọn ảnh mặt trước của CCCD",
      en: "Please take or choose a photo of the front of the ID card",
    },
  },
  {
    field: "idBack",
    kind: "id_back",
    missing: {
      vi: "Vui lòng chụp hoặc chọn ảnh mặt sau của CCCD",
      en: "Please take or choose a photo of the back of the ID card",
    },
  },
] as const;

/** The acknowledgement SMS, word for word as VSS sends it (ASCII, no marks). */
function dossierAcknowledgement(bhxhNumber: string, dossierNumber: string): string {
  return `BHXH Viet Nam da nhan to khai cua ma so ${bhxhNumber} voi so ho so ${dossierNumber}. Tai khoan va mat khau se duoc gui ngay sau khi ho so duoc phe duyet. Lien he 19009068 de duoc ho tro`;
}

/**
 * "Đăng ký tài khoản": checks the form, matches it against the registry without revealing anything
 * of it, and files a pending dossier for the chosen office — with both ID-card photos stored encrypted,
 * a "submitted" event and the acknowledgement SMS to the phone typed, all committed together (see
 * submitAccountDossier). Sending the same submission again returns the same dossier.
 */
export async function submitRegistration(
  context: Pick<RouteContext, "db" | "cipher" | "documents">,
  form: RegistrationForm,
  now = new Date(),
): Promise<SubmittedDossier> {
  const bhxhNumber = parseBhxhNumber(form.fields.bhxhNumber ?? "");
  return submitAccountDossier(
    context,
    {
      submissionId: form.fields.submissionId,
      fields: validateRegistrationFields(form),
      files: form.files,
      photos: idPhotos,
      isOwnRetry: (dossier) => bhxhNumber.ok && dossier.bhxhNumber === bhxhNumber.value,
      match: async (input) => ({
        kind: "self",
        personId: await matchRegistry(context, input),
        phone: input.phone,
        email: input.email,
        nationalIdCipher: context.cipher.encrypt(input.nationalId.value),
        acknowledgement: (number) => dossierAcknowledgement(input.bhxhNumber, number),
      }),
      pending,
    },
    now,
  );
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
