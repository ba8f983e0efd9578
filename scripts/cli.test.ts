import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@ansinh/db";
import { describe, expect, it } from "vitest";
import { stepOf, totpAt } from "../apps/api/src/auth/totp";
import { buildApp } from "../apps/api/src/build-app";
import { testConfig } from "../apps/api/src/testing/build-test-app";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const run = (dataDir: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
    env: { PATH: process.env.PATH, DATA_DIR: dataDir },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("npm run cli -- staff:create", () => {
  it("creates an account that can sign in with the printed password and TOTP secret", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ansinh-cli-"));
    const args = [
      "staff:create",
      "--username",
      "lan.nguyen",
      "--name",
      "Nguyễn Thị Lan",
      "--email",
      "lan@vss.example.vn",
      "--role",
      "reviewer",
      "--office",
      "BHXH-79",
    ];
    const created = run(dataDir, ...args);
    expect(created.status).toBe(0);
    const password = /Initial password: (\S+)/.exec(created.stdout)?.[1] as string;
    const secret = /TOTP secret: ([A-Z2-7]+)/.exec(created.stdout)?.[1] as string;
    expect(password).toHaveLength(16);

    const again = run(dataDir, ...args);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe(
      'cli: a staff account with username "lan.nguyen" or e-mail "lan@vss.example.vn" exists already',
    );

    const db = await createDb({ kind: "pglite", dataDir: join(dataDir, "pgdata") });
    const app = await buildApp({ config: testConfig, db });
    try {
      const res = await app.inject({
        method: "POST",
        url: "/api/staff/login",
        payload: { identifier: "lan.nguyen", password, code: totpAt(secret, stepOf(Date.now())) },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().office.code).toBe("BHXH-79");
    } finally {
      await app.close();
      await db.close();
    }
  }, 120_000);

  it("explains a bad option in one line and creates nothing", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ansinh-cli-"));
    const res = run(
      dataDir,
      "staff:create",
      "--username",
      "lan",
      "--name",
      "Lan",
      "--email",
      "lan@vss.example.vn",
      "--role",
      "boss",
      "--office",
      "BHXH-79",
    );
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toBe("cli: --role: one of reviewer, support, data_officer, admin");
  });
});
