import type { FastifyInstance } from "fastify";
import { requireCitizen } from "../../auth/citizen-session";
import { serveEventStream } from "../../help/event-stream";
import type { RouteContext } from "../route-context";
import { STREAMS_PER_MINUTE } from "./help-request-limits";

/**
 * Who may call: a signed-in citizen (401 anonymous), told of changes to their own conversations only.
 * Events carry the conversation id alone; the app then reads GET /api/help/chat.
 */
export function registerGetChatStream(app: FastifyInstance, context: RouteContext) {
  app.get(
    "/chat/stream",
    {
      config: context.perMinute(STREAMS_PER_MINUTE),
      schema: {
        tags: ["help"],
        summary:
          'text/event-stream: `event: chat` with `{"conversationId"}` on each change, `: ping` every 20 s',
        produces: ["text/event-stream"],
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, context);
      serveEventStream(request, reply, {
        hub: context.helpChat,
        audience: { personId: citizen.personId },
        owner: `person:${citizen.personId}`,
        eventName: "chat",
      });
    },
  );
}
