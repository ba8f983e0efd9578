import { z } from "zod";
import type { ProfileView } from "../../use-cases/records/read-profile";
import { asOf } from "./record-shapes.types";

export const profileFields = z.object({
  bhxhNumber: z.string(),
  fullName: z.string(),
  birthDate: z.iso.date().nullable().describe("null when the registry holds only the year"),
  birthYear: z.number().int(),
  sex: z.enum(["male", "female"]),
  nationalIdMasked: z.string().nullable().describe('e.g. "079*******23"'),
  phone: z.string().nullable().describe("The phone registered with the account"),
  email: z.string().nullable(),
  address: z.object({ line: z.string(), commune: z.string(), provinceName: z.string() }),
  household: z
    .object({
      code: z.string(),
      members: z.array(
        z.object({
          fullName: z.string(),
          birthYear: z.number().int(),
          relation: z.string().nullable().describe("Relation to the head: head, spouse, child, parent…"),
          self: z.boolean(),
          bhxhNumber: z
            .string()
            .nullable()
            .describe("Only for one's own children under 18: GET /api/me/children/{bhxhNumber}/card"),
        }),
      ),
    })
    .nullable(),
});

export const profileResponse = profileFields.extend({ asOf });

export function presentProfile(view: ProfileView): z.infer<typeof profileFields> {
  const p = view.profile;
  return {
    bhxhNumber: p.bhxhNumber,
    fullName: p.fullName,
    birthDate: p.birthDate,
    birthYear: p.birthYear,
    sex: p.sex,
    nationalIdMasked: view.nationalIdMasked,
    phone: p.phone,
    email: p.email,
    address: { line: p.addressLine, commune: p.commune, provinceName: p.provinceName ?? "" },
    household: p.household && {
      code: p.household.code,
      members: p.household.members.map((m) => ({
        fullName: m.fullName,
        birthYear: m.birthYear,
        relation: m.relation,
        self: m.self,
        bhxhNumber: view.openableMembers.has(m.bhxhNumber) ? m.bhxhNumber : null,
      })),
    },
  };
}
