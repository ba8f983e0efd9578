// `npm run cli -- <command> [options]` — operator commands against the configured database
// (DATABASE_URL, or the embedded PGlite under DATA_DIR when no server process holds it).
//
//   staff:create --username U --name "Họ Tên" --email E --role reviewer|support|data_officer|admin --office BHXH-79
//     Creates a staff account with a random temporary password and a TOTP secret, and prints both
//     once (with the otpauth:// URI for an authenticator app). Nothing secret is stored in clear.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import {
  acquireDataDirLock,
  createDb,
  fieldCipherFor,
  insertStaff,
  migrate,
  type StaffRole,
} from "@ansinh/db";
import { loadReferenceData } from "@ansinh/db/synthetic";
import { hashPassword } from "../apps/api/src/auth/passwords";
import { newTotpSecret, otpauthUri } from "../apps/api/src/auth/totp";
import { loadConfig } from "../apps/api/src/config";

const ROLES: readonly StaffRole[] = ["reviewer", "support", "data_officer", "admin"];

function fail(message: string): never {
  console.error(`cli: ${message}`);
  process.exit(1);
}

const [command, ...rest] = process.argv.slice(2);
if (command !== "staff:create") fail(`unknown command "${command ?? ""}"; try: staff:create`);

const { values } = parseArgs({
  args: rest,
  options: {
    username: { type: "string" },
    name: { type: "string" },
    email: { type: "string" },
    role: { type: "string" },
    office: { type: "string" },
  },
});
const username = values.username?.trim() ?? "";
if (!/^[a-z0-9._-]{3,50}$/.test(username)) fail("--username: 3–50 characters a-z, 0-9, '.', '_' or '-'");
const fullName = values.name?.normalize("NFC").trim() ?? "";
if (fullName.length < 2) fail('--name: the full name, e.g. --name "Nguyễn Thị Lan"');
const email = values.email?.trim() ?? "";
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail("--email: an e-mail address");
const role = values.role as StaffRole;
if (!ROLES.includes(role)) fail(`--role: one of ${ROLES.join(", ")}`);
const officeCode = values.office?.trim() ?? "";

const config = loadConfig();
const release = config.database.kind === "pglite" ? acquireDataDirLock(config.dataDir) : () => {};
const db = await createDb(config.database);
try {
  await migrate(db);
  await loadReferenceData(db);
  const [office] = await db.query<{ name: string }>("SELECT name FROM office WHERE code = $1", [officeCode]);
  if (!office) fail(`--office: no office "${officeCode}" (codes look like BHXH-79 or BHXH-79-02)`);
  const taken = await db.query("SELECT 1 FROM staff_user WHERE username = $1 OR lower(email) = lower($2)", [
    username,
    email,
  ]);
  if (taken.length > 0)
    fail(`a staff account with username "${username}" or e-mail "${email}" exists already`);

  const password = randomBytes(12).toString("base64url");
  const secret = newTotpSecret();
  await insertStaff(db, {
    username,
    fullName,
    email,
    role,
    officeCode,
    passwordHash: await hashPassword(password),
    totpSecretCipher: fieldCipherFor(config.keys).encrypt(secret).toString("base64"),
  });
  console.log(`Created ${role} ${username} (${fullName}) for ${office.name}.`);
  console.log(`Initial password: ${password}`);
  console.log(`TOTP secret: ${secret}`);
  console.log(`Authenticator URI: ${otpauthUri(secret, username)}`);
  console.log("These are shown once; hand them over in person.");
} finally {
  await db.close();
  release();
}
