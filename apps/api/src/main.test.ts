import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The process as an operator starts it: bad configuration must end in one clear line, no stack trace.
const main = fileURLToPath(new URL("./main.ts", import.meta.url));

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", main], {
    env: { PATH: process.env.PATH, DEMO_DATA: "off", LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, lines: result.stderr.trim().split("\n") };
}

describe("starting the API process with bad configuration", () => {
  it("stops on a non-numeric PORT", () => {
    const { status, lines } = start({ PORT: "abc" });
    expect(status).toBe(1);
    expect(lines).toEqual(['AnSinh cannot start: Invalid configuration: PORT must be a number (got "abc")']);
  });

  it("stops when the PostgreSQL server cannot be reached", () => {
    const { status, lines } = start({ DATABASE_URL: "postgres://ansinh:secret@127.0.0.1:1/ansinh" });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^AnSinh cannot start: Cannot open the database at postgres:\/\/ansinh:\*\*\*@127\.0\.0\.1:1\/ansinh: .*ECONNREFUSED/,
    );
  });

  it("stops when another process owns the data directory", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ansinh-main-"));
    const owner = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      writeFileSync(join(dataDir, "ansinh.lock"), String(owner.pid));
      const { status, lines } = start({ DATA_DIR: dataDir });
      expect(status).toBe(1);
      expect(lines).toEqual([
        `AnSinh cannot start: The data directory ${dataDir} is already in use by another AnSinh process (pid ${owner.pid}); stop it first or set DATA_DIR to another directory.`,
      ]);
    } finally {
      owner.kill();
    }
  });
});
