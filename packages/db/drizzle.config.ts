import { defineConfig } from "drizzle-kit";

// Only used to generate SQL migrations from the schema (`npm run db:generate`); migrations are applied
// at start by src/migrate.ts on PGlite and on PostgreSQL alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/db/src/schema/index.ts",
  out: "./packages/db/migrations",
});
