import type { StaffProfile } from "@ansinh/db";
import { requireRole } from "../../auth/staff-roles";
import { AppError, type Bilingual } from "../../errors/app-error";
import type { RouteContext } from "../../routes/route-context";
import { actOnRequest, requireAssignee } from "./act-on-request";
import { REQUEST_HANDLERS } from "./request-roles";

interface BulkOutcome {
  done: string[];
  refused: { id: string; reason: Bilingual }[];
}

/**
 * "Tiếp nhận" or "Giao cho" on many requests of the queue at once. Each request is its own
 * transaction: one that cannot be received (another office's, already received) is reported with its
 * reason and does not hold back the others.
 */
export async function bulkActOnRequests(
  context: Pick<RouteContext, "db" | "cipher">,
  staff: StaffProfile,
  input: { ids: readonly string[]; action: "receive" | "assign"; assigneeId?: string | undefined },
): Promise<BulkOutcome> {
  requireRole(staff, REQUEST_HANDLERS);
  // A wrong assignee is one mistake of the caller, not one per request.
  const assigneeId =
    input.action === "assign" ? await requireAssignee(context, staff, input.assigneeId) : undefined;
  const outcome: BulkOutcome = { done: [], refused: [] };
  for (const id of new Set(input.ids)) {
    try {
      await actOnRequest(context, staff, { id, action: input.action, assigneeId });
      outcome.done.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome.refused.push({ id, reason: error.title });
    }
  }
  return outcome;
}
