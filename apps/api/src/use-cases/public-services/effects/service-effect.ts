import type { ServiceRequestRow, SqlRunner } from "@ansinh/db";
import type { RouteContext } from "../../../routes/route-context";

/** What completing a request of one kind changes, inside the transaction that completes it. */
export type ServiceEffectRun = (
  tx: SqlRunner,
  context: Pick<RouteContext, "db" | "cipher">,
  request: ServiceRequestRow,
) => Promise<void>;
