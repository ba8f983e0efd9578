import { z } from "zod";
import { bilingual } from "../service-requests/request-shapes.types";

/** `?page=` of the console's paged lists (1 first), spread last into each list's query (`...pageQuery.shape`). */
export const pageQuery = z.object({
  page: z.coerce
    .number(bilingual("Số trang phải là số", "The page must be a number"))
    .int(bilingual("Số trang phải là số nguyên", "The page must be a whole number"))
    .min(1, bilingual("Số trang từ 1 trở lên", "The page starts at 1"))
    .max(10_000, bilingual("Số trang quá lớn", "The page is too large"))
    .default(1),
});
