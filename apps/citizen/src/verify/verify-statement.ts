import {
  asServerText,
  type Locale,
  readFieldProblems,
  readServerMessage,
  type ServerText,
  sendJson,
} from "@ansinh/ui";

/** What a statement's QR vouches for, as POST /api/statements/verify gives it back. */
export interface VerifiedStatement {
  id: string;
  issuedOn: string;
  bhxhNumber: string;
  fullName: string;
  closedThrough: string | null;
  schemes: {
    scheme: string;
    name: ServerText;
    months: number;
    duration: { years: number; months: number };
    employeeTotal: number;
    employerTotal: number;
    unpaidMonths: number;
  }[];
}

export type Verification =
  | { kind: "valid"; statement: VerifiedStatement }
  | { kind: "invalid"; reason: ServerText | null }
  | { kind: "unreachable" };

/** Asks the API whether the token is genuine. A refused request (400) is an invalid token too. */
export async function verifyStatement(token: string, locale: Locale): Promise<Verification> {
  const reply = await sendJson("/api/statements/verify", { token }, locale);
  if (!reply || reply.status >= 500) return { kind: "unreachable" };
  if (!reply.ok) {
    const [problem] = readFieldProblems(reply.body);
    return { kind: "invalid", reason: problem?.text ?? readServerMessage(reply.body) };
  }
  return readVerification(reply.body);
}

/** The 200 body, checked: anything unexpected counts as not verified rather than as verified. */
export function readVerification(body: unknown): Verification {
  if (typeof body !== "object" || body === null) return { kind: "unreachable" };
  if (Reflect.get(body, "valid") === false) {
    return { kind: "invalid", reason: asServerText(Reflect.get(body, "reason")) };
  }
  const statement: unknown = Reflect.get(body, "statement");
  if (Reflect.get(body, "valid") !== true || !isStatement(statement)) return { kind: "unreachable" };
  return { kind: "valid", statement };
}

function isStatement(value: unknown): value is VerifiedStatement {
  if (typeof value !== "object" || value === null) return false;
  const texts = ["id", "issuedOn", "bhxhNumber", "fullName"].every(
    (key) => typeof Reflect.get(value, key) === "string",
  );
  const closed = Reflect.get(value, "closedThrough");
  const schemes: unknown = Reflect.get(value, "schemes");
  return (
    texts &&
    (closed === null || typeof closed === "string") &&
    Array.isArray(schemes) &&
    schemes.every(
      (s: unknown) =>
        typeof s === "object" &&
        s !== null &&
        asServerText(Reflect.get(s, "name")) !== null &&
        ["months", "employeeTotal", "employerTotal", "unpaidMonths"].every((key) =>
          Number.isInteger(Reflect.get(s, key)),
        ),
    )
  );
}
