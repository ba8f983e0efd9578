import type { FastifyInstance } from "fastify";
import type { TestApp } from "./build-test-app";
import { citizenSignIn, createTestCitizen } from "./citizen-fixture";
import { newTestDevice } from "./device-fixture";

/**
 * A citizen whose account is bound to one phone, and the ticket a second phone got by signing in:
 * the start of every device-change test.
 */
export async function pendingDeviceChange(t: TestApp) {
  const citizen = await createTestCitizen(t, { mustChangePassword: false });
  const oldPhone = newTestDevice("Old phone");
  const newPhone = newTestDevice("New phone");
  await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, oldPhone);
  const res = await citizenSignIn(t.app, citizen.bhxhNumber, citizen.password, newPhone);
  if (res.statusCode !== 202) throw new Error(`expected a device change: ${res.statusCode} ${res.body}`);
  const { ticket } = res.json<{ ticket: string }>();
  return { citizen, oldPhone, newPhone, ticket };
}

export function requestOtp(app: FastifyInstance, ticket: string) {
  return app.inject({ method: "POST", url: "/api/auth/otp", payload: { ticket } });
}

export function confirmDevice(app: FastifyInstance, ticket: string, code: string) {
  return app.inject({ method: "POST", url: "/api/auth/device-change", payload: { ticket, code } });
}
