import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** COPY … FROM STDIN on one pooled connection: the fast path for the synthetic population. */
export async function copyIn(pool: pg.Pool, table: string, columns: readonly string[], text: string) {
  const client = await pool.connect();
  try {
    const sink = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
    await pipeline(Readable.from([text]), sink);
  } finally {
    client.release();
  }
}
