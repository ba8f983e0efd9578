import { insertBenefitAuthorisation } from "@ansinh/db";
import { serviceByCode, vietnamDate } from "@ansinh/domain";
import { unsealAnswers } from "../sealed-answers";
import type { ServiceEffectRun } from "./service-effect";

/**
 * "Ủy quyền lĩnh thay": the collector may receive the payments from today until the date chosen (the
 * form allows at most 12 months). The collector's ID number is encrypted like the registry's.
 */
export const authoriseCollector: ServiceEffectRun = async (tx, context, request) => {
  const fields = serviceByCode(request.serviceCode)?.fields ?? [];
  const answers = unsealAnswers(fields, request.answers, context.cipher);
  await insertBenefitAuthorisation(tx, {
    personId: request.personId,
    requestId: request.id,
    collectorName: String(answers.collectorName),
    collectorNationalIdCipher: context.cipher.encrypt(String(answers.collectorNationalId)),
    collectorPhone: String(answers.collectorPhone),
    relation: String(answers.relation),
    validFrom: vietnamDate(new Date()),
    validTo: String(answers.validUntil),
  });
};
