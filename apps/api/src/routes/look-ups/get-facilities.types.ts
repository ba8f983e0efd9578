import { z } from "zod";
import { bilingual } from "../records/record-shapes.types";
import { listQuery, optionalField, pageOf } from "./look-up-shapes.types";

const levels = ["initial", "basic", "specialised"] as const;

export const facilityListQuery = listQuery.extend({
  level: optionalField(
    z.enum(
      levels,
      bilingual(
        "Tuyến phải là initial (ban đầu), basic (cơ bản) hoặc specialised (chuyên sâu)",
        "The level must be initial, basic or specialised",
      ),
    ),
  ).describe("Levels of the 2024 Health Insurance Law"),
  sickLeave: optionalField(
    z
      .enum(
        ["true", "false"],
        bilingual("sickLeave phải là true hoặc false", "sickLeave must be true or false"),
      )
      .transform((value) => value === "true"),
  ).describe("true: only facilities that issue sick-leave certificates; false: only those that do not"),
});

export const facilityListResponse = pageOf(
  z.object({
    code: z.string(),
    name: z.string(),
    level: z.enum(levels),
    issuesSickLeave: z.boolean().describe("Issues sick-leave certificates (giấy nghỉ ốm)"),
    address: z.string(),
    commune: z.string(),
    provinceCode: z.string(),
  }),
);
