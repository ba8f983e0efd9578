import { z } from "zod";
import { bilingual } from "../records/record-shapes.types";
import { listQuery, optionalField, pageOf, searchText } from "./look-up-shapes.types";

const nearMessage = bilingual(
  "Vị trí phải có dạng vĩ độ,kinh độ, ví dụ 10.7769,106.7009",
  "The position must be latitude,longitude, e.g. 10.7769,106.7009",
);

/** "10.7769,106.7009" → { latitude, longitude }, each within its range. */
const position = z
  .string(nearMessage)
  .regex(/^-?\d{1,3}(\.\d{1,10})?,\s*-?\d{1,3}(\.\d{1,10})?$/, nearMessage)
  .transform((text, ctx) => {
    const [latitude, longitude] = text.split(",").map(Number) as [number, number];
    if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) return { latitude, longitude };
    ctx.addIssue({
      code: "custom",
      message: bilingual(
        "Vĩ độ phải từ -90 đến 90 và kinh độ từ -180 đến 180",
        "The latitude must be from -90 to 90 and the longitude from -180 to 180",
      ),
    });
    return z.NEVER;
  });

export const collectionPointListQuery = listQuery
  .extend({
    commune: optionalField(searchText({ vi: "Tên xã, phường", en: "The commune" })).describe(
      "Commune (xã, phường) name or part of it, diacritics optional",
    ),
    kind: optionalField(
      z.enum(
        ["point", "agent"],
        bilingual("Loại phải là point (điểm thu) hoặc agent (đại lý thu)", "The kind must be point or agent"),
      ),
    ),
    near: optionalField(position).describe(
      "latitude,longitude: nearest first; without a province only points within 30 km",
    ),
  })
  .superRefine((query, ctx) => {
    if (query.province !== undefined || query.near !== undefined) return;
    ctx.addIssue({
      code: "custom",
      path: ["province"],
      message: bilingual(
        "Vui lòng chọn tỉnh, thành phố hoặc tìm theo vị trí của bạn",
        "Please choose a province or search near your position",
      ),
    });
  });

export const collectionPointListResponse = pageOf(
  z.object({
    code: z.string(),
    kind: z.enum(["point", "agent"]),
    name: z.string(),
    address: z.string(),
    commune: z.string(),
    provinceCode: z.string(),
    phone: z.string(),
    officeCode: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    distanceKm: z.number().nullable().describe("From `near`, 2 decimals; null without it"),
  }),
);
