// One way to open the database: the embedded PostgreSQL server under DATA_DIR by default, an
// external PostgreSQL when DATABASE_URL is set. Both are the same engine behind one pool, and
// both are migrated at open.
import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import { runtimePaths } from "../platform/paths.js";
import { acquireDataDirLock } from "./data-dir-lock.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import * as schema from "./schema.js";
import { type TableChanges, tableChangeListener } from "./table-changes.js";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction or the database itself: repositories accept either. */
export type DbOrTx = Pick<Db, "select" | "insert" | "update" | "delete" | "execute" | "transaction">;

export interface Database {
  db: Db;
  kind: "embedded" | "postgres";
  /**
   * Committed changes to cached tables, or null when this process cannot see them all: on an
   * external PostgreSQL another instance may write, so nothing is cached there.
   */
  changes: TableChanges | null;
  /** The embedded server's postmaster, for tests and benchmarks that watch it. */
  serverPid?: number;
  close(): Promise<void>;
}

export const migrationsFolder = runtimePaths.migrations;

export type OpenDbOptions =
  | { kind: "embedded"; dataDir: string; sharedBuffersMb?: number; poolSize?: number }
  | {
      kind: "postgres";
      url: string;
      poolSize?: number;
      /** True only when no other process writes to this database: it may keep read caches. */
      onlyWriter?: boolean;
    };

export async function openDb(options: OpenDbOptions): Promise<Database> {
  if (options.kind === "postgres")
    return openPostgres(options.url, options.poolSize ?? 10, options.onlyWriter ?? false);
  // One application per data directory: the lock also tells a server left running by a dead
  // application from one in use.
  const lock = acquireDataDirLock(options.dataDir);
  try {
    const server = await startEmbeddedPostgres({
      clusterDir: path.join(options.dataDir, "postgres"),
      logFile: path.join(options.dataDir, "postgres.log"),
      sharedBuffersMb: options.sharedBuffersMb,
    });
    try {
      // This process is the only one writing (the lock), so it may keep read caches.
      const database = await openPostgres(server.url(), options.poolSize ?? 10, true);
      return {
        ...database,
        kind: "embedded",
        serverPid: server.pid,
        async close() {
          await database.close();
          await server.stop();
          lock.release();
        },
      };
    } catch (error) {
      await server.stop();
      throw error;
    }
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPostgres(url: string, poolSize: number, onlyWriter: boolean): Promise<Database> {
  const listener = onlyWriter ? tableChangeListener() : null;
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    // pg-pool runs it on each new connection before handing it out (missing from @types/pg).
    ...(listener ? { onConnect: listener.onConnect } : {}),
  } as pg.PoolConfig);
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const changes = listener?.changes ?? null;
  const db = drizzle(pool, { schema }) as unknown as Db;
  // Several app instances may start together: only one runs the migrations at a time.
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock(727372)");
    await migrate(drizzle(client, { schema }), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock(727372)").catch(() => {});
    client.release();
  }
  return {
    db,
    kind: "postgres",
    changes,
    async close() {
      await pool.end();
    },
  };
}

export async function pingDb(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
