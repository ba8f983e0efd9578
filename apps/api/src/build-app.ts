import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileDocumentStore, type Db, type DocumentStore, fieldCipherFor } from "@ansinh/db";
import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { createProofOfWork } from "./auth/proof-of-work";
import { type Config, LOOK_UP_POLICY } from "./config";
import { registerProblemDetails } from "./errors/problem-details";
import { startHelpChatHub } from "./help/chat-hub";
import { DEV_PAYMENTS } from "./payments/payments-config";
import { registerOpenApi } from "./plugins/openapi";
import { perMinute, registerRateLimits } from "./plugins/rate-limits";
import { registerRequestIds } from "./plugins/request-ids";
import { responseSerializer } from "./plugins/response-serializer";
import { registerSecurityHeaders } from "./plugins/security-headers";
import { registerWebApps, serveAppShell, type WebApps } from "./plugins/web-apps";
import { registerCitizenAuthRoutes } from "./routes/auth";
import { registerChildRegistrationRoutes } from "./routes/child-registrations";
import { registerHelpChatRoutes } from "./routes/help";
import { registerPetitionRoutes } from "./routes/help/petitions";
import { registerLookUpRoutes } from "./routes/look-ups";
import { registerOfficeRoutes } from "./routes/offices";
import { registerPaymentRoutes } from "./routes/payments";
import { registerRecordRoutes } from "./routes/records";
import { registerRegistrationRoutes } from "./routes/registrations";
import type { RouteContext } from "./routes/route-context";
import {
  registerNotificationRoutes,
  registerServiceCatalogueRoutes,
  registerServiceRequestRoutes,
} from "./routes/service-requests";
import { registerStaffRoutes } from "./routes/staff";
import { registerStatementRoutes } from "./routes/statements";
import { registerSystemRoutes } from "./routes/system";
import { createSmsLog } from "./sms/sms-log";

export interface AppDeps {
  /**
   * `sms` (main.ts: from the environment) is what GET /api/staff/sms reads; without it the log is empty.
   * `lookUps` defaults to LOOK_UP_POLICY (proof of work and rate limits on). `payments` defaults to the
   * sandbox gateway (DEV_PAYMENTS); null registers no payment routes (production, until a real gateway).
   */
  config: Pick<Config, "env" | "logLevel" | "keys"> &
    Partial<
      Pick<Config, "accounts" | "sms" | "lookUps" | "rateLimits" | "payments" | "trustProxy" | "redisUrl">
    >;
  db: Db;
  /** Built web apps to serve; omitted in tests of the API alone. */
  web?: WebApps;
  /**
   * Where uploaded documents are kept (main.ts: `<DATA_DIR>/documents`). When omitted — tests of routes
   * that store nothing — a store in a fresh temporary directory, removed when the app closes.
   */
  documents?: DocumentStore;
}

/** Builds the HTTP application without listening, so tests can drive it with inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.config.logLevel, redact: ["req.headers.authorization", "req.headers.cookie"] },
    ...registerRequestIds(),
    bodyLimit: 1_048_576,
    trustProxy: deps.config.trustProxy?.length ? deps.config.trustProxy : false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(deps.config.env));
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  const { web } = deps;
  registerProblemDetails(app, web ? (request, reply) => serveAppShell(web, request, reply) : undefined);
  await registerSecurityHeaders(app);
  await registerOpenApi(app);
  await app.register(cookie);
  await registerRateLimits(app, { redisUrl: deps.config.redisUrl });
  const lookUps = deps.config.lookUps ?? LOOK_UP_POLICY;
  const cipher = fieldCipherFor(deps.config.keys);
  const documents = deps.documents ?? temporaryDocumentStore(app, deps.config.keys);
  const helpChat = await startHelpChatHub(deps.db);
  // Open chat streams would hold the server open; they end first, then the process stops listening.
  app.addHook("preClose", async () => helpChat.endStreams());
  app.addHook("onClose", () => helpChat.stop());
  const context: RouteContext = {
    db: deps.db,
    cipher,
    documents,
    secureCookies: deps.config.env === "production",
    accounts: deps.config.accounts ?? { deviceBinding: true, publicHost: "localhost" },
    smsLog: createSmsLog(deps.config.sms, deps.db),
    perMinute: (max) => (deps.config.rateLimits === false ? {} : perMinute(max)),
    proofOfWork: createProofOfWork({
      db: deps.db,
      blindIndexKey: deps.config.keys.blindIndex,
      maxNumber: lookUps.proofOfWorkMaxNumber,
      enabled: lookUps.proofOfWork,
    }),
    helpChat,
  };
  await app.register(registerSystemRoutes, { prefix: "/api", db: deps.db });
  await app.register(registerStaffRoutes, { prefix: "/api/staff", context });
  await app.register(registerCitizenAuthRoutes, { prefix: "/api/auth", context });
  await app.register(registerOfficeRoutes, { prefix: "/api/offices", context });
  await app.register(registerLookUpRoutes, { prefix: "/api/look-ups", context });
  await app.register(registerRegistrationRoutes, { prefix: "/api/registrations", context });
  await app.register(registerChildRegistrationRoutes, { prefix: "/api/child-registrations", context });
  await app.register(registerRecordRoutes, { prefix: "/api/me", context });
  await app.register(registerStatementRoutes, { prefix: "/api", context, keys: deps.config.keys });
  await app.register(registerServiceCatalogueRoutes, { prefix: "/api/services", context });
  await app.register(registerServiceRequestRoutes, { prefix: "/api/service-requests", context });
  await app.register(registerNotificationRoutes, { prefix: "/api/notifications", context });
  await app.register(registerHelpChatRoutes, { prefix: "/api/help", context });
  await app.register(registerPetitionRoutes, { prefix: "/api/help/petitions", context });
  const payments = deps.config.payments === undefined ? DEV_PAYMENTS : deps.config.payments;
  if (payments) await app.register(registerPaymentRoutes, { prefix: "/api", context, payments });
  if (web) await registerWebApps(app, web);
  return app;
}

function temporaryDocumentStore(app: FastifyInstance, keys: Config["keys"]): DocumentStore {
  const directory = mkdtempSync(join(tmpdir(), "ansinh-documents-"));
  app.addHook("onClose", async () => rmSync(directory, { recursive: true, force: true }));
  return createFileDocumentStore({ directory, keys });
}
