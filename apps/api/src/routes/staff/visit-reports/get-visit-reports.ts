import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { listVisitReports } from "../../../use-cases/records/list-visit-reports";
import type { RouteContext } from "../../route-context";
import { presentVisitReports, visitReportsQuery, visitReportsResponse } from "./get-visit-reports.types";

/**
 * Who may call: a signed-in reviewer, data officer or admin; they see the reports of the persons of
 * their own office's province only (401 anonymous, 403 support agents). Each report listed is written
 * to its person's access log.
 */
export function registerGetVisitReports(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/visit-reports",
    {
      schema: {
        tags: ["staff", "records"],
        summary: '"Tôi không đi khám lần này" reports of the office\'s province, oldest first',
        querystring: visitReportsQuery,
        response: { 200: visitReportsResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      const page = await listVisitReports(context, staff, { ...request.query, requestId: request.id });
      return presentVisitReports(page, request.query);
    },
  );
}
