import type { FastifyContextConfig, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { searchOffices } from "../../use-cases/look-ups/search-offices";
import type { RouteContext } from "../route-context";
import { officeListQuery, officeListResponse } from "./get-offices.types";
import { LIST_RULES } from "./look-up-shapes.types";

/** Who may call: anyone — offices' addresses, phones and e-mail addresses are public. */
export function registerGetOffices(
  app: FastifyInstance,
  context: RouteContext,
  config: FastifyContextConfig,
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/offices",
    {
      config,
      schema: {
        tags: ["look-ups"],
        summary: "Cơ quan BHXH: social insurance offices by name and province",
        description: LIST_RULES,
        querystring: officeListQuery,
        response: { 200: officeListResponse },
      },
    },
    async (request) => searchOffices(context, request.query),
  );
}
