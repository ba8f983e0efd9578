import { z } from "zod";

const bilingual = (vi: string, en: string) => JSON.stringify({ vi, en });

export const citizenLoginBody = z.object({
  identifier: z
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
    ),
  password: z
    .string()
    .min(1, bilingual("Nhập mật khẩu", "Enter your password"))
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
