import { readFile } from "node:fs/promises";
import { join } from "node:path";

interface SmsLine {
  to: string;
  text: string;
  sentAt: string;
}

/** The text messages the API has "sent" so far: the lines of the e2e data dir's sms.jsonl. */
export async function smsLines(): Promise<SmsLine[]> {
  const dataDir = process.env.ANSINH_E2E_DATA_DIR;
  if (!dataDir) throw new Error("ANSINH_E2E_DATA_DIR is not set (see playwright.config.ts)");
  const text = await readFile(join(dataDir, "sms.jsonl"), "utf8").catch(() => "");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as SmsLine);
}
