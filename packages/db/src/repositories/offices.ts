import type { SqlRunner } from "../create-db";

/** An office as the public may see it: where to go and whom to call. */
export interface PublicOffice {
  code: string;
  name: string;
  level: "province" | "grassroots";
  provinceCode: string;
  address: string;
  phone: string;
  email: string;
}

const COLUMNS = `code, name, level, province_code AS "provinceCode", address, phone, email`;

/** All offices, or one (new) province's; ordered by province and code (callers sort names by locale). */
export async function listOffices(db: SqlRunner, provinceCode?: string): Promise<PublicOffice[]> {
  return db.query<PublicOffice>(
    `SELECT ${COLUMNS} FROM office
      WHERE $1::text IS NULL OR province_code = $1
      ORDER BY province_code, code`,
    [provinceCode ?? null],
  );
}

export async function findOffice(db: SqlRunner, code: string): Promise<PublicOffice | undefined> {
  const [row] = await db.query<PublicOffice>(`SELECT ${COLUMNS} FROM office WHERE code = $1`, [code]);
  return row;
}
