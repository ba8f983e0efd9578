import { z } from "zod";
import type { ServiceOffer } from "../../use-cases/public-services/list-services";
import { localText } from "./request-shapes.types";

const serviceField = z.object({
  name: z.string(),
  kind: z.enum([
    "text",
    "longText",
    "choice",
    "date",
    "facility",
    "bankAccount",
    "money",
    "months",
    "consent",
    "bhxhNumber",
    "nationalId",
    "mobile",
  ]),
  label: localText,
  help: localText.optional(),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: localText })).optional(),
  monthOptions: z.array(z.number().int()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().int().optional(),
  withinMonths: z.number().int().optional(),
  when: z.object({ field: z.string(), equals: z.array(z.string()) }).optional(),
});

const serviceView = z.object({
  code: z.string(),
  name: localText,
  description: localText,
  fields: z.array(serviceField),
  documents: z.array(z.object({ code: z.string(), name: localText, required: z.boolean() })),
  workingDays: z.number().int(),
  payment: z.enum(["household_renewal", "voluntary_contribution"]).nullable(),
  available: z.boolean(),
  unavailableReason: localText.nullable(),
});

export const servicesResponse = z.object({ services: z.array(serviceView) });

export function presentServices(offers: ServiceOffer[]): z.infer<typeof servicesResponse> {
  return {
    services: offers.map(({ service, fields, available, unavailableReason }) => ({
      code: service.code,
      name: service.name,
      description: service.description,
      fields,
      documents: service.documents,
      workingDays: service.workingDays,
      payment: service.payment,
      available,
      unavailableReason,
    })),
  };
}
