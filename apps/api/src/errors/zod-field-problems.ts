import type { FastifySchemaValidationError } from "fastify/types/schema";
import type { Bilingual, FieldProblem } from "./app-error";

/**
 * Turns Zod issues into per-field problems. Domain schemas attach their own bilingual text to an issue
 * (see bilingualOf); anything else gets a generic message per Zod issue code.
 */
export function fieldProblemsFromZod(
  issues: readonly FastifySchemaValidationError[],
  context: string,
): FieldProblem[] {
  return issues.map((issue) => {
    // fastify-type-provider-zod keeps the Zod issue's own fields (expected, minimum, params…) in params.
    const zodIssue: ZodIssueLike = { ...issue.params, code: issue.keyword, message: issue.message ?? "" };
    const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
    return {
      field: path ? `${context}.${path}` : context,
      code: zodIssue.code,
      ...(bilingualOf(zodIssue) ?? genericMessage(zodIssue)),
    };
  });
}

interface ZodIssueLike {
  code: string;
  message: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
  params?: Record<string, unknown>;
}

/** A domain schema puts { vi, en } in the issue params (custom issues) or encodes it as JSON in the message. */
function bilingualOf(issue: ZodIssueLike): Bilingual | undefined {
  if (isBilingual(issue.params)) return { vi: issue.params.vi, en: issue.params.en };
  if (issue.message.startsWith("{")) {
    try {
      const parsed: unknown = JSON.parse(issue.message);
      if (isBilingual(parsed)) return { vi: parsed.vi, en: parsed.en };
    } catch {
      // Not JSON after all: fall back to the generic message.
    }
  }
  return undefined;
}

function isBilingual(value: unknown): value is Bilingual {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Bilingual).vi === "string" &&
    typeof (value as Bilingual).en === "string"
  );
}

function genericMessage(issue: ZodIssueLike): Bilingual {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? { vi: "Trường này là bắt buộc", en: "This field is required" }
        : { vi: "Giá trị không đúng kiểu dữ liệu", en: `Expected ${issue.expected ?? "another type"}` };
    case "too_small":
      return {
        vi: `Giá trị quá ngắn hoặc quá nhỏ (tối thiểu ${issue.minimum})`,
        en: `Too short or too small (minimum ${issue.minimum})`,
      };
    case "too_big":
      return {
        vi: `Giá trị quá dài hoặc quá lớn (tối đa ${issue.maximum})`,
        en: `Too long or too large (maximum ${issue.maximum})`,
      };
    case "invalid_format":
      return { vi: "Giá trị không đúng định dạng", en: "The value is not in the expected format" };
    case "invalid_value":
      return {
        vi: "Giá trị không nằm trong danh sách cho phép",
        en: "The value is not one of those allowed",
      };
    case "unrecognized_keys":
      return { vi: "Có trường không được phép", en: "The request contains fields that are not allowed" };
    default:
      return { vi: "Giá trị không hợp lệ", en: "The value is not valid" };
  }
}
