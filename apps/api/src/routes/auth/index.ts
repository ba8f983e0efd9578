import { revokeSession } from "@ansinh/db";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { CITIZEN_SESSION, requireCitizen } from "../../auth/citizen-session";
import { clearSessionCookie, setSessionCookie } from "../../auth/session-cookie";
import { hashSessionToken } from "../../auth/session-token";
import { SIGN_INS_PER_MINUTE } from "../../plugins/public-limits";
import { changePassword } from "../../use-cases/citizen/change-password";
import { signInCitizen } from "../../use-cases/citizen/sign-in-citizen";
import type { RouteContext } from "../route-context";
import {
  changePasswordBody,
  citizenLoginBody,
  citizenMeResponse,
  deviceChangeResponse,
  presentCitizen,
} from "./auth.types";
import { registerDeviceRoutes } from "./device-routes";
import { registerPasswordResetRoutes } from "./password-reset-routes";

/**
 * Citizen sign-in, the signed-in person, password change and sign-out, plus the device-change and
 * password-reset routes (device-routes.ts, password-reset-routes.ts).
 * Who may call: /login anyone (failures lock the account; a proof of the device key is required while
 * device binding is on); /me and /password the signed-in citizen only, about themself; /logout anyone
 * (ends the cookie's session if there is one).
 */
export async function registerCitizenAuthRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  const { context } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    "/login",
    {
      config: context.perMinute(SIGN_INS_PER_MINUTE),
      schema: {
        tags: ["accounts"],
        summary:
          "Citizen sign-in; sets the session cookie (200), or 202 when the account is bound to another phone",
        body: citizenLoginBody,
        response: { 200: citizenMeResponse, 202: deviceChangeResponse },
      },
    },
    async (request, reply) => {
      const outcome = await signInCitizen(context, request.body);
      if (outcome.kind === "deviceChange") {
        return reply.status(202).send({ ticket: outcome.ticket, phoneMasked: outcome.phoneMasked });
      }
      setSessionCookie(reply, CITIZEN_SESSION, outcome.token, context);
      return presentCitizen(outcome.citizen);
    },
  );

  await registerDeviceRoutes(app, context);
  await registerPasswordResetRoutes(app, context);

  routes.get(
    "/me",
    {
      schema: { tags: ["accounts"], summary: "The signed-in citizen", response: { 200: citizenMeResponse } },
    },
    async (request) =>
      presentCitizen(await requireCitizen(request, context, { whilePasswordTemporary: true })),
  );

  routes.post(
    "/password",
    {
      schema: {
        tags: ["accounts"],
        summary: "Replaces the password (required after a temporary one); ends other sessions",
        body: changePasswordBody,
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, context, { whilePasswordTemporary: true });
      const token = request.cookies[CITIZEN_SESSION.name] as string;
      await changePassword(context, citizen, request.body, hashSessionToken(token));
      return reply.status(204).send();
    },
  );

  routes.post(
    "/logout",
    { schema: { tags: ["accounts"], summary: "Ends this device's session" } },
    async (request, reply) => {
      const token = request.cookies[CITIZEN_SESSION.name];
      if (token) await revokeSession(context.db, hashSessionToken(token), "logout");
      clearSessionCookie(reply, CITIZEN_SESSION, context);
      return reply.status(204).send();
    },
  );
}
