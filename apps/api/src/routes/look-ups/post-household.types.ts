import { bhxhNumberSchema } from "@ansinh/domain";
import { z } from "zod";
import { bilingualText } from "../records/record-shapes.types";
import { altchaField, fullNameField } from "./post-bhxh-number.types";

export const householdBody = z.object({
  bhxhNumber: bhxhNumberSchema.describe("10 digits"),
  fullName: fullNameField,
  altcha: altchaField,
});

export const householdResponse = z.object({
  members: z
    .array(z.object({ maskedName: z.string(), birthYear: z.number().int(), relation: bilingualText }))
    .describe("The head first, then by year of birth; empty whatever the reason nothing matched"),
});
