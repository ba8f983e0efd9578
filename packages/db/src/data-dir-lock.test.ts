import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./data-dir-lock";

const freshDir = () => mkdtempSync(join(tmpdir(), "ansinh-lock-"));

describe("data directory lock", () => {
  it("writes the owner's pid and removes the file on release", () => {
    const dir = freshDir();
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, "ansinh.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, "ansinh.lock"))).toBe(false);
  });

  it("refuses a second owner while the first one lives", async () => {
    const dir = freshDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      writeFileSync(join(dir, "ansinh.lock"), String(other.pid));
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir)).toThrow(/already in use by another AnSinh process/);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that has exited", () => {
    const dir = freshDir();
    writeFileSync(join(dir, "ansinh.lock"), "999999999");
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, "ansinh.lock"), "utf8")).toBe(String(process.pid));
    release();
  });
});
