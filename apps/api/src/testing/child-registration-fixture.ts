import type { TestApp } from "./build-test-app";
import { citizenCookie, createTestCitizen } from "./citizen-fixture";
import { createTestHousehold } from "./household-fixture";
import { createTestPerson, type TestPerson } from "./person-fixture";
import { multipart, testJpeg } from "./registration-fixture";

/**
 * A parent with an account, signed in, and a child under 18 without one, in the same household.
 * The parent's account phone is the registry phone unless `accountPhone` is given.
 */
export async function createTestFamily(
  t: TestApp,
  options: { child?: Partial<Omit<TestPerson, "id">>; accountPhone?: string } = {},
) {
  const parent = await createTestCitizen(t, { mustChangePassword: false });
  const child = await createTestPerson(t, {
    fullName: "Bùi Ngọc Con",
    birthDate: "2016-03-08",
    sex: "female",
    ...options.child,
  });
  await createTestHousehold(t, [parent, child]);
  if (options.accountPhone) {
    await t.db.query("UPDATE citizen_account SET phone = $2 WHERE person_id = $1", [
      parent.id,
      options.accountPhone,
    ]);
  }
  return { parent, child, cookie: await citizenCookie(t.app, parent) };
}

type FormFields = Record<string, string | Buffer | undefined>;

/** The child-registration form for a child, with fresh photos and submission id; override any field. */
export async function childRegistrationForm(
  child: TestPerson,
  overrides: FormFields = {},
): Promise<FormFields> {
  return {
    childBhxhNumber: child.bhxhNumber,
    childFullName: child.fullName,
    officeCode: "BHXH-79",
    commitment: "true",
    submissionId: crypto.randomUUID(),
    childPortrait: await testJpeg(600, 800),
    birthCertificate: await testJpeg(820, 520),
    ...overrides,
  };
}

/** POST /api/child-registrations with the form, signed in with `cookie` (none: anonymous). */
export async function postChildRegistration(t: TestApp, fields: FormFields, cookie?: string) {
  const { payload, headers } = await multipart(fields);
  return t.app.inject({
    method: "POST",
    url: "/api/child-registrations",
    payload,
    headers: cookie ? { ...headers, cookie } : headers,
  });
}
