import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { signedInReader } from "../../auth/citizen-session";
import { readHistory } from "../../use-cases/records/read-history";
import type { RouteContext } from "../route-context";
import { historyQuery, historyResponse, presentHistory } from "./get-history.types";

/** Who may call: the signed-in citizen, for their own history only (401 anonymous). */
export function registerGetHistory(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/history",
    {
      schema: {
        tags: ["records"],
        summary: "Quá trình tham gia: periods per scheme with totals and unpaid months, newest first",
        description:
          "Periods of one scheme or all five, cut to fromYear–toYear (all of them without years); the months, totals and unpaid runs count only the months inside the years.",
        querystring: historyQuery,
        response: { 200: historyResponse },
      },
    },
    async (request) => {
      const view = await readHistory(signedInReader(request, context), request.query);
      return { asOf: view.asOf.toISOString(), ...presentHistory(view) };
    },
  );
}
