import { newProvince } from "@ansinh/domain";
import { z } from "zod";
import { bilingual, plainText } from "../records/record-shapes.types";

/** Shapes shared by the look-up routes: the filters every list takes, and the page around the items. */

/** The last page anyone may ask for: 20 000 rows in, a search needs narrowing rather than paging. */
const MAX_PAGE = 1_000;

/**
 * A value a form leaves empty ("province=", "birthDate": "") counts as not given, so a form may send
 * every field it has.
 */
export function optionalField<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess(blankAsAbsent, schema.optional());
}

const blankAsAbsent = (value: unknown) => (value === "" ? undefined : value);

/** A (new, 34-list) province code that exists, e.g. "79". */
export const provinceCode = z
  .string(bilingual("Mã tỉnh phải là văn bản", "The province code must be text"))
  .regex(/^\d{2}$/, bilingual("Mã tỉnh gồm 2 chữ số", "The province code has 2 digits"))
  .superRefine((code, ctx) => {
    // A malformed code has had its message from the regex already.
    if (!/^\d{2}$/.test(code) || newProvince(code)) return;
    ctx.addIssue({
      code: "custom",
      message: bilingual(
        `Không có tỉnh, thành phố nào mã ${code} trong 34 tỉnh, thành phố`,
        `No province of the 34 has the code ${code}`,
      ),
    });
  })
  .describe('Code of one of the 34 provinces (from 01/07/2025), e.g. "79"');

/** Free text typed in a search box: no control characters (PostgreSQL cannot even hold NUL). */
export function searchText(label: { vi: string; en: string }) {
  return plainText(label, { notText: bilingual(`${label.vi} phải là văn bản`, `${label.en} must be text`) })
    .trim()
    .max(100, bilingual(`${label.vi} tối đa 100 ký tự`, `${label.en} can have at most 100 characters`));
}

const pageMessage = bilingual(
  `Số trang phải là số nguyên từ 1 đến ${MAX_PAGE}`,
  `The page must be a whole number from 1 to ${MAX_PAGE}`,
);

/** The query of every list: an optional text and province, and the page (20 rows each, from 1). */
export const listQuery = z.object({
  q: optionalField(
    searchText({ vi: "Từ khóa tìm kiếm", en: "The search text" }).describe(
      "Name or part of it, with or without diacritics; small typos are forgiven",
    ),
  ),
  province: optionalField(provinceCode),
  page: z
    .preprocess(
      blankAsAbsent,
      z.coerce
        .number(pageMessage)
        // A number too large to be whole-and-safe is too large for max() too: one message is enough.
        .int({ error: pageMessage, abort: true })
        .min(1, pageMessage)
        .max(MAX_PAGE, pageMessage)
        .default(1),
    )
    .describe(`From 1 (the default) to ${MAX_PAGE}; 20 items a page`),
});

/** The answer of every list around its items. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().describe("Items on all pages"),
  });
}

/** The look-ups' descriptions end with how the lists sort and what limits them. */
export const LIST_RULES =
  "Anonymous. Sorted in Vietnamese alphabetical order (as compareVietnamese). A text matches when all its words appear in the name, diacritics and case ignored; only when nothing matches so are names similar to it (pg_trgm) listed instead. At most 60 requests a minute from one address (429 with Retry-After).";
