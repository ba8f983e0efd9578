import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";
import { parseStatementKey } from "./statements/statement-keys";

const ed25519Pem = () =>
  generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();

const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://u@db/a",
  FIELD_ENCRYPTION_KEYS: "1:c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I=",
  BLIND_INDEX_KEY: "c2VjcmV0",
  SMS_PROVIDER: "http",
  SMS_HTTP_URL: "https://sms.example.vn/send",
  SMS_HTTP_TOKEN: "gateway-token",
  STATEMENT_SIGNING_KEY: ed25519Pem(),
};

describe("loadConfig", () => {
  it("runs on embedded PGlite under ./.data with no variables at all", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: "pglite", dataDir: expect.stringMatching(/\.data\/pgdata$/) });
    expect(config.demoData.enabled).toBe(true);
  });

  it("switches to PostgreSQL when DATABASE_URL is set", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u@db:5432/ansinh" });
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://u@db:5432/ansinh", poolSize: 20 });
  });

  it("names the variable and the bad value", () => {
    expect(() => loadConfig({ PORT: "abc" })).toThrow(
      new ConfigError('Invalid configuration: PORT must be a number (got "abc")'),
    );
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT must be between 1 and 65535 \(got "70000"\)/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgres:\/\//);
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });

  it("trusts no reverse proxy unless TRUST_PROXY lists their addresses or ranges", () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8, 127.0.0.1,fd00::/8" }).trustProxy).toEqual([
      "10.0.0.0/8",
      "127.0.0.1",
      "fd00::/8",
    ]);
    // "true" would trust every sender's X-Forwarded-For: anyone could pick the address they are counted under.
    for (const bad of ["true", "10.0.0.0/33", "fd00::/129", "proxy.internal", "10.0.0.1/8/8", "10.0.0.1,"]) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(
        /TRUST_PROXY must list the reverse proxies/,
      );
    }
  });

  it("counts the per-IP limits in Redis only when REDIS_URL is a redis:// address", () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: "rediss://cache.internal:6380/2" }).redisUrl).toBe(
      "rediss://cache.internal:6380/2",
    );
    expect(() => loadConfig({ REDIS_URL: "http://cache.internal" })).toThrow(
      /REDIS_URL must be a redis:\/\//,
    );
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "" }).port).toBe(3000);
  });

  it("refuses the development keys, the embedded database and the SMS file in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(
      /FIELD_ENCRYPTION_KEYS must be set to a secret key in production.*BLIND_INDEX_KEY.*STATEMENT_SIGNING_KEY must be set to a secret key in production.*DATABASE_URL is required.*SMS_PROVIDER must be "http" in production/,
    );
  });

  it("offers the sandbox payment gateway outside production only, with its secret and public address", () => {
    expect(loadConfig({}).payments).toEqual({
      provider: "sandbox",
      sandboxSecret: expect.any(String),
      publicBaseUrl: "",
    });
    const configured = loadConfig({
      PAYMENTS_SANDBOX_SECRET: "a-sandbox-secret-of-ours",
      PAYMENTS_PUBLIC_BASE_URL: "https://dichvu.example.vn/",
    });
    expect(configured.payments).toEqual({
      provider: "sandbox",
      sandboxSecret: "a-sandbox-secret-of-ours",
      publicBaseUrl: "https://dichvu.example.vn",
    });
    expect(() => loadConfig({ PAYMENTS_SANDBOX_SECRET: "short" })).toThrow(
      /PAYMENTS_SANDBOX_SECRET must be at least 16/,
    );
    // Its page confirms a payment at a click: production would give paid services away.
    expect(loadConfig(production).payments).toBeNull();
  });

  it("never loads demo data in production", () => {
    expect(loadConfig(production).demoData.enabled).toBe(false);
  });

  it("writes SMS to DATA_DIR/sms.jsonl unless told to use a gateway", () => {
    expect(loadConfig({ DATA_DIR: "/srv/ansinh" }).sms).toEqual({
      kind: "file",
      path: "/srv/ansinh/sms.jsonl",
    });
    expect(loadConfig(production).sms).toEqual({
      kind: "http",
      url: "https://sms.example.vn/send",
      token: "gateway-token",
    });
  });

  it("requires the gateway's URL and token for the http SMS provider", () => {
    expect(() => loadConfig({ SMS_PROVIDER: "http" })).toThrow(
      'Invalid configuration: SMS_HTTP_URL is required when SMS_PROVIDER is "http"; SMS_HTTP_TOKEN is required when SMS_PROVIDER is "http"',
    );
    expect(() =>
      loadConfig({ SMS_PROVIDER: "http", SMS_HTTP_URL: "ftp://sms.example.vn", SMS_HTTP_TOKEN: "t" }),
    ).toThrow('SMS_HTTP_URL must be an http:// or https:// URL (got "ftp://sms.example.vn")');
    expect(() => loadConfig({ SMS_PROVIDER: "carrier-pigeon" })).toThrow(
      'SMS_PROVIDER must be "file" or "http" (got "carrier-pigeon")',
    );
  });

  it("signs statements with the published development key unless given an Ed25519 key", () => {
    const development = parseStatementKey(loadConfig({}).keys.statementSigning);
    expect(development.privateKey.asymmetricKeyType).toBe("ed25519");
    const pem = ed25519Pem();
    expect(loadConfig({ STATEMENT_SIGNING_KEY: pem }).keys.statementSigning).toBe(pem);
    // The same key as one line of base64 DER, the form an environment variable takes best.
    const der = parseStatementKey(pem).privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
    expect(parseStatementKey(loadConfig({ STATEMENT_SIGNING_KEY: der }).keys.statementSigning).keyId).toBe(
      parseStatementKey(pem).keyId,
    );
  });

  it("refuses a statement key that is not an Ed25519 private key, without repeating it", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
      .privateKey.export({ format: "pem", type: "pkcs8" })
      .toString();
    for (const bad of ["not-a-key", rsa]) {
      let message = "";
      try {
        loadConfig({ STATEMENT_SIGNING_KEY: bad });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Invalid configuration: STATEMENT_SIGNING_KEY must be an Ed25519/);
      expect(message).not.toContain(bad.slice(0, 40));
    }
  });

  it("refuses the development statement key in production, also written as PEM", () => {
    const developmentPem = parseStatementKey(loadConfig({}).keys.statementSigning)
      .privateKey.export({ format: "pem", type: "pkcs8" })
      .toString();
    expect(() => loadConfig({ ...production, STATEMENT_SIGNING_KEY: developmentPem })).toThrow(
      "Invalid configuration: STATEMENT_SIGNING_KEY must be set to a secret key in production",
    );
  });
});
