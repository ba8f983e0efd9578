import { z } from "zod";

/** Shapes shared by the records routes (the citizen's and the staff view of a person). */
export const bilingualText = z.object({ vi: z.string(), en: z.string() });

export const bilingual = (vi: string, en: string) => JSON.stringify({ vi, en });

/** When the server read the data: the app shows "cập nhật lúc …" from it. */
export const asOf = z.iso.datetime().describe("When the server read the data (ISO timestamp)");

export const isoDate = z.iso.date();
export const yearMonth = z
  .string()
  .regex(/^\d{4}-\d{2}$/)
  .describe("yyyy-mm");
export const vnd = z.number().int().describe("Whole đồng");

/** A name from a reference list, "" when the list does not hold the code (shown as the code alone). */
export const named = z.object({ code: z.string(), name: z.string() });
export const nameOf = (code: string, name: string | null) => ({ code: code.trim(), name: name ?? "" });
