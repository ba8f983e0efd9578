import { z } from "zod";

export const helpContactResponse = z.object({
  office: z.object({ code: z.string(), name: z.string(), email: z.string(), address: z.string() }),
  bhxhNumber: z.string(),
  hotline: z.string(),
});
