import { type BenefitItem, type CitizenProfile, listBenefits } from "@ansinh/db";
import type { RouteContext } from "../../routes/route-context";

export interface BenefitsView {
  asOf: Date;
  /** The sum of every payment listed. */
  total: number;
  /** Newest payment first. */
  items: BenefitItem[];
}

/** "Thông tin hưởng": the benefits paid to the signed-in citizen. */
export async function readBenefits(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  now = new Date(),
): Promise<BenefitsView> {
  const items = await listBenefits(context.db, citizen.personId);
  return { asOf: now, total: items.reduce((sum, item) => sum + item.amount, 0), items };
}
