import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { StatementKeys } from "../../statements/statement-keys";
import { durationOf } from "../../statements/statement-schemes";
import { verifyStatementToken } from "../../statements/statement-token";
import { schemeNames } from "../../use-cases/records/record-names";
import { verifyBody, verifyResponse } from "./post-statement-verify.types";

/**
 * Who may call: anyone — a bank, an employer or the person checks a paper statement by its QR. A
 * token that does not verify is an answer (200, valid: false, and why), never an error.
 */
export function registerPostStatementVerify(app: FastifyInstance, keys: StatementKeys) {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/statements/verify",
    {
      schema: {
        tags: ["records"],
        summary: "Checks the signed token of a statement's QR and gives back what it vouches for",
        body: verifyBody,
        response: { 200: verifyResponse },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      const result = verifyStatementToken(request.body.token, keys.publicKey);
      if (!result.valid) return result;
      const { statement } = result;
      return {
        valid: true as const,
        statement: {
          ...statement,
          schemes: statement.schemes.map((s) => ({
            scheme: s.scheme,
            name: schemeNames[s.scheme],
            months: s.months,
            duration: durationOf(s.months),
            employeeTotal: s.employeeTotal,
            employerTotal: s.employerTotal,
            unpaidMonths: s.unpaidMonths,
          })),
        },
      };
    },
  );
}
