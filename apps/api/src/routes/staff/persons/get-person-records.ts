import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { viewPersonRecords } from "../../../use-cases/records/view-person-records";
import type { RouteContext } from "../../route-context";
import {
  personRecordsParams,
  personRecordsQuery,
  personRecordsResponse,
  presentPersonRecords,
} from "./get-person-records.types";

/**
 * Who may call: a signed-in data officer or admin of an office of the person's province (401
 * anonymous; 403 reviewers, support agents and other provinces' staff; 404 an unknown number). The
 * reason is required and each view is written to the person's access log, which they can read.
 */
export function registerGetPersonRecords(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/persons/:bhxhNumber/records",
    {
      schema: {
        tags: ["staff", "records"],
        summary: "A person's records as they see them: profile, card, history, benefits and visits",
        params: personRecordsParams,
        querystring: personRecordsQuery,
        response: { 200: personRecordsResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      const view = await viewPersonRecords(context, staff, {
        bhxhNumber: request.params.bhxhNumber,
        reason: request.query.reason,
        requestId: request.id,
      });
      return presentPersonRecords(view);
    },
  );
}
