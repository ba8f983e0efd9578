import { z } from "zod";
import type { OfficePetition } from "../../../use-cases/help/petitions/office-petitions";
import { petitionView, presentPetition } from "../../help/petitions/petition-shapes.types";

const STAFF_PETITIONS = "/api/staff/petitions";

export const staffMember = z.object({ id: z.uuid(), name: z.string() });

/** The petition as staff of its office see it: the citizen's view, plus who sent it and who handles it. */
const staffPetitionView = petitionView.extend({
  person: z.object({ name: z.string(), bhxhNumber: z.string() }),
  assignedStaff: staffMember.nullable(),
  repliedByName: z.string().nullable(),
});

export const staffPetitionResponse = z.object({ petition: staffPetitionView });

export function presentStaffPetition(petition: OfficePetition): z.infer<typeof staffPetitionResponse> {
  return {
    petition: {
      ...presentPetition(petition, STAFF_PETITIONS),
      person: petition.person,
      assignedStaff: petition.assignedStaff,
      repliedByName: petition.repliedByName,
    },
  };
}
