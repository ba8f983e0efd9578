import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { registrationShape } from "../../use-cases/registration/registration-form";
import type { RouteContext } from "../route-context";
import { registerPostRegistration } from "./post-registration";
import { dossierFormLimits } from "./read-registration-form";

export async function registerRegistrationRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  // Multipart is parsed only in this scope, with limits sized for the form (read-registration-form.ts).
  await app.register(multipart, { limits: dossierFormLimits(registrationShape), throwFileSizeLimit: false });
  registerPostRegistration(app, options.context);
}
