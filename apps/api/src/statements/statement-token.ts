import { type KeyObject, sign, verify } from "node:crypto";
import { z } from "zod";
import type { StatementContent } from "./statement-content";
import { statementIdPattern } from "./statement-content";
import type { SchemeCode } from "./statement-source";

/**
 * The token in a statement's QR, `<payload>.<signature>`: the payload is the base64url of a compact
 * JSON of the statement's content, the signature an Ed25519 signature over the payload's bytes (the
 * JSON's UTF-8), in base64url. Short keys and scheme codes keep the QR small enough to print at 3 cm:
 *
 *   {"v":1,"id":"…","d":"2026-05-10","n":"7901234567","fn":"Nguyễn Văn An","c":"2026-04",
 *    "s":[["XHBB",<months>,<employee total>,<employer total>,<unpaid months>],…]}
 */

const wireSchemes: Record<SchemeCode, string> = {
  bhxh_compulsory: "XHBB",
  bhxh_voluntary: "XHTN",
  unemployment: "BHTN",
  occupational_accident: "TNLD",
  health_insurance: "BHYT",
};
const schemeOfWire = new Map(
  Object.entries(wireSchemes).map(([scheme, wire]) => [wire, scheme as SchemeCode]),
);

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const wireContent = z.strictObject({
  v: z.literal(1),
  id: z.string().regex(statementIdPattern),
  d: z.iso.date(),
  n: z.string().regex(/^\d{10}$/),
  fn: z.string().min(1).max(200),
  c: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .nullable(),
  s: z
    .array(
      z.tuple([
        z.string().refine((code) => schemeOfWire.has(code)),
        count.max(12 * 100),
        count,
        count,
        count.max(12 * 100),
      ]),
    )
    .max(10),
});

/** The canonical bytes of a content: the same content always gives the same bytes. */
export function encodeStatement(content: StatementContent): Buffer {
  const wire: z.infer<typeof wireContent> = {
    v: 1,
    id: content.id,
    d: content.issuedOn,
    n: content.bhxhNumber,
    fn: content.fullName.normalize("NFC"),
    c: content.closedThrough,
    s: content.schemes.map((s) => [
      wireSchemes[s.scheme],
      s.months,
      s.employeeTotal,
      s.employerTotal,
      s.unpaidMonths,
    ]),
  };
  return Buffer.from(JSON.stringify(wire), "utf8");
}

function decodeStatement(bytes: Buffer): StatementContent | undefined {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
  const parsed = wireContent.safeParse(json);
  if (!parsed.success) return undefined;
  const w = parsed.data;
  return {
    id: w.id,
    issuedOn: w.d,
    bhxhNumber: w.n,
    fullName: w.fn,
    closedThrough: w.c,
    schemes: w.s.map(([code, months, employeeTotal, employerTotal, unpaidMonths]) => ({
      scheme: schemeOfWire.get(code) as SchemeCode,
      months,
      employeeTotal,
      employerTotal,
      unpaidMonths,
    })),
  };
}

export function signStatement(content: StatementContent, privateKey: KeyObject): string {
  const payload = encodeStatement(content);
  const signature = sign(null, payload, privateKey);
  return `${payload.toString("base64url")}.${signature.toString("base64url")}`;
}

interface Bilingual {
  vi: string;
  en: string;
}

type StatementVerification =
  | { valid: true; statement: StatementContent }
  | { valid: false; reason: Bilingual };

export const invalidReasons = {
  malformed: {
    vi: "Đây không phải mã xác minh của một bản xác nhận: mã bị thiếu, thừa hoặc sai ký tự. Hãy quét lại mã QR trên giấy.",
    en: "This is not the verification code of a statement: characters are missing, extra or wrong. Scan the QR code on the paper again.",
  },
  signature: {
    vi: "Chữ ký không khớp với nội dung: văn bản đã bị sửa, hoặc không do Bảo hiểm xã hội Việt Nam cấp.",
    en: "The signature does not match the content: the document has been altered, or was not issued by Vietnam Social Security.",
  },
  unreadable: {
    vi: "Chữ ký đúng nhưng trang này không đọc được nội dung văn bản. Hãy liên hệ cơ quan BHXH để được kiểm tra.",
    en: "The signature is right but this page cannot read the document's content. Ask a social insurance office to check it.",
  },
} as const satisfies Record<string, Bilingual>;

/** Longer than any real token (a payload of a few hundred bytes and a 64-byte signature). */
const MAX_TOKEN_LENGTH = 4096;
const base64url = /^[A-Za-z0-9_-]+$/;

/** Checks a token against the public key; never throws on any input. */
export function verifyStatementToken(token: string, publicKey: KeyObject): StatementVerification {
  const parts = token.trim().split(".");
  const [payloadText, signatureText] = parts;
  if (
    parts.length !== 2 ||
    !payloadText ||
    !signatureText ||
    token.length > MAX_TOKEN_LENGTH ||
    !base64url.test(payloadText) ||
    !base64url.test(signatureText)
  ) {
    return { valid: false, reason: invalidReasons.malformed };
  }
  const payload = Buffer.from(payloadText, "base64url");
  const signature = Buffer.from(signatureText, "base64url");
  // Base64url has spare bits in its last character: only the canonical spelling is accepted, so that
  // no two tokens stand for the same bytes and every changed character is noticed.
  if (payload.toString("base64url") !== payloadText || signature.toString("base64url") !== signatureText) {
    return { valid: false, reason: invalidReasons.malformed };
  }
  if (signature.length !== 64) return { valid: false, reason: invalidReasons.malformed };
  if (!verify(null, payload, publicKey, signature)) return { valid: false, reason: invalidReasons.signature };
  const statement = decodeStatement(payload);
  if (!statement) return { valid: false, reason: invalidReasons.unreadable };
  return { valid: true, statement };
}
