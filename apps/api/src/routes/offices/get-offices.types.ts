import type { PublicOffice } from "@ansinh/db";
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

/** The office picker's fields, one by one (the e-mail is for the help desk's contact card). */
export const presentOffice = (o: PublicOffice): z.infer<typeof officesResponse>["offices"][number] => ({
  code: o.code,
  name: o.name,
  level: o.level,
  provinceCode: o.provinceCode,
  address: o.address,
  phone: o.phone,
});
