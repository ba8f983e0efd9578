import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listOffices } from "../../use-cases/registration/list-offices";
import type { RouteContext } from "../route-context";
import { officesQuery, officesResponse, presentOffice } from "./get-offices.types";

/** Who may call: anyone — offices' names, addresses and phone numbers are public (the office picker). */
export function registerGetOffices(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/",
    {
      schema: {
        tags: ["reference"],
        summary: "Social insurance offices, by province (province office first), optionally of one province",
        querystring: officesQuery,
        response: { 200: officesResponse },
      },
    },
    async (request) => {
      const offices = await listOffices(context, { provinceCode: request.query.province });
      return { offices: offices.map(presentOffice) };
    },
  );
}
