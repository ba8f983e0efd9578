import { type Db, migrationState } from "@ansinh/db";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AppError } from "../../errors/app-error";
import { healthResponse } from "./get-health.types";

/** Who may call: anyone (load balancers, uptime checks). It reveals only the database kind and schema version. */
export function registerGetHealth(app: FastifyInstance, db: Db) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/health",
    {
      schema: {
        tags: ["system"],
        summary: "Liveness and database readiness",
        response: { 200: healthResponse },
      },
    },
    async () => {
      try {
        return { status: "ok" as const, database: { kind: db.kind, migration: await migrationState(db) } };
      } catch {
        throw new AppError("unavailable", {
          vi: "Không kết nối được cơ sở dữ liệu",
          en: "The database cannot be reached",
        });
      }
    },
  );
}
