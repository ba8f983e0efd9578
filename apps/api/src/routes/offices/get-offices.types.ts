import { z } from "zod";

export const officesQuery = z.object({
  province: z
    .string()
    .regex(/^\d{2}$/, JSON.stringify({ vi: "Mã tỉnh gồm 2 chữ số", en: "The province code has 2 digits" }))
    .optional(),
});

export const officesResponse = z.object({
  offices: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      level: z.enum(["province", "grassroots"]),
      /** New (34-list) province code. */
      provinceCode: z.string(),
      address: z.string(),
      phone: z.string(),
    }),
  ),
});
