import { z } from "zod";

const bilingual = (vi: string, en: string) => JSON.stringify({ vi, en });

export const staffLoginBody = z.object({
  identifier: z
    .string()
    .trim()
    .min(1, bilingual("Nhập e-mail hoặc tên đăng nhập", "Enter your e-mail or username"))
    .max(200, bilingual("E-mail hoặc tên đăng nhập quá dài", "The e-mail or username is too long")),
  password: z
    .string()
    .min(1, bilingual("Nhập mật khẩu", "Enter your password"))
    .max(200, bilingual("Mật khẩu quá dài", "The password is too long")),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, bilingual("Mã xác thực gồm 6 chữ số", "The authentication code has 6 digits")),
});
