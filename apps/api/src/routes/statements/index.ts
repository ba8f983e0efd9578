import type { FastifyInstance } from "fastify";
import type { Config } from "../../config";
import { parseStatementKey } from "../../statements/statement-keys";
import type { RouteContext } from "../route-context";
import { registerGetPublicKey } from "./get-public-key";
import { registerGetStatementPdf } from "./get-statement-pdf";
import { registerPostStatementVerify } from "./post-statement-verify";

/**
 * The participation statement (issue 4, item 6), under /api: the signed-in citizen's PDF at
 * /me/statement.pdf, and the public /statements/verify and /statements/public-key that check a copy.
 * `keys.statementSigning` is STATEMENT_SIGNING_KEY (config.ts has checked it is an Ed25519 private key).
 */
export async function registerStatementRoutes(
  app: FastifyInstance,
  options: { context: RouteContext; keys: Pick<Config["keys"], "statementSigning"> },
) {
  const keys = parseStatementKey(options.keys.statementSigning);
  registerGetStatementPdf(app, options.context, keys);
  registerPostStatementVerify(app, keys);
  registerGetPublicKey(app, keys);
}
