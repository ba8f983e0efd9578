import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireCitizen } from "../../auth/citizen-session";
import { issueStatement } from "../../statements/issue-statement";
import type { StatementKeys } from "../../statements/statement-keys";
import type { RouteContext } from "../route-context";

/**
 * Who may call: the signed-in citizen, for their own statement only (401 anonymous; nothing in the
 * request can name another person). The PDF is personal data: never cached.
 */
export function registerGetStatementPdf(app: FastifyInstance, context: RouteContext, keys: StatementKeys) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/me/statement.pdf",
    {
      schema: {
        tags: ["records"],
        summary: "Quá trình tham gia BHXH, BHYT, BHTN as a PDF, with a QR that anyone can verify",
        description:
          "application/pdf. The QR holds <origin>/xac-minh#<payload>.<signature>: the statement's main " +
          "content signed with Ed25519; POST /api/statements/verify checks it.",
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request, context);
      const statement = await issueStatement(context, citizen, keys, verificationOrigin(request, context));
      return reply
        .type("application/pdf")
        .header("cache-control", "no-store")
        .header("content-disposition", `attachment; filename="${statement.fileName}"`)
        .send(statement.pdf);
    },
  );
}

/**
 * Where the QR sends a reader: in production the public host people know (a request's Host header
 * must not choose it); elsewhere the host this request came to, so a phone on the LAN or a test
 * server on any port gets a link that works.
 */
function verificationOrigin(request: FastifyRequest, context: RouteContext): string {
  if (context.secureCookies) return `https://${context.accounts.publicHost}`;
  return `${request.protocol}://${request.host}`;
}
