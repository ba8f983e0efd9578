import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { readAccessLog } from "../../use-cases/records/read-access-log";
import type { RouteContext } from "../route-context";
import { accessLogResponse, presentAccessLog } from "./get-access-log.types";

/** Who may call: the signed-in citizen, for the reads of their own data (401 anonymous). */
export function registerGetAccessLog(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/access-log",
    {
      schema: {
        tags: ["records"],
        summary: "Ai đã xem dữ liệu của tôi: which office read my data, when and why",
        response: { 200: accessLogResponse },
      },
    },
    async (request) => presentAccessLog(await readAccessLog(context, await requireCitizen(request, context))),
  );
}
