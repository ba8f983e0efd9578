import type { ServiceRequestRow, SqlRunner } from "@ansinh/db";
import { type ServiceEffect, serviceByCode } from "@ansinh/domain";
import type { RouteContext } from "../../../routes/route-context";
import { authoriseCollector } from "./authorise-collector";
import { changeBenefitReceipt } from "./change-benefit-receipt";
import { reissueBook } from "./reissue-book";
import { reissueCard } from "./reissue-card";
import type { ServiceEffectRun } from "./service-effect";

/**
 * The effects a staff completion runs. Paid services (renew_household_card, pay_voluntary) are absent
 * on purpose: the payment callback completes them and runs its own effect with the amount paid, so
 * staff can never complete one without the money. A child's account is filed through its own flow.
 */
const staffEffects: Partial<Record<ServiceEffect, ServiceEffectRun>> = {
  reissue_card: reissueCard,
  change_benefit_receipt: changeBenefitReceipt,
  authorise_collector: authoriseCollector,
  reissue_book: reissueBook,
};

/** Runs the effect of the request's service in the caller's transaction (nothing for "none"). */
export async function runServiceEffect(
  tx: SqlRunner,
  context: Pick<RouteContext, "db" | "cipher">,
  request: ServiceRequestRow,
): Promise<void> {
  const effect = serviceByCode(request.serviceCode)?.effect;
  const run = effect ? staffEffects[effect] : undefined;
  if (run) await run(tx, context, request);
}
