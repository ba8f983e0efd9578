import { type Db, fieldCipherFor, uuidv7 } from "@ansinh/db";
import { loadReferenceData } from "@ansinh/db/synthetic";
import { foldVietnamese } from "@ansinh/domain";
import { testConfig } from "./build-test-app";

/**
 * A registry person as the tests see it. Besides the numbers a citizen types, it carries the registry-only
 * data (birth date, sex, address, phone) that a registration must never echo back.
 */
export interface TestPerson {
  id: string;
  bhxhNumber: string;
  fullName: string;
  /** The CCCD number, in clear (stored sealed). */
  nationalId: string;
  phone: string;
  birthDate: string;
  sex: "female" | "male";
  addressLine: string;
  commune: string;
}

/** Anything with the database under test: a TestApp, or a bare Db holder. */
interface WithDb {
  db: Db;
}

const cipher = fieldCipherFor(testConfig.keys);

/**
 * Each test file gets databases of its own (buildTestApp) and its own copy of this module, so a
 * per-module counter is enough to keep every generated number unique on a database.
 */
let serial = 0;

/** Loads the reference data (offices…) once per database. */
export async function ensureReferenceData(t: WithDb) {
  const [offices] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM office");
  if (!offices?.n) await loadReferenceData(t.db);
}

/**
 * A registry record with a CCCD in Hồ Chí Minh City, sealed with the test keys like the real ones. Each
 * call makes a new person with distinct BHXH, CCCD and phone numbers; override any field.
 */
export async function createTestPerson(
  t: WithDb,
  overrides: Partial<Omit<TestPerson, "id">> = {},
): Promise<TestPerson> {
  await ensureReferenceData(t);
  serial += 1;
  const person: TestPerson = {
    id: uuidv7(),
    bhxhNumber: `79${String(90_000_000 + serial * 137).padStart(8, "0")}`,
    fullName: "Trần Thị Thu Hằng",
    // 079 (Hồ Chí Minh), 1 = female born 1900–1999, 92 = 1992, then the serial.
    nationalId: `079192${String(400_000 + serial).padStart(6, "0")}`,
    phone: `0987${String(serial).padStart(6, "0")}`,
    birthDate: "1992-07-23",
    sex: "female",
    addressLine: "Số 17 hẻm Bí Mật Riêng Tư",
    commune: "Phường Kín Đáo",
    ...overrides,
  };
  await t.db.query(
    `INSERT INTO person (id, bhxh_number, full_name, name_folded, birth_year, birth_date, sex, national_id_kind,
       national_id_cipher, national_id_index, phone, province_code, commune, address_line, origin_province_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'cccd', $8, $9, $10, '79', $11, $12, '79')`,
    [
      person.id,
      person.bhxhNumber,
      person.fullName,
      foldVietnamese(person.fullName),
      Number(person.birthDate.slice(0, 4)),
      person.birthDate,
      person.sex,
      cipher.encrypt(person.nationalId),
      cipher.blindIndex(person.nationalId),
      person.phone,
      person.commune,
      person.addressLine,
    ],
  );
  return person;
}
