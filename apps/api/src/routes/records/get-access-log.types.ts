import { staffRoles } from "@ansinh/domain";
import { z } from "zod";
import type { AccessLogView } from "../../use-cases/records/read-access-log";
import { accessWhatName } from "../../use-cases/records/record-names";
import { asOf, bilingualText } from "./record-shapes.types";

export const accessLogResponse = z.object({
  asOf,
  items: z
    .array(
      z.object({
        at: z.iso.datetime(),
        officeName: z.string(),
        staffRole: z.enum(staffRoles),
        what: bilingualText,
        why: z.string(),
      }),
    )
    .describe("Newest first; staff names are not shown"),
});

export function presentAccessLog(view: AccessLogView): z.infer<typeof accessLogResponse> {
  return {
    asOf: view.asOf.toISOString(),
    items: view.items.map((e) => ({
      at: e.at.toISOString(),
      officeName: e.officeName,
      staffRole: e.staffRole,
      what: accessWhatName(e.what),
      why: e.why,
    })),
  };
}
