import type { StoredAnswers } from "@ansinh/db";
import {
  type IsoDate,
  provinceOfficeCode,
  type ServiceDefinition,
  serviceByCode,
  serviceFieldsOn,
} from "@ansinh/domain";
import { AppError } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { findApplicant } from "./find-applicant";
import { sealAnswers } from "./sealed-answers";
import { requireAvailable, serviceAvailability } from "./service-availability";
import { validateAnswers } from "./validate-answers";

const unknownService = () =>
  new AppError("validation", { vi: "Không có dịch vụ này", en: "There is no such service" }, [
    {
      field: "body.serviceCode",
      code: "service.unknown",
      vi: "Không có dịch vụ công với mã này",
      en: "There is no public service with this code",
    },
  ]);

/** "Đăng ký tài khoản cho con" has its own form, with photos: it is not filed here. */
const childAccountElsewhere = () =>
  new AppError("conflict", {
    vi: "Đăng ký tài khoản cho con được thực hiện tại mục “Đăng ký tài khoản cho con” (/dich-vu-cong/dang-ky-cho-con).",
    en: "An account for your child is registered on the “Register an account for your child” page (/dich-vu-cong/dang-ky-cho-con).",
  });

export function requireService(code: string): ServiceDefinition {
  const service = serviceByCode(code);
  if (!service) throw unknownService();
  if (service.effect === "child_account") throw childAccountElsewhere();
  return service;
}

export interface PreparedRequest {
  service: ServiceDefinition;
  /** The answers validated and sealed, ready to store. */
  answers: StoredAnswers;
  /** The person's province office: where the request goes. */
  officeCode: string;
}

/**
 * What creating, saving or submitting a request have in common: the service must exist and be open
 * to the citizen (403 with the reason otherwise), and the answers must pass its schema — complete for a
 * submission, partial for a draft. Sensitive answers are sealed before they go anywhere near the table.
 */
export async function prepareAnswers(
  context: Pick<RouteContext, "db" | "cipher">,
  input: { personId: string; service: ServiceDefinition; answers: unknown; submit: boolean; today: IsoDate },
): Promise<PreparedRequest> {
  const applicant = await findApplicant(context.db, input.personId, input.today);
  requireAvailable(serviceAvailability(input.service, applicant, input.today));
  const fields = serviceFieldsOn(input.service, input.today);
  const answers = await validateAnswers(context.db, {
    fields,
    answers: input.answers,
    complete: input.submit,
    today: input.today,
  });
  return {
    service: input.service,
    answers: sealAnswers(fields, answers, context.cipher),
    officeCode: provinceOfficeCode(applicant.provinceCode),
  };
}
