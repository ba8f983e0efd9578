import type { Config } from "../config";
import { createFileSmsProvider } from "./file-sms-provider";
import { createHttpSmsProvider } from "./http-sms-provider";
import type { SmsProvider } from "./sms-provider";

export function createSmsProvider(sms: Config["sms"]): SmsProvider {
  return sms.kind === "http" ? createHttpSmsProvider(sms) : createFileSmsProvider(sms.path);
}
