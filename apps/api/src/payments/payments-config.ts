import type { SqlRunner } from "@ansinh/db";
import { createSandboxProvider, type SandboxProvider } from "./sandbox-provider";

/**
 * How citizens pay for paid services. Only the sandbox gateway exists so far; a real one (VNPay,
 * MoMo, a bank) is another PaymentProvider and another `provider` value here.
 */
export interface PaymentsConfig {
  provider: "sandbox";
  /** The HMAC key the sandbox's page signs its callbacks with. */
  sandboxSecret: string;
  /**
   * The origin the citizen app and the API are reached at, e.g. "https://dichvu.example.vn", put in
   * front of the gateway's page and the return address. "" keeps them relative: the same origin as
   * the page that asked, which is what the sandbox (served by this API) needs.
   */
  publicBaseUrl: string;
}

/** A well-known key so a fresh clone takes sandbox payments without setup; it protects nothing. */
export const DEV_PAYMENTS: PaymentsConfig = {
  provider: "sandbox",
  sandboxSecret: "dev-only-sandbox-payment-secret-not-secret",
  publicBaseUrl: "",
};

export function createPaymentProvider(config: PaymentsConfig, db: SqlRunner): SandboxProvider {
  return createSandboxProvider({ db, secret: config.sandboxSecret, publicBaseUrl: config.publicBaseUrl });
}
