// `npm run cli -- <command> [options]` — operator commands against the configured database
// (DATABASE_URL, or the embedded PGlite under DATA_DIR when no server process holds it).
//
//   staff:create --username U --name "Họ Tên" --email E --role reviewer|support|data_officer|admin --office BHXH-79
//     Creates a staff account with a random temporary password and a TOTP secret, and prints both
//     once (with the otpauth:// URI for an authenticator app). Nothing secret is stored in clear.
//     The checks and the creation are the console's (apps/api/src/use-cases/staff/create-staff-account.ts).
import { parseArgs } from "node:util";
import { acquireDataDirLock, createDb, fieldCipherFor, migrate } from "@ansinh/db";
import { loadReferenceData } from "@ansinh/db/synthetic";
import { loadConfig } from "../apps/api/src/config";
import { AppError, type FieldProblem } from "../apps/api/src/errors/app-error";
import { collectFields } from "../apps/api/src/use-cases/registration/validate-registration";
import { createStaffAccount } from "../apps/api/src/use-cases/staff/create-staff-account";
import {
  parseStaffAccountFields,
  type StaffAccountRequest,
} from "../apps/api/src/use-cases/staff/parse-staff-account-fields";

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
const input: StaffAccountRequest = {
  username: values.username ?? "",
  fullName: values.name ?? "",
  email: values.email ?? "",
  role: values.role ?? "",
  officeCode: values.office ?? "",
};

/** A refused field in the words of this command's options. */
function optionMessage(problem: FieldProblem): string {
  const options: Record<string, string> = {
    "body.username": "--username: 3–50 characters a-z, 0-9, '.', '_' or '-'",
    "body.fullName": '--name: the full name, e.g. --name "Nguyễn Thị Lan"',
    "body.email": "--email: an e-mail address",
    "body.role": "--role: one of reviewer, support, data_officer, admin",
    "body.officeCode": `--office: no office "${input.officeCode.trim()}" (codes look like BHXH-79 or BHXH-79-02)`,
  };
  return options[problem.field] ?? `${problem.field}: ${problem.en}`;
}

/** The use-case's refusal, as this command has always worded it. */
function refusalMessage(error: AppError): string {
  if (error.code === "conflict")
    return `a staff account with username "${input.username.trim()}" or e-mail "${input.email.trim()}" exists already`;
  const [first] = error.fields;
  return first ? optionMessage(first) : error.title.en;
}

// What can be checked without a database is, before one is opened (the use-case checks it again).
const early = collectFields(parseStaffAccountFields(input));
if (!early.ok && early.problems[0]) fail(optionMessage(early.problems[0]));

const config = loadConfig();
const release = config.database.kind === "pglite" ? acquireDataDirLock(config.dataDir) : () => {};
const db = await createDb(config.database);
let failure: string | undefined;
try {
  await migrate(db);
  await loadReferenceData(db);
  const account = await createStaffAccount({ db, cipher: fieldCipherFor(config.keys) }, "operator", input);
  console.log(`Created ${account.role} ${account.username} (${account.fullName}) for ${account.officeName}.`);
  console.log(`Initial password: ${account.initialPassword}`);
  console.log(`TOTP secret: ${account.totpSecret}`);
  console.log(`Authenticator URI: ${account.otpauthUri}`);
  console.log("These are shown once; hand them over in person.");
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  failure = refusalMessage(error);
} finally {
  await db.close();
  release();
}
if (failure) fail(failure);
