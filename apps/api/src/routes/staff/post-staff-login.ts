import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { setStaffCookie } from "../../auth/staff-session";
import { SIGN_INS_PER_MINUTE } from "../../plugins/public-limits";
import { signInStaff } from "../../use-cases/staff/sign-in-staff";
import type { RouteContext } from "../route-context";
import { staffLoginBody } from "./post-staff-login.types";
import { presentStaff, staffProfileResponse } from "./staff-profile.types";

/** Who may call: anyone (it is the sign-in); failures are counted per account and lock it. */
export function registerPostStaffLogin(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/login",
    {
      config: context.perMinute(SIGN_INS_PER_MINUTE),
      schema: {
        tags: ["staff"],
        summary: "Staff sign-in with password and TOTP code; sets the session cookie",
        body: staffLoginBody,
        response: { 200: staffProfileResponse },
      },
    },
    async (request, reply) => {
      const { token, staff } = await signInStaff(context, request.body);
      setStaffCookie(reply, token, context);
      return presentStaff(staff);
    },
  );
}
