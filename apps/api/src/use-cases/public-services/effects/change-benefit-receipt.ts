import { replaceBenefitReceipt } from "@ansinh/db";
import { addMonths, serviceByCode, vietnamDate, ymOf } from "@ansinh/domain";
import { unsealAnswers } from "../sealed-answers";
import type { ServiceEffectRun } from "./service-effect";

/**
 * "Thay đổi nơi / hình thức nhận lương hưu, trợ cấp": the new way replaces the current one from the
 * first day of next month (this month's payment is already on its way). The account number is
 * encrypted in its own column; only its last four digits are kept readable.
 */
export const changeBenefitReceipt: ServiceEffectRun = async (tx, context, request) => {
  const fields = serviceByCode(request.serviceCode)?.fields ?? [];
  const answers = unsealAnswers(fields, request.answers, context.cipher);
  const common = {
    personId: request.personId,
    requestId: request.id,
    effectiveFrom: `${addMonths(ymOf(vietnamDate(new Date())), 1)}-01`,
  };
  if (answers.method === "bank") {
    const account = String(answers.bankAccount);
    await replaceBenefitReceipt(tx, {
      ...common,
      method: "bank",
      bankName: String(answers.bankName),
      accountHolder: String(answers.accountHolder),
      accountNumberCipher: context.cipher.encrypt(account),
      accountLast4: account.slice(-4),
    });
  } else {
    await replaceBenefitReceipt(tx, {
      ...common,
      method: "post_office",
      postOfficeAddress: String(answers.postOfficeAddress),
    });
  }
};
