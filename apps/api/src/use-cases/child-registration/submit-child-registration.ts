import { type CitizenProfile, findHouseholdChild } from "@ansinh/db";
import { foldVietnamese, parseBhxhNumber, vietnamDate } from "@ansinh/domain";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { ADULT_AGE, ageGroupOn, isParentOf } from "../household/own-minor-child";
import {
  type DossierFiling,
  type SubmittedDossier,
  sameSecret,
  submitAccountDossier,
} from "../registration/submit-account-dossier";
import type { ChildRegistrationForm } from "./child-registration-form";
import {
  type ValidChildRegistrationFields,
  validateChildRegistrationFields,
} from "./validate-child-registration";

// One message whether the number is unknown, of a person outside the parent's household, not the filer's
// child in the household record, or the name does not match: the form must not become a way to find out who exists in the registry.
const notInHousehold = () =>
  new AppError("validation", {
    vi: "Không tìm thấy trẻ có mã số BHXH và họ tên này trong hộ gia đình của bạn trên hệ thống BHXH. Vui lòng kiểm tra lại mã số BHXH và họ tên của con, đúng như trên thẻ bảo hiểm y tế.",
    en: "No child with this social insurance number and name was found in your household in the social insurance records. Please check your child's number and full name, as on the health insurance card.",
  });

const adult = () =>
  new AppError("validation", {
    vi: `Người có mã số BHXH này đã đủ ${ADULT_AGE} tuổi nên không thể đăng ký tài khoản cho con. Người này cần tự đăng ký tài khoản của mình.`,
    en: `The person with this social insurance number is ${ADULT_AGE} or older, so a parent cannot register for them. They need to register for an account themselves.`,
  });

const hasAccount = () =>
  new AppError("conflict", {
    vi: "Con của bạn đã có tài khoản. Con có thể đăng nhập bằng mã số BHXH của mình; nếu quên mật khẩu, hãy dùng Quên mật khẩu.",
    en: "Your child already has an account. They can sign in with their social insurance number; if the password is forgotten, use Forgot password.",
  });

const pending = (number: string) =>
  new AppError("conflict", {
    vi: `Con của bạn đã có hồ sơ đăng ký tài khoản số ${number} đang chờ duyệt. Kết quả sẽ được gửi qua SMS.`,
    en: `An account application for your child (dossier ${number}) is already waiting for review. The result will be sent by SMS.`,
  });

const noAccountPhone = () =>
  new AppError("conflict", {
    vi: "Tài khoản của bạn chưa có số điện thoại đăng ký để nhận tài khoản của con. Vui lòng liên hệ tổng đài 1900 9068.",
    en: "Your account has no registered phone number to receive your child's account. Please call 1900 9068.",
  });

/** The photos: the child's face, and the birth certificate that names the parent. */
const childPhotos = [
  {
    field: "childPortrait",
    kind: "child_portrait",
    missing: {
      vi: "Vui lòng chụp hoặc chọn ảnh chân dung của con",
      en: "Please take or choose a portrait photo of your child",
    },
  },
  {
    field: "birthCertificate",
    kind: "birth_certificate",
    missing: {
      vi: "Vui lòng chụp hoặc chọn ảnh giấy khai sinh của con",
      en: "Please take or choose a photo of your child's birth certificate",
    },
  },
] as const;

/** The acknowledgement SMS to the parent's phone (ASCII, no marks, like VSS's own). */
function childAcknowledgement(childBhxhNumber: string, dossierNumber: string): string {
  return `BHXH Viet Nam da nhan to khai dang ky tai khoan cho con ma so ${childBhxhNumber} voi so ho so ${dossierNumber}. Tai khoan va mat khau se duoc gui den so dien thoai nay sau khi ho so duoc phe duyet. Lien he 19009068 de duoc ho tro`;
}

/**
 * "Đăng ký tài khoản cho con": a signed-in parent asks for an account for a child under 18 of their
 * own household. The dossier is the child's (person_id), filed by the parent, and its SMS — the
 * acknowledgement now, the child's login and temporary password on approval — go to the phone
 * registered with the parent's account. Retries of the same submission return the same dossier.
 */
export async function submitChildRegistration(
  context: Pick<RouteContext, "db" | "cipher" | "documents">,
  parent: CitizenProfile,
  form: ChildRegistrationForm,
  now = new Date(),
): Promise<SubmittedDossier> {
  const childNumber = parseBhxhNumber(form.fields.childBhxhNumber ?? "");
  return submitAccountDossier(
    context,
    {
      submissionId: form.fields.submissionId,
      fields: validateChildRegistrationFields(form, parent.bhxhNumber),
      files: form.files,
      photos: childPhotos,
      isOwnRetry: (dossier) =>
        dossier.filedByPersonId === parent.personId &&
        childNumber.ok &&
        dossier.bhxhNumber === childNumber.value,
      match: (input) => matchChild(context, parent, input, now),
      pending,
    },
    now,
  );
}

/**
 * The child, if the number and the name are those of a person in the parent's household; then the
 * refusals that only a member of the household may hear: of age, an account already, a dossier waiting.
 */
async function matchChild(
  context: Pick<RouteContext, "db">,
  parent: CitizenProfile,
  input: ValidChildRegistrationFields,
  now: Date,
): Promise<DossierFiling> {
  const { filerPhone, filerRelation, child } = await findHouseholdChild(context.db, {
    filerPersonId: parent.personId,
    bhxhNumber: input.childBhxhNumber,
  });
  const nameMatches = sameSecret(foldVietnamese(input.childFullName), child?.nameFolded);
  if (!child || !nameMatches || !isParentOf(filerRelation, child.relation)) throw notInHousehold();
  const ageGroup = ageGroupOn(child, vietnamDate(now));
  if (ageGroup === "unborn") throw notInHousehold();
  if (ageGroup === "adult") throw adult();
  if (child.hasAccount) throw hasAccount();
  if (child.pendingDossierNumber) throw pending(child.pendingDossierNumber);
  if (!filerPhone) throw noAccountPhone();
  return {
    kind: "child",
    personId: child.personId,
    filedByPersonId: parent.personId,
    phone: filerPhone,
    email: null,
    nationalIdCipher: null,
    acknowledgement: (number) => childAcknowledgement(input.childBhxhNumber, number),
  };
}
