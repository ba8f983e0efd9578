import type { FastifyInstance } from "fastify";
import { hashPassword } from "../auth/passwords";
import type { TestApp } from "./build-test-app";
import { deviceProof, newTestDevice, type TestDevice } from "./device-fixture";
import { createTestPerson, type TestPerson } from "./person-fixture";

interface TestCitizen extends TestPerson {
  password: string;
}

/** A registry person with an active account (a temporary password unless told otherwise). */
export async function createTestCitizen(
  t: TestApp,
  options: { mustChangePassword?: boolean } = {},
): Promise<TestCitizen> {
  const person = await createTestPerson(t);
  const password = "Tạm thời 123";
  await t.db.query(
    `INSERT INTO citizen_account (person_id, password_hash, must_change_password, status, phone)
     VALUES ($1, $2, $3, 'active', $4)`,
    [person.id, await hashPassword(password), options.mustChangePassword ?? true, person.phone],
  );
  return { ...person, password };
}

const usualPhone = newTestDevice("Usual phone");

/**
 * Signs in from `device` (by default the same phone for every call of a test file, so that signing in
 * again is not a device change).
 */
export async function citizenSignIn(
  app: FastifyInstance,
  identifier: string,
  password: string,
  device: TestDevice = usualPhone,
) {
  const payload = { identifier, password, device: await deviceProof(app, device) };
  return app.inject({ method: "POST", url: "/api/auth/login", payload });
}

/** Signs in and returns the cookie header for later requests. */
export async function citizenCookie(
  app: FastifyInstance,
  citizen: TestCitizen,
  device: TestDevice = usualPhone,
): Promise<string> {
  const res = await citizenSignIn(app, citizen.bhxhNumber, citizen.password, device);
  const cookie = res.cookies.find((c) => c.name === "ansinh_session");
  if (res.statusCode !== 200 || !cookie) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return `ansinh_session=${cookie.value}`;
}
