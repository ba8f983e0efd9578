import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

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

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "" }).port).toBe(3000);
  });

  it("refuses the development keys and the embedded database in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(
      /FIELD_ENCRYPTION_KEYS must be set to a secret key in production.*BLIND_INDEX_KEY.*DATABASE_URL is required/,
    );
  });

  it("never loads demo data in production", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://u@db/a",
      FIELD_ENCRYPTION_KEYS: "1:c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I=",
      BLIND_INDEX_KEY: "c2VjcmV0",
    });
    expect(config.demoData.enabled).toBe(false);
  });
});
