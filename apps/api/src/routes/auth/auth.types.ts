import { parseMobile } from "@ansinh/domain";
import { z } from "zod";

const bilingual = (vi: string, en: string) => JSON.stringify({ vi, en });

const identifier = z
  .string()
  .transform((s) => s.replace(/\s/g, ""))
  .pipe(
    z
      .string()
      .regex(
        /^(\d{9}|\d{10}|\d{12})$/,
        bilingual(
          "Nhập mã số BHXH (10 chữ số) hoặc số CCCD (12 chữ số)",
          "Enter your social insurance number (10 digits) or ID number (12 digits)",
        ),
      ),
  );

const base64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/, bilingual("Dữ liệu thiết bị không hợp lệ", "The device data is not valid"));

/** The app's proof that it holds its device key (see auth/device-proof.ts). */
const deviceProof = z.object({
  publicKey: z.object({ kty: z.literal("EC"), crv: z.literal("P-256"), x: base64url(64), y: base64url(64) }),
  nonce: base64url(64),
  signature: base64url(128),
  label: z
    .string()
    .max(200)
    .transform((s) => s.replace(/[^\p{L}\p{N} .,()/_-]/gu, "").slice(0, 100) || "?"),
});

export const citizenLoginBody = z.object({
  identifier,
  password: z
    .string()
    .min(1, bilingual("Nhập mật khẩu", "Enter your password"))
    .max(200, bilingual("Mật khẩu quá dài", "The password is too long")),
  /** Required while device binding is on (the default). */
  device: deviceProof.optional(),
});

export const deviceChallengeResponse = z.object({ nonce: z.string(), expiresInSeconds: z.number() });

/** 202 from /login: the account is in use on another phone; an OTP will move it here. */
export const deviceChangeResponse = z.object({ ticket: z.string(), phoneMasked: z.string() });

const ticket = z
  .string()
  .min(1, bilingual("Thiếu mã phiên xác thực", "The verification ticket is missing"))
  .max(100);

const otpCode = z
  .string()
  .transform((s) => s.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, bilingual("Mã OTP gồm 6 chữ số", "The code has 6 digits")));

export const otpTicketBody = z.object({ ticket });

export const otpSentResponse = z.object({
  phoneMasked: z.string(),
  expiresInSeconds: z.number(),
  resendInSeconds: z.number(),
});

export const deviceChangeBody = z.object({ ticket, code: otpCode });

export const passwordResetBody = z.object({
  identifier,
  phone: z
    .string()
    .max(30)
    .transform((s, ctx) => {
      const parsed = parseMobile(s);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: bilingual(parsed.error.vi, parsed.error.en) });
      return z.NEVER;
    }),
});

export const passwordResetStarted = otpSentResponse.extend({ ticket: z.string() });

export const passwordResetConfirmBody = z.object({
  ticket,
  code: otpCode,
  newPassword: z
    .string()
    .min(1, bilingual("Nhập mật khẩu mới", "Enter a new password"))
    .max(200, bilingual("Mật khẩu quá dài", "The password is too long")),
});

export const changePasswordBody = z.object({
  currentPassword: z
    .string()
    .min(1, bilingual("Nhập mật khẩu hiện tại", "Enter your current password"))
    .max(200),
  newPassword: z
    .string()
    .min(1, bilingual("Nhập mật khẩu mới", "Enter a new password"))
    .max(200, bilingual("Mật khẩu quá dài", "The password is too long")),
});

/** What the app learns about the signed-in person: enough for the header and the forced change. */
export const citizenMeResponse = z.object({
  bhxhNumber: z.string(),
  fullName: z.string(),
  mustChangePassword: z.boolean(),
});

export const presentCitizen = (c: { bhxhNumber: string; fullName: string; mustChangePassword: boolean }) => ({
  bhxhNumber: c.bhxhNumber,
  fullName: c.fullName,
  mustChangePassword: c.mustChangePassword,
});
