import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { listOwnRequests } from "../../use-cases/public-services/list-own-requests";
import type { RouteContext } from "../route-context";
import { presentRequestList, requestListResponse } from "./get-service-requests.types";

/** Who may call: a signed-in citizen, for their own requests only (401 anonymous). */
export function registerGetServiceRequests(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/",
    {
      schema: {
        tags: ["public services"],
        summary: "“Hồ sơ của tôi”: the caller's requests, drafts included, newest first",
        response: { 200: requestListResponse },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(request, context);
      return presentRequestList(await listOwnRequests(context, citizen));
    },
  );
}
