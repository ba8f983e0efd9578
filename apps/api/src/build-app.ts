import type { Db } from "@ansinh/db";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config";
import { registerProblemDetails } from "./errors/problem-details";
import { registerOpenApi } from "./plugins/openapi";
import { registerRequestIds } from "./plugins/request-ids";
import { registerSecurityHeaders } from "./plugins/security-headers";
import { registerWebApps, serveAppShell, type WebApps } from "./plugins/web-apps";
import { registerSystemRoutes } from "./routes/system";

export interface AppDeps {
  config: Pick<Config, "env" | "logLevel">;
  db: Db;
  /** Built web apps to serve; omitted in tests of the API alone. */
  web?: WebApps;
}

/** Builds the HTTP application without listening, so tests can drive it with inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.config.logLevel, redact: ["req.headers.authorization", "req.headers.cookie"] },
    ...registerRequestIds(),
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  const { web } = deps;
  registerProblemDetails(app, web ? (request, reply) => serveAppShell(web, request, reply) : undefined);
  await registerSecurityHeaders(app);
  await registerOpenApi(app);
  await app.register(registerSystemRoutes, { prefix: "/api", db: deps.db });
  if (web) await registerWebApps(app, web);
  return app;
}
