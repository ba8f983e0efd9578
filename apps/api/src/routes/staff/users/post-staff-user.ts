import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { createStaffAccount } from "../../../use-cases/staff/create-staff-account";
import type { RouteContext } from "../../route-context";
import {
  createdStaffUserResponse,
  createStaffUserBody,
  presentCreatedStaffUser,
} from "./post-staff-user.types";

/**
 * Who may call: a signed-in admin, for their own office or one of its grassroots offices (401
 * anonymous, 403 any other role or another office). The initial password and TOTP secret are in this
 * answer only, which no cache may keep.
 */
export function registerPostStaffUser(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/users",
    {
      schema: {
        tags: ["staff"],
        summary: "Creates a staff account; its initial password and TOTP secret are shown this once",
        body: createStaffUserBody,
        response: { 201: createdStaffUserResponse },
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(request, context);
      const account = await createStaffAccount(context, staff, request.body);
      return reply.code(201).header("cache-control", "no-store").send(presentCreatedStaffUser(account));
    },
  );
}
