import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../route-context";
import { registerGetOffices } from "./get-offices";

export async function registerOfficeRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  registerGetOffices(app, options.context);
}
