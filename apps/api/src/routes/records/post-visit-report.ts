import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { reportVisit } from "../../use-cases/records/report-visit";
import type { RouteContext } from "../route-context";
import { visitReportBody, visitReportParams, visitReportResponse } from "./post-visit-report.types";

/**
 * Who may call: the signed-in citizen, about a visit in their own book; someone else's visit gets the
 * same 404 as an unknown id; 401 anonymous. 201 when filed, 200 with the same reference when repeated.
 */
export function registerPostVisitReport(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/visits/:visitId/report",
    {
      schema: {
        tags: ["records"],
        summary:
          "Tôi không đi khám lần này: report a visit one did not make; staff of the province follow up",
        params: visitReportParams,
        body: visitReportBody,
        response: { 200: visitReportResponse, 201: visitReportResponse },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, context);
      const report = await reportVisit(context, citizen, {
        visitId: request.params.visitId,
        note: request.body?.note,
      });
      reply.status(report.created ? 201 : 200);
      return { reference: report.reference };
    },
  );
}
