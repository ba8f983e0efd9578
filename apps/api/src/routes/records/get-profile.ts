import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { signedInReader } from "../../auth/citizen-session";
import { readProfile } from "../../use-cases/records/read-profile";
import type { RouteContext } from "../route-context";
import { presentProfile, profileResponse } from "./get-profile.types";

/** Who may call: the signed-in citizen, for their own record only (401 anonymous). */
export function registerGetProfile(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/profile",
    {
      schema: {
        tags: ["records"],
        summary: "Thông tin cá nhân: the registry record, the account's phone and the household",
        response: { 200: profileResponse },
      },
    },
    async (request) => {
      const view = await readProfile(context, signedInReader(request, context));
      return { asOf: view.asOf.toISOString(), ...presentProfile(view) };
    },
  );
}
