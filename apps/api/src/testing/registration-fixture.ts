import { fieldCipherFor, uuidv7 } from "@ansinh/db";
import { loadReferenceData } from "@ansinh/db/synthetic";
import { foldVietnamese } from "@ansinh/domain";
import sharp from "sharp";
import type { TestApp } from "./build-test-app";
import { testConfig } from "./build-test-app";

export interface TestPerson {
  id: string;
  bhxhNumber: string;
  fullName: string;
  cccd: string;
  /** Registry data that a registration must never echo back. */
  secret: { birthDate: string; addressLine: string; commune: string; phone: string };
}

let serial = 0;

/** Loads the reference data (offices…) once per database. */
export async function ensureReferenceData(t: TestApp) {
  const [offices] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM office");
  if (!offices?.n) await loadReferenceData(t.db);
}

/**
 * A registry record with a CCCD, sealed with the test keys like the real ones. Each call makes a new
 * person: distinct BHXH and CCCD numbers, the given name.
 */
export async function createTestPerson(t: TestApp, fullName = "Trần Thị Thu Hằng"): Promise<TestPerson> {
  await ensureReferenceData(t);
  serial++;
  const cipher = fieldCipherFor(testConfig.keys);
  const bhxhNumber = `79${String(90_000_000 + serial * 137).padStart(8, "0")}`;
  // 079 (Hồ Chí Minh), 1 = female born 1900–1999, 92 = 1992, then a serial.
  const cccd = `079192${String(400_000 + serial).padStart(6, "0")}`;
  const secret = {
    birthDate: "1992-07-23",
    addressLine: "Số 17 hẻm Bí Mật Riêng Tư",
    commune: "Phường Kín Đáo",
    phone: "0987001122",
  };
  const id = uuidv7();
  await t.db.query(
    `INSERT INTO person (id, bhxh_number, full_name, name_folded, birth_year, birth_date, sex, national_id_kind,
       national_id_cipher, national_id_index, phone, province_code, commune, address_line, origin_province_code)
     VALUES ($1, $2, $3, $4, 1992, $5, 'female', 'cccd', $6, $7, $8, '79', $9, $10, '79')`,
    [
      id,
      bhxhNumber,
      fullName,
      foldVietnamese(fullName),
      secret.birthDate,
      cipher.encrypt(cccd),
      cipher.blindIndex(cccd),
      secret.phone,
      secret.commune,
      secret.addressLine,
    ],
  );
  return { id, bhxhNumber, fullName, cccd, secret };
}

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
    nationalId: person.cccd,
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
