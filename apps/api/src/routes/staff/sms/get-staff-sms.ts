import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { listSentSms } from "../../../sms/list-sent-sms";
import type { RouteContext } from "../../route-context";
import { presentSmsList, smsListQuery, smsListResponse } from "./get-staff-sms.types";

/**
 * Who may call: a signed-in admin (401 anonymous, 403 any other role). With the file provider the
 * sandbox's messages with their texts; with a gateway the outbox's delivery state, never a text.
 */
export function registerGetStaffSms(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/sms",
    {
      schema: {
        tags: ["staff", "sms"],
        summary: "The SMS sent so far, newest first (texts only from the development sandbox)",
        querystring: smsListQuery,
        response: { 200: smsListResponse },
      },
    },
    async (request) => {
      const staff = await requireStaff(request, context);
      return presentSmsList(await listSentSms(context, staff, request.query), request.query);
    },
  );
}
