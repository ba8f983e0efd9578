import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../auth/staff-session";
import type { RouteContext } from "../route-context";
import { presentStaff, staffProfileResponse } from "./staff-profile.types";

/** Who may call: a signed-in staff member, about themself. */
export function registerGetStaffMe(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/me",
    {
      schema: {
        tags: ["staff"],
        summary: "The signed-in staff member and their office",
        response: { 200: staffProfileResponse },
      },
    },
    async (request) => presentStaff(await requireStaff(request, context)),
  );
}
