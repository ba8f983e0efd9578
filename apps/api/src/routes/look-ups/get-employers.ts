import type { FastifyContextConfig, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { searchEmployers } from "../../use-cases/look-ups/search-employers";
import type { RouteContext } from "../route-context";
import { employerListQuery, employerListResponse } from "./get-employers.types";
import { LIST_RULES } from "./look-up-shapes.types";

/**
 * Who may call: anyone — that an employer participates is public; whether it owes contributions is
 * not, and no field of the answer tells.
 */
export function registerGetEmployers(
  app: FastifyInstance,
  context: RouteContext,
  config: FastifyContextConfig,
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/employers",
    {
      config,
      schema: {
        tags: ["look-ups"],
        summary: "Đơn vị tham gia BHXH: participating employers by tax code, unit code or name",
        description: `Closed employers are left out; nothing about contributions owed is given. ${LIST_RULES}`,
        querystring: employerListQuery,
        response: { 200: employerListResponse },
      },
    },
    async (request) => searchEmployers(context, request.query),
  );
}
