import { z } from "zod";
import { listQuery, pageOf } from "./look-up-shapes.types";

export const officeListQuery = listQuery;

export const officeListResponse = pageOf(
  z.object({
    code: z.string(),
    name: z.string(),
    level: z.enum(["province", "grassroots"]),
    address: z.string(),
    phone: z.string(),
    email: z.string(),
    provinceCode: z.string(),
  }),
);
