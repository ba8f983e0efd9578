import { schema } from "@ansinh/db";
import { requestStatuses } from "@ansinh/domain";
import { z } from "zod";
import { staffActions } from "../../../use-cases/public-services/staff-actions";
import type { OfficeRequestView } from "../../../use-cases/public-services/view-office-request";
import { presentRequest, requestView } from "../../service-requests/request-shapes.types";

export const colleague = z.object({ id: z.uuid(), fullName: z.string() });

export const staffRequestView = requestView.extend({
  events: z.array(
    z.object({
      at: z.iso.datetime(),
      actor: z.enum(schema.requestActors),
      /** Staff see which colleague acted; the citizen does not. */
      staffName: z.string().nullable(),
      action: z.string(),
      fromStatus: z.enum(requestStatuses).nullable(),
      toStatus: z.enum(requestStatuses),
      note: z.string().nullable(),
    }),
  ),
  assignedStaffId: z.uuid().nullable(),
  person: z.object({
    bhxhNumber: z.string(),
    fullName: z.string(),
    birthDate: z.iso.date().nullable(),
    birthYear: z.number().int(),
    sex: z.enum(["male", "female"]),
    phone: z.string().nullable(),
    address: z.object({ line: z.string(), commune: z.string(), province: z.string().nullable() }),
    householdCode: z.string().nullable(),
  }),
  actions: z.array(z.enum(staffActions)).describe("What the caller may do now"),
  assignedStaff: colleague.nullable().describe("Who handles it now (a reviewer or admin of the office)"),
  assignees: z.array(colleague).describe("The office's reviewers and admins: whom it may be assigned to"),
});

export function presentStaffRequest(view: OfficeRequestView): z.infer<typeof staffRequestView> {
  const { person } = view;
  return {
    ...presentRequest(view),
    events: view.events.map((e) => ({ ...e, at: e.at.toISOString() })),
    assignedStaffId: view.request.assignedStaffId,
    person: {
      bhxhNumber: person.bhxhNumber,
      fullName: person.fullName,
      birthDate: person.birthDate,
      birthYear: person.birthYear,
      sex: person.sex,
      phone: person.phone,
      address: { line: person.addressLine, commune: person.commune, province: person.provinceName },
      householdCode: person.householdCode,
    },
    actions: view.actions,
    assignedStaff: view.assignedStaff,
    assignees: view.assignees,
  };
}
