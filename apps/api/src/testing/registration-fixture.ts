import sharp from "sharp";
import type { TestApp } from "./build-test-app";
import type { TestPerson } from "./person-fixture";

/** A photo-like JPEG (noise, so it does not compress to nothing) of the given size. */
export async function testJpeg(width = 800, height = 500): Promise<Buffer> {
  const channels = 3;
  const pixels = Buffer.alloc(width * height * channels);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2_654_435_761) >>> 24;
  return sharp(pixels, { raw: { width, height, channels } }).jpeg({ quality: 80 }).toBuffer();
}

type FormFields = Record<string, string | Buffer | undefined>;

/** A multipart body as a browser would send it: strings as fields, buffers as files. */
export async function multipart(
  fields: FormFields,
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (typeof value === "string") form.append(name, value);
    else form.append(name, new Blob([new Uint8Array(value)], { type: "image/jpeg" }), `${name}.jpg`);
  }
  const request = new Request("http://ansinh.test/api/registrations", { method: "POST", body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  };
}

/** The form for a person, with fresh photos and submission id; override any field. */
export async function registrationForm(person: TestPerson, overrides: FormFields = {}): Promise<FormFields> {
  return {
    bhxhNumber: person.bhxhNumber,
    fullName: person.fullName,
    nationalId: person.nationalId,
    phone: "0912 345 678",
    email: "  thu.hang@example.vn ",
    officeCode: "BHXH-79",
    submissionId: crypto.randomUUID(),
    idFront: await testJpeg(),
    idBack: await testJpeg(820, 520),
    ...overrides,
  };
}

export async function postRegistration(t: TestApp, fields: FormFields) {
  const { payload, headers } = await multipart(fields);
  return t.app.inject({ method: "POST", url: "/api/registrations", payload, headers });
}
