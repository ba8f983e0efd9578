import { insertDeviceNonce } from "@ansinh/db";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { CITIZEN_SESSION } from "../../auth/citizen-session";
import { DEVICE_NONCE_SECONDS, newDeviceNonce } from "../../auth/device-proof";
import { sendOtp } from "../../auth/one-time-codes";
import { setSessionCookie } from "../../auth/session-cookie";
import { CODES_PER_MINUTE, SIGN_INS_PER_MINUTE } from "../../plugins/public-limits";
import { confirmDeviceChange } from "../../use-cases/citizen/confirm-device-change";
import type { RouteContext } from "../route-context";
import {
  citizenMeResponse,
  deviceChallengeResponse,
  deviceChangeBody,
  otpSentResponse,
  otpTicketBody,
  presentCitizen,
} from "./auth.types";

/**
 * One phone per account. Who may call: anyone — /device-challenge hands out single-use nonces; /otp
 * and /device-change act only for the holder of a ticket, which /login gives after the right password
 * and a valid device proof (or /password-reset gives), and the code goes only to the registered phone.
 */
export async function registerDeviceRoutes(app: FastifyInstance, context: RouteContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    "/device-challenge",
    {
      config: context.perMinute(SIGN_INS_PER_MINUTE),
      schema: {
        tags: ["accounts"],
        summary: "A single-use nonce for the app to sign with its device key before /login",
        response: { 200: deviceChallengeResponse },
      },
    },
    async () => {
      const { nonce, hash } = newDeviceNonce();
      await insertDeviceNonce(context.db, hash, DEVICE_NONCE_SECONDS);
      return { nonce, expiresInSeconds: DEVICE_NONCE_SECONDS };
    },
  );

  routes.post(
    "/otp",
    {
      config: context.perMinute(CODES_PER_MINUTE),
      schema: {
        tags: ["accounts"],
        summary: "Sends (or sends again) the one-time code of a ticket to the registered phone",
        body: otpTicketBody,
        response: { 200: otpSentResponse },
      },
    },
    async (request) => sendOtp(context, request.body.ticket),
  );

  routes.post(
    "/device-change",
    {
      config: context.perMinute(CODES_PER_MINUTE),
      schema: {
        tags: ["accounts"],
        summary: "With the code, binds this phone, signs the old one out and opens a session",
        body: deviceChangeBody,
        response: { 200: citizenMeResponse },
      },
    },
    async (request, reply) => {
      const { token, citizen } = await confirmDeviceChange(context, request.body);
      setSessionCookie(reply, CITIZEN_SESSION, token, context);
      return presentCitizen(citizen);
    },
  );
}
