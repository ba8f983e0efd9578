import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFileSmsProvider } from "./file-sms-provider";

describe("the file SMS provider", () => {
  it("appends one JSON line per message, creating the directory", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "ansinh-sms-")), "not", "yet", "sms.jsonl");
    const provider = createFileSmsProvider(path);
    await provider.send("0912345678", "Ma OTP: 123456");
    await provider.send("0987654321", "Ho so da duoc duyet");
    const lines = (await readFile(path, "utf8")).split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toEqual([
      { to: "0912345678", text: "Ma OTP: 123456", sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) },
      { to: "0987654321", text: "Ho so da duoc duyet", sentAt: expect.any(String) },
    ]);
  });
});
