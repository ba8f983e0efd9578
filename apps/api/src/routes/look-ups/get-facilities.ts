import type { FastifyContextConfig, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { searchFacilities } from "../../use-cases/look-ups/search-facilities";
import type { RouteContext } from "../route-context";
import { facilityListQuery, facilityListResponse } from "./get-facilities.types";
import { LIST_RULES } from "./look-up-shapes.types";

/** Who may call: anyone — where one can be treated on a health insurance card is public. */
export function registerGetFacilities(
  app: FastifyInstance,
  context: RouteContext,
  config: FastifyContextConfig,
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/facilities",
    {
      config,
      schema: {
        tags: ["look-ups"],
        summary: "Cơ sở khám chữa bệnh BHYT: facilities by name, level and province",
        description: `Those that issue sick-leave certificates are marked (issuesSickLeave). ${LIST_RULES}`,
        querystring: facilityListQuery,
        response: { 200: facilityListResponse },
      },
    },
    async (request) => searchFacilities(context, request.query),
  );
}
