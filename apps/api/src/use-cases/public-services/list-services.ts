import type { CitizenProfile } from "@ansinh/db";
import {
  type ServiceDefinition,
  type ServiceField,
  serviceCatalogue,
  serviceFieldsOn,
  vietnamDate,
} from "@ansinh/domain";
import type { RouteContext } from "../../routes/route-context";
import { findApplicant } from "./find-applicant";
import { type ServiceAvailability, serviceAvailability } from "./service-availability";

export interface ServiceOffer extends ServiceAvailability {
  service: ServiceDefinition;
  /** The fields with today's bounds (the voluntary income's floor and cap). */
  fields: ServiceField[];
}

/**
 * "Dịch vụ công": every service of the catalogue, each with whether the citizen may use it and why
 * not. Unavailable ones are listed too, so the citizen learns why rather than wondering where it is.
 */
export async function listServices(
  context: Pick<RouteContext, "db">,
  citizen: Pick<CitizenProfile, "personId">,
  now = new Date(),
): Promise<ServiceOffer[]> {
  const today = vietnamDate(now);
  const applicant = await findApplicant(context.db, citizen.personId, today);
  return serviceCatalogue.map((service) => ({
    service,
    fields: serviceFieldsOn(service, today),
    ...serviceAvailability(service, applicant, today),
  }));
}
