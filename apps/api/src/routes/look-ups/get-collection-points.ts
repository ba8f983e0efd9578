import type { FastifyContextConfig, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { searchCollectionPoints } from "../../use-cases/look-ups/search-collection-points";
import type { RouteContext } from "../route-context";
import { collectionPointListQuery, collectionPointListResponse } from "./get-collection-points.types";
import { LIST_RULES } from "./look-up-shapes.types";

/** Who may call: anyone — collection points and agents serve the public. */
export function registerGetCollectionPoints(
  app: FastifyInstance,
  context: RouteContext,
  config: FastifyContextConfig,
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/collection-points",
    {
      config,
      schema: {
        tags: ["look-ups"],
        summary: "Điểm thu, đại lý thu: collection points and agents by province, commune or near a position",
        description: `A province or a position (near) is required. With near, nearest first (haversine distance) and, without a province, only within 30 km. ${LIST_RULES}`,
        querystring: collectionPointListQuery,
        response: { 200: collectionPointListResponse },
      },
    },
    async (request) => searchCollectionPoints(context, request.query),
  );
}
