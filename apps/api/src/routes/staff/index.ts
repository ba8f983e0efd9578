import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../route-context";
import { registerDossierRoutes } from "./dossiers";
import { registerGetStaffMe } from "./get-staff-me";
import { registerStaffHelpChatRoutes } from "./help";
import { registerGetPersonRecords } from "./persons/get-person-records";
import { registerStaffPetitionRoutes } from "./petitions";
import { registerPostStaffLogin } from "./post-staff-login";
import { registerPostStaffLogout } from "./post-staff-logout";
import { registerStaffServiceRequestRoutes } from "./service-requests";
import { registerGetStaffSms } from "./sms/get-staff-sms";
import { registerStaffUserRoutes } from "./users";
import { registerGetVisitReports } from "./visit-reports/get-visit-reports";

export async function registerStaffRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  registerPostStaffLogin(app, options.context);
  registerGetStaffMe(app, options.context);
  registerPostStaffLogout(app, options.context);
  registerDossierRoutes(app, options.context);
  registerGetStaffSms(app, options.context);
  registerStaffUserRoutes(app, options.context);
  registerGetPersonRecords(app, options.context);
  registerGetVisitReports(app, options.context);
  registerStaffServiceRequestRoutes(app, options.context);
  await app.register(registerStaffHelpChatRoutes, { prefix: "/help", context: options.context });
  await app.register(registerStaffPetitionRoutes, { prefix: "/petitions", context: options.context });
}
