import { createHash } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema";

type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** Embedded PGlite (persisted in a directory, or in memory when dataDir is omitted) or a PostgreSQL URL. */
export type DbConfig =
  | {
      kind: "pglite";
      dataDir?: string /** A data directory image (dumpPgliteImage) to start from. */;
      image?: Blob;
    }
  | { kind: "postgres"; url: string; poolSize?: number };

/** Raw SQL access, the same inside and outside a transaction. */
export interface SqlRunner {
  /** Runs raw SQL (several statements allowed, no parameters): migrations and maintenance only. */
  exec(sql: string): Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Db extends SqlRunner {
  kind: DbConfig["kind"];
  orm: Database;
  /** Runs fn in one transaction on one connection; rolls back if it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Loads rows given as PostgreSQL COPY text format (tab-separated, \N for null) into a table. */
  copyIn(table: string, columns: readonly string[], text: string): Promise<void>;
  /**
   * Calls onNotify with the payload of each NOTIFY on the channel (from any process on the same
   * database) until the returned function is called. A hint to act now, not a queue: notifications
   * may be lost, so listeners also read the state itself. When the listening connection had dropped
   * and listens again, onReconnect is called: whatever was sent in between is lost, so the listener
   * should re-read the state (an embedded database never drops it).
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export async function createDb(config: DbConfig): Promise<Db> {
  return config.kind === "pglite" ? createPgliteDb(config.dataDir, config.image) : createPostgresDb(config);
}

const pgliteExtensions = { pg_trgm, unaccent };

function pgliteRunner(client: Pick<PGlite, "exec" | "query">): SqlRunner {
  return {
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await client.query<Row>(sql, params)).rows,
  };
}

/**
 * The name a statement is prepared under on each connection: the same text, the same name. The
 * application's statements are a fixed set of texts with parameters, and preparing them saves the
 * planning of each execution — on the short queries of a signed-in request, planning took several
 * times longer than running (0.65 ms against 0.13 ms for the session check).
 */
const statementNames = new Map<string, string>();
/**
 * A guard, far above the application's own set: should some code build statement texts from data
 * (it must not: values go in parameters), texts past this many run unprepared instead of piling up
 * in every connection of the pool.
 */
const MAX_PREPARED_TEXTS = 2_000;
function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (!name && statementNames.size < MAX_PREPARED_TEXTS) {
    name = `s${createHash("sha1").update(sql).digest("base64url")}`;
    statementNames.set(sql, name);
  }
  return name;
}

function pgRunner(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await client.query({ name: statementName(sql), text: sql, values: params })).rows as Row[],
  };
}

const pgliteClients = new WeakMap<Db, PGlite>();

async function createPgliteDb(dataDir: string | undefined, image: Blob | undefined): Promise<Db> {
  const client = await PGlite.create(dataDir, { extensions: pgliteExtensions, loadDataDir: image });
  const db: Db = {
    kind: "pglite",
    orm: drizzlePglite({ client, schema }) as unknown as Database,
    ...pgliteRunner(client),
    transaction: (fn) => client.transaction((tx) => fn(pgliteRunner(tx))),
    copyIn: async (table, columns, text) => {
      // PGlite reads COPY input from a virtual /dev/blob file handed over with the query.
      await client.query(`COPY ${table} (${columns.join(", ")}) FROM '/dev/blob'`, [], {
        blob: new Blob([text]),
      });
    },
    listen: async (channel, onNotify) => {
      const unlisten = await client.listen(channel, onNotify);
      // Closing the database ended the listen with it: there is nothing left to stop (and PGlite
      // would refuse the UNLISTEN), e.g. when the app closes after its database went away.
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    close: () => client.close(),
  };
  pgliteClients.set(db, client);
  return db;
}

/**
 * The whole data directory of an embedded database as one uncompressed tar image: starting a PGlite
 * from it skips initdb and the migrations, which the test suite would otherwise pay for each file.
 */
export async function dumpPgliteImage(db: Db): Promise<Blob> {
  const client = pgliteClients.get(db);
  if (!client) throw new Error("dumpPgliteImage needs an embedded (PGlite) database");
  return client.dumpDataDir("none");
}

async function createPostgresDb(config: { url: string; poolSize?: number }): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
  });
  // An idle connection the server closes (restart, failover, an administrator) is an 'error' event on
  // the pool; unheard, it would crash the process. The pool drops that client and the next query opens
  // a new one, failing there, with its reason, if the server is really gone.
  pool.on("error", () => {});
  // Fail now, with the driver's reason, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const { copyIn } = await import("./copy-postgres");
  return {
    kind: "postgres",
    orm: drizzlePg({ client: pool, schema }) as unknown as Database,
    ...pgRunner(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(pgRunner(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    copyIn: (table, columns, text) => copyIn(pool, table, columns, text),
    listen: (channel, onNotify, onReconnect) => listenPostgres(config.url, channel, onNotify, onReconnect),
    close: () => pool.end(),
  };
}

const RELISTEN_MS = { first: 500, max: 30_000 };

/**
 * LISTEN on its own connection (it holds it for as long as it listens, so not one of the pool's).
 * When that connection drops (a restart, a failover, an idle cut) it is opened again, waiting longer
 * after each failure: the chat's live updates must come back by themselves, while callers that poll
 * lose only promptness in between. The first connection fails loudly, like the pool's probe.
 */
async function listenPostgres(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
  onReconnect: (() => void) | undefined,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay = RELISTEN_MS.first;

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    // An error on a listening connection must not crash the process; "end" follows and reconnects.
    next.on("error", () => {});
    next.on("notification", (n) => {
      if (n.channel === channel) onNotify(n.payload ?? "");
    });
    next.on("end", () => {
      if (client === next && !stopped) scheduleReconnect();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    // Stopped while this attempt was on its way: nobody will end this connection later.
    if (stopped) return void (await next.end());
    const reconnected = client !== undefined;
    client = next;
    delay = RELISTEN_MS.first;
    if (reconnected) onReconnect?.();
  };
  const scheduleReconnect = () => {
    retry = setTimeout(() => {
      connect().catch(() => {
        if (!stopped) scheduleReconnect();
      });
    }, delay);
    delay = Math.min(delay * 2, RELISTEN_MS.max);
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end();
  };
}
