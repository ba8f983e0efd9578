import type { Db } from "@ansinh/db";
import type { FastifyInstance } from "fastify";
import { registerGetHealth } from "./get-health";

export async function registerSystemRoutes(app: FastifyInstance, options: { db: Db }) {
  registerGetHealth(app, options.db);
}
