import { z } from "zod";
import { bilingual } from "../records/record-shapes.types";
import { listQuery, pageOf, searchText } from "./look-up-shapes.types";

const textRequired = bilingual(
  "Vui lòng nhập mã số thuế, mã đơn vị hoặc tên đơn vị (ít nhất 2 ký tự)",
  "Please enter a tax code, unit code or employer name (at least 2 characters)",
);

export const employerListQuery = listQuery.extend({
  q: z
    .string(textRequired)
    .pipe(searchText({ vi: "Từ khóa tìm kiếm", en: "The search text" }).min(2, textRequired))
    .describe(
      "Tax code or unit code (exact), or name or part of it (diacritics optional); at least 2 characters",
    ),
});

/** Never any debt, status or contribution figure: see findEmployersPage. */
export const employerListResponse = pageOf(
  z.object({
    unitCode: z.string(),
    taxCode: z.string(),
    name: z.string(),
    address: z.string(),
    provinceCode: z.string(),
  }),
);
