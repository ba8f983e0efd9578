import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, dumpPgliteImage } from "../create-db";
import { migrate } from "../migrate";
import { adminQuery, databaseUrl, templateEnv } from "./test-databases";

/**
 * Vitest global setup: migrates one PGlite and (with TEST_DATABASE_URL) one PostgreSQL database once,
 * and lets every test file start from copies of them. Booting a PGlite from an image skips initdb
 * (about a second each on the CI machine) and the migrations; a PostgreSQL copy skips the migrations.
 * The workers read the environment set here; teardown removes both templates.
 */
export async function setup(): Promise<() => Promise<void>> {
  const id = randomBytes(6).toString("hex");
  const embedded = await createDb({ kind: "pglite" });
  await migrate(embedded);
  const imageFile = join(tmpdir(), `ansinh-test-pglite-${id}.tar`);
  await writeFile(imageFile, Buffer.from(await (await dumpPgliteImage(embedded)).arrayBuffer()));
  await embedded.close();
  process.env[templateEnv.pglite] = imageFile;

  const url = process.env.TEST_DATABASE_URL;
  const template = `ansinh_template_${id}`;
  if (url) {
    await adminQuery(url, `CREATE DATABASE ${template}`);
    const server = await createDb({ kind: "postgres", url: databaseUrl(url, template), poolSize: 1 });
    await migrate(server);
    // A template must have no open connection while it is copied.
    await server.close();
    process.env[templateEnv.postgres] = template;
  }

  return async () => {
    await rm(imageFile, { force: true });
    if (url) await adminQuery(url, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  };
}
