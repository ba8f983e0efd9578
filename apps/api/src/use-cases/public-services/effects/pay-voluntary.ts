import { insertVoluntaryPeriod, type ServiceRequestRow, type SqlRunner, uuidv7 } from "@ansinh/db";
import { type IsoDate, vietnamDate } from "@ansinh/domain";
import type { RouteContext } from "../../../routes/route-context";
import { voluntaryCover } from "../../payments/paid-cover";

/**
 * "Đóng BHXH tự nguyện", once paid: the months paid for enter the ledger as paid voluntary BHXH
 * periods (one per run of months with the same figures), following the last month already paid. Run
 * by the payment's confirmation in its transaction, never by staff.
 */
export async function payVoluntary(
  tx: SqlRunner,
  _context: Pick<RouteContext, "db" | "cipher">,
  request: ServiceRequestRow,
  _payment: { amount: number },
  today: IsoDate = vietnamDate(new Date()),
): Promise<void> {
  const { periods } = await voluntaryCover(tx, request, today);
  for (const period of periods) {
    await insertVoluntaryPeriod(tx, { personId: request.personId, id: uuidv7(), ...period });
  }
}
