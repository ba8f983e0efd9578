import type { FastifyInstance } from "fastify";
import { requireStaff } from "../../../auth/staff-session";
import { serveEventStream } from "../../../help/event-stream";
import { markAgentOnline } from "../../../use-cases/help/chat/office-chat";
import { STREAMS_PER_MINUTE } from "../../help/help-request-limits";
import type { RouteContext } from "../../route-context";

/**
 * Who may call: a signed-in support agent or admin (401 anonymous, 403 other roles), told of changes
 * to their own office's conversations only. While it is open, the caller counts as online: citizens'
 * new conversations are live chats rather than tickets.
 */
export function registerGetStaffHelpStream(app: FastifyInstance, context: RouteContext) {
  app.get(
    "/stream",
    {
      config: context.perMinute(STREAMS_PER_MINUTE),
      schema: {
        tags: ["staff", "help"],
        summary:
          'text/event-stream: `event: inbox` with `{"conversationId"}` on each change, `: ping` every 20 s',
        produces: ["text/event-stream"],
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(request, context);
      await markAgentOnline(context, staff);
      serveEventStream(request, reply, {
        hub: context.helpChat,
        audience: { officeCode: staff.officeCode },
        owner: `staff:${staff.id}`,
        eventName: "inbox",
        onPing: () => markAgentOnline(context, staff),
      });
    },
  );
}
