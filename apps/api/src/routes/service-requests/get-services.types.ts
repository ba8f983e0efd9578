import { serviceFieldSchema } from "@ansinh/domain";
import { z } from "zod";
import type { ServiceOffer } from "../../use-cases/public-services/list-services";
import { localText } from "./request-shapes.types";

const serviceView = z.object({
  code: z.string(),
  name: localText,
  description: localText,
  fields: z.array(serviceFieldSchema),
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
