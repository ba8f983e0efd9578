import { z } from "zod";

export const healthResponse = z.object({
  status: z.literal("ok"),
  database: z.object({
    kind: z.enum(["pglite", "postgres"]),
    migration: z.object({ version: z.string(), applied: z.number().int() }),
  }),
});
