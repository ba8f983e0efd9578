import { helpTextLimits } from "@ansinh/domain";
import type { FieldProblem } from "../../../errors/app-error";
import { sanitizeImage } from "../../../uploads/sanitize-image";
import { UploadRejected } from "../../../uploads/upload-rejected";
import type { FormOf, FormShape } from "../../registration/registration-form";
import { invalidMessage } from "./chat-errors";

/** A chat message as both the citizen and staff send it: multipart with an optional picture. */
export const chatMessageShape = {
  text: ["clientKey", "body"],
  files: ["image"],
} as const satisfies FormShape<string, string>;

export type ChatMessageForm = FormOf<typeof chatMessageShape>;

const BODY_MAX = helpTextLimits.chatMessage;
const CLIENT_KEY = /^[A-Za-z0-9_-]{8,64}$/;

/** The client key, or null when it is missing or malformed (reported by parseChatMessage). */
export function clientKeyOf(form: ChatMessageForm): string | null {
  const key = form.fields.clientKey?.trim() ?? "";
  return CLIENT_KEY.test(key) ? key : null;
}

export interface ChatMessageInput {
  clientKey: string;
  body: string | null;
  /** Sanitised (decoded and re-encoded as JPEG), ready to store. */
  image: Buffer | null;
}

const problem = (field: string, code: string, vi: string, en: string): FieldProblem => ({
  field: `body.${field}`,
  code,
  vi,
  en,
});

/** Checks every field at once (all problems reported together) and sanitises the picture. */
export async function parseChatMessage(form: ChatMessageForm): Promise<ChatMessageInput> {
  const problems: FieldProblem[] = [];
  const clientKey = clientKeyOf(form);
  if (!clientKey) {
    problems.push(
      problem(
        "clientKey",
        "client_key.invalid",
        "Mã tin nhắn phải có 8–64 ký tự chữ, số, “-” hoặc “_”. Vui lòng tải lại trang.",
        "The message key must be 8–64 letters, digits, “-” or “_”. Please reload the page.",
      ),
    );
  }
  const body = (form.fields.body ?? "").normalize("NFC").trim();
  if (body.length > BODY_MAX) {
    problems.push(
      problem(
        "body",
        "body.too_long",
        `Tin nhắn tối đa ${BODY_MAX} ký tự`,
        `A message can be at most ${BODY_MAX} characters`,
      ),
    );
  }
  const upload = form.files.image;
  let image: Buffer | null = null;
  if (upload && upload.length > 0) {
    try {
      image = (await sanitizeImage(upload)).data;
    } catch (error) {
      if (!(error instanceof UploadRejected)) throw error;
      problems.push({ field: "body.image", code: error.code, ...error.detail });
    }
  } else if (body.length === 0) {
    problems.push(
      problem(
        "body",
        "body.required",
        "Vui lòng nhập tin nhắn hoặc chọn ảnh",
        "Please write a message or choose a picture",
      ),
    );
  }
  if (problems.length > 0 || !clientKey) throw invalidMessage(problems);
  return { clientKey, body: body.length > 0 ? body : null, image };
}
