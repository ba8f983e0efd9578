import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../route-context";
import { registerGetAccessLog } from "./get-access-log";
import { registerGetBenefits } from "./get-benefits";
import { registerGetCard } from "./get-card";
import { registerGetChildCard } from "./get-child-card";
import { registerGetHistory } from "./get-history";
import { registerGetProfile } from "./get-profile";
import { registerGetVisits } from "./get-visits";
import { registerPostVisitReport } from "./post-visit-report";

/** The citizen's personal records (issue 4), under /api/me: their own data only. */
export async function registerRecordRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  registerGetProfile(app, options.context);
  registerGetCard(app, options.context);
  registerGetChildCard(app, options.context);
  registerGetHistory(app, options.context);
  registerGetBenefits(app, options.context);
  registerGetVisits(app, options.context);
  registerPostVisitReport(app, options.context);
  registerGetAccessLog(app, options.context);
}
