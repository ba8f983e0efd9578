import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { childRegistrationShape } from "../../use-cases/child-registration/child-registration-form";
import { dossierFormLimits } from "../registrations/read-registration-form";
import type { RouteContext } from "../route-context";
import { registerPostChildRegistration } from "./post-child-registration";

/** "Đăng ký tài khoản cho con" (issue 3, item 7): a signed-in parent files for a child of their household. */
export async function registerChildRegistrationRoutes(
  app: FastifyInstance,
  options: { context: RouteContext },
) {
  // Multipart is parsed only in this scope, with the same limits as the registration form.
  await app.register(multipart, {
    limits: dossierFormLimits(childRegistrationShape),
    throwFileSizeLimit: false,
  });
  registerPostChildRegistration(app, options.context);
}
