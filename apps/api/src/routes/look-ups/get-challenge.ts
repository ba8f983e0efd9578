import type { FastifyContextConfig, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { RouteContext } from "../route-context";
import { challengeResponse } from "./get-challenge.types";

/** Who may call: anyone. A challenge costs the server one HMAC and is stored nowhere. */
export function registerGetChallenge(
  app: FastifyInstance,
  context: RouteContext,
  config: FastifyContextConfig,
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/challenge",
    {
      config,
      schema: {
        tags: ["look-ups"],
        summary: "A proof-of-work challenge (ALTCHA) for a look-up of a BHXH number or a household",
        description:
          "Solve it with altcha-lib/v1 solveChallenge(challenge, salt, algorithm, maxnumber) and send base64(JSON.stringify({ algorithm, challenge, number, salt, signature })) as `altcha`. Expires in 5 minutes; each solution is accepted once.",
        response: { 200: challengeResponse },
      },
    },
    async (_request, reply) => {
      // A challenge is single-use: a cached one would be refused as a replay.
      reply.header("cache-control", "no-store");
      return context.proofOfWork.challenge();
    },
  );
}
