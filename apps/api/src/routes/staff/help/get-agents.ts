import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireStaff } from "../../../auth/staff-session";
import { listOfficeAgents } from "../../../use-cases/help/chat/office-chat";
import type { RouteContext } from "../../route-context";
import { agentsResponse } from "./get-agents.types";

/** Who may call: a signed-in support agent or admin, for their own office (401 anonymous, 403 other roles). */
export function registerGetStaffHelpAgents(app: FastifyInstance, context: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/agents",
    {
      schema: {
        tags: ["staff", "help"],
        summary: "The office's support agents and admins, and who is online (to assign a conversation)",
        response: { 200: agentsResponse },
      },
    },
    async (request) => ({ items: await listOfficeAgents(context, await requireStaff(request, context)) }),
  );
}
