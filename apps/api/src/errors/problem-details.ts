import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, type AppErrorCode, appErrorStatus, type Bilingual, type FieldProblem } from "./app-error";
import { RateLimitReached } from "./rate-limited";
import { fieldProblemsFromZod } from "./zod-field-problems";

/**
 * Every error leaves as RFC 9457 problem+json with a bilingual title and per-field messages. Nothing
 * internal (stack, SQL, driver message) ever reaches the client; it goes to the log with the request id.
 */
interface Problem {
  type: string;
  title: string;
  status: number;
  detail: Bilingual;
  instance: string;
  requestId: string;
  errors?: FieldProblem[];
}

const titles: Record<AppErrorCode | "internal", Bilingual> = {
  validation: { vi: "Dữ liệu gửi lên chưa hợp lệ", en: "Some of the data sent is not valid" },
  unauthenticated: { vi: "Bạn cần đăng nhập", en: "You need to sign in" },
  session_replaced: {
    vi: "Tài khoản đã được đăng nhập trên thiết bị khác",
    en: "The account was signed in on another device",
  },
  forbidden: { vi: "Bạn không có quyền thực hiện thao tác này", en: "You are not allowed to do this" },
  password_change_required: {
    vi: "Cần đổi mật khẩu tạm thời",
    en: "The temporary password must be replaced",
  },
  not_found: { vi: "Không tìm thấy", en: "Not found" },
  conflict: { vi: "Yêu cầu xung đột với dữ liệu hiện có", en: "The request conflicts with existing data" },
  locked: { vi: "Tài khoản đang tạm khoá", en: "The account is temporarily locked" },
  rate_limited: {
    vi: "Bạn thao tác quá nhanh, vui lòng thử lại sau",
    en: "Too many requests, try again later",
  },
  unavailable: { vi: "Dịch vụ tạm thời gián đoạn", en: "The service is temporarily unavailable" },
  internal: { vi: "Đã có lỗi xảy ra, vui lòng thử lại", en: "Something went wrong, please try again" },
};

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  code: AppErrorCode | "internal",
  detail: Bilingual,
  errors?: FieldProblem[],
  status: number = code === "internal" ? 500 : appErrorStatus[code],
) {
  const problem: Problem = {
    type: `/api/problems/${code}`,
    title: titles[code].en,
    status,
    detail,
    instance: request.url,
    requestId: request.id,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.status(status).type("application/problem+json").send(problem);
}

/** fallback may answer a request no route matched (the web apps' client-side routes). */
export function registerProblemDetails(
  app: FastifyInstance,
  fallback?: (request: FastifyRequest, reply: FastifyReply) => boolean,
) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof RateLimitReached) reply.header("retry-after", String(error.retryAfterSeconds));
    if (error instanceof AppError) return send(reply, request, error.code, error.title, error.fields);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = fieldProblemsFromZod(error.validation, error.validationContext ?? "body");
      return send(reply, request, "validation", titles.validation, fields);
    }
    // Errors raised by Fastify itself for a malformed request (bad JSON, wrong content type, too large).
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const code: AppErrorCode =
        error.statusCode === 404 ? "not_found" : error.statusCode === 429 ? "rate_limited" : "validation";
      const detail = code === "validation" ? describeClientError(error) : titles[code];
      return send(reply, request, code, detail, undefined, error.statusCode);
    }
    request.log.error({ err: error }, "unhandled error");
    return send(reply, request, "internal", titles.internal);
  });

  app.setNotFoundHandler((request, reply) => {
    if (fallback?.(request, reply)) return reply;
    return send(reply, request, "not_found", {
      vi: `Không có địa chỉ ${request.method} ${request.url}`,
      en: `There is no ${request.method} ${request.url}`,
    });
  });
}

function describeClientError(error: FastifyError): Bilingual {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { vi: "Nội dung gửi lên không phải JSON hợp lệ", en: "The request body is not valid JSON" };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { vi: "Nội dung gửi lên quá lớn", en: "The request body is too large" };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { vi: "Kiểu nội dung không được hỗ trợ", en: "This content type is not supported" };
    default:
      return titles.validation;
  }
}
