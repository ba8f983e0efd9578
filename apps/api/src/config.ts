import { isIP } from "node:net";
import { resolve } from "node:path";
import { z } from "zod";
import { DEV_PAYMENTS, type PaymentsConfig } from "./payments/payments-config";
import { parseStatementKey, StatementKeyError } from "./statements/statement-keys";

/**
 * Configuration comes only from the environment and is validated once at start; a bad value stops
 * the process with one line naming the variable (see main.ts), never later with a stack trace.
 */
const port = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

// Well-known keys so that a fresh clone runs without setup. They protect nothing: production refuses them.
const DEV_FIELD_KEYS = "1:ZGV2LW9ubHktZmllbGQta2V5LW5vdC1zZWNyZXQtISE=";
const DEV_BLIND_INDEX_KEY = "ZGV2LW9ubHktYmxpbmQtaW5kZXgta2V5LW5vdC1zZWNyZXQ=";
/** Ed25519, PKCS#8 DER in base64: statements signed with it verify only against this published key. */
const DEV_STATEMENT_SIGNING_KEY = "MC4CAQAwBQYDK2VwBCIEIC3S59dNY27kU3FZi+QVfyGPT6CFVDUsY8HnBgjjXrd+";

/**
 * PostgreSQL connections per api process. A few per core of the database server: more run side by side
 * than it has cores to run them, and the extra requests wait in the app's pool instead.
 */
export const DEFAULT_POOL_SIZE = 20;

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    HOST: z.string().min(1).default("localhost"),
    PORT: port.default(3000),
    DATA_DIR: z.string().min(1).default("./.data"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(DEFAULT_POOL_SIZE),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DEMO_DATA: z.enum(["auto", "off"]).default("auto"),
    DEMO_PERSONS: z.coerce.number().int().min(0).max(100_000).default(300),
    FIELD_ENCRYPTION_KEYS: z.string().default(DEV_FIELD_KEYS),
    BLIND_INDEX_KEY: z.string().default(DEV_BLIND_INDEX_KEY),
    STATEMENT_SIGNING_KEY: z.string().default(DEV_STATEMENT_SIGNING_KEY),
    SMS_PROVIDER: z.enum(["file", "http"], { error: 'must be "file" or "http"' }).default("file"),
    SMS_HTTP_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
    SMS_HTTP_TOKEN: z.string().optional(),
    DEVICE_BINDING: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
    PUBLIC_HOST: z
      .string()
      .regex(/^[a-z0-9.-]+$/i, "must be a host name such as vssid.example.vn")
      .default("localhost"),
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
    TRUST_PROXY: z
      .string()
      .transform((text) => text.split(",").map((entry) => entry.trim()))
      .refine((entries) => entries.every(isProxyAddress), {
        message:
          "must list the reverse proxies' addresses, IPs or CIDR ranges separated by commas (e.g. 10.0.0.0/8,127.0.0.1)",
      })
      .default([]),
    PAYMENTS_SANDBOX_SECRET: z
      .string()
      .min(16, "must be at least 16 characters")
      .default(DEV_PAYMENTS.sandboxSecret),
    PAYMENTS_PUBLIC_BASE_URL: z
      .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.SMS_PROVIDER === "http") {
      for (const key of ["SMS_HTTP_URL", "SMS_HTTP_TOKEN"] as const) {
        if (!env[key]) {
          ctx.addIssue({ code: "custom", path: [key], message: 'is required when SMS_PROVIDER is "http"' });
        }
      }
    }
    const statementKeyId = statementKeyIdOf(env.STATEMENT_SIGNING_KEY);
    if (statementKeyId instanceof StatementKeyError) {
      ctx.addIssue({ code: "custom", path: ["STATEMENT_SIGNING_KEY"], message: statementKeyId.message });
    }
    if (env.NODE_ENV !== "production") return;
    for (const key of ["FIELD_ENCRYPTION_KEYS", "BLIND_INDEX_KEY"] as const) {
      if (env[key] === DEV_FIELD_KEYS || env[key] === DEV_BLIND_INDEX_KEY) {
        ctx.addIssue({ code: "custom", path: [key], message: "must be set to a secret key in production" });
      }
    }
    // The published key in any of its spellings (PEM or base64 DER).
    if (statementKeyId === statementKeyIdOf(DEV_STATEMENT_SIGNING_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: ["STATEMENT_SIGNING_KEY"],
        message: "must be set to a secret key in production",
      });
    }
    if (!env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required in production" });
    }
    // The file provider keeps SMS on the server: in production no citizen would ever get one.
    if (env.SMS_PROVIDER === "file") {
      ctx.addIssue({ code: "custom", path: ["SMS_PROVIDER"], message: 'must be "http" in production' });
    }
  });

/** An IP address, or a CIDR range of them ("10.0.0.0/8", "fd00::/8"). */
function isProxyAddress(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function statementKeyIdOf(text: string): string | StatementKeyError {
  try {
    return parseStatementKey(text).keyId;
  } catch (error) {
    if (error instanceof StatementKeyError) return error;
    throw error;
  }
}

/** Variables whose value a message must never repeat: a mistyped private key is still a secret. */
const secretVariables: ReadonlySet<string> = new Set(["STATEMENT_SIGNING_KEY", "PAYMENTS_SANDBOX_SECRET"]);

export interface Config {
  env: "development" | "test" | "production";
  host: string;
  port: number;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string; poolSize: number };
  dataDir: string;
  demoData: { enabled: boolean; persons: number };
  /** statementSigning: the Ed25519 private key (PEM or base64 DER) that signs participation statements. */
  keys: { fieldEncryption: string; blindIndex: string; statementSigning: string };
  /** Where SMS go: a JSON-lines file under DATA_DIR (development) or an HTTP gateway. */
  sms: { kind: "file"; path: string } | { kind: "http"; url: string; token: string };
  accounts: AccountPolicy;
  lookUps: LookUpPolicy;
  /**
   * Per-IP rate limits on the public endpoints (sign-in, password reset, registration, look-ups). On in
   * every deployment (no variable turns them off); only the benches, which load from one address, do.
   */
  rateLimits: boolean;
  /**
   * The reverse proxies (load balancer, ingress) in front of the app, by address or range. A request
   * from one of them is taken to come from the address it forwards (X-Forwarded-For), which the per-IP
   * limits then count; from anyone else the header is ignored, so a client cannot pick its own address.
   * Empty (the default): the app faces the clients itself.
   */
  trustProxy: string[];
  /**
   * Where the per-IP limits count, shared by every api process (REDIS_URL); unset, each process counts
   * in its own memory, which is right for one process only.
   */
  redisUrl?: string;
  /**
   * The payment gateway of paid public services, or null for none. Only the sandbox exists so far,
   * and its page confirms a payment at a click without any money moving: production gets none, so
   * paid requests wait for a real gateway instead of being completed for free.
   */
  payments: PaymentsConfig | null;
}

export interface AccountPolicy {
  /** One phone per account: a sign-in from another phone needs an OTP and signs the old one out. */
  deviceBinding: boolean;
  /** The host citizens reach the app at: the `@host #code` line that lets the browser autofill an OTP. */
  publicHost: string;
}

/** The anonymous look-ups (issue 6): an ALTCHA proof of work per person look-up, and per-IP limits. */
export interface LookUpPolicy {
  /**
   * ALTCHA difficulty: the browser tries numbers up to this one, half of them on average. Each try is
   * one WebCrypto SHA-256 call (about 40 000 a second in Node on the 2-core machine; a mid-range phone
   * is of the same order, the cost being the call rather than the hash), so 20 000 takes a quarter to
   * half a second on average and about a second at worst — unnoticed once, costly by the thousand.
   */
  proofOfWorkMaxNumber: number;
  /** On in every deployment (no variable turns it off): only the bench, measuring the queries, does. */
  proofOfWork: boolean;
}

export const LOOK_UP_POLICY: LookUpPolicy = {
  proofOfWorkMaxNumber: 20_000,
  proofOfWork: true,
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty variables count as unset, as in most shells' `VAR= cmd` habit.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const value = env[name];
      const shown = value === undefined || secretVariables.has(name) ? "" : ` (got "${value}")`;
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: "pglite", dataDir: resolve(dataDir, "pgdata") },
    demoData: { enabled: e.DEMO_DATA === "auto" && e.NODE_ENV !== "production", persons: e.DEMO_PERSONS },
    keys: {
      fieldEncryption: e.FIELD_ENCRYPTION_KEYS,
      blindIndex: e.BLIND_INDEX_KEY,
      statementSigning: e.STATEMENT_SIGNING_KEY,
    },
    // The URL and token are there whenever the provider is http (checked above); the test narrows types.
    sms:
      e.SMS_PROVIDER === "http" && e.SMS_HTTP_URL && e.SMS_HTTP_TOKEN
        ? { kind: "http", url: e.SMS_HTTP_URL, token: e.SMS_HTTP_TOKEN }
        : { kind: "file", path: resolve(dataDir, "sms.jsonl") },
    accounts: { deviceBinding: e.DEVICE_BINDING === "on", publicHost: e.PUBLIC_HOST },
    lookUps: LOOK_UP_POLICY,
    rateLimits: true,
    trustProxy: e.TRUST_PROXY,
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    payments:
      e.NODE_ENV === "production"
        ? null
        : {
            provider: "sandbox",
            sandboxSecret: e.PAYMENTS_SANDBOX_SECRET,
            publicBaseUrl: e.PAYMENTS_PUBLIC_BASE_URL?.replace(/\/$/, "") ?? "",
          },
  };
}
