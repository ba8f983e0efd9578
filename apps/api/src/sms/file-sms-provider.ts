import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { SmsProvider } from "./sms-provider";

/**
 * Development and tests: each SMS becomes one JSON line {"to","text","sentAt"} in a file, so a
 * developer reads the one-time code there and a test reads what was "sent".
 */
export function createFileSmsProvider(path: string): SmsProvider {
  return {
    send: async (to, text) => {
      await mkdir(dirname(path), { recursive: true });
      await appendFile(path, `${JSON.stringify({ to, text, sentAt: new Date().toISOString() })}\n`);
    },
  };
}
