// One way to open the database: embedded PGlite under DATA_DIR by default, PostgreSQL when
// DATABASE_URL is set. Both return the same Drizzle API, and both are migrated at open.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { runtimePaths } from "../platform/paths.js";
import { acquireDataDirLock } from "./data-dir-lock.js";
import * as schema from "./schema.js";
import { listenToTableChanges, type TableChanges } from "./table-changes.js";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction or the database itself: repositories accept either. */
export type DbOrTx = Pick<Db, "select" | "insert" | "update" | "delete" | "execute" | "transaction">;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /**
   * Committed changes to cached tables, or null when this process cannot see them all: on
   * PostgreSQL another instance may write, so nothing is cached there.
   */
  changes: TableChanges | null;
  close(): Promise<void>;
}

export const migrationsFolder = runtimePaths.migrations;

export type OpenDbOptions =
  | { kind: "pglite"; dataDir: string; lockDir?: string; sharedBuffersMb?: number }
  | { kind: "pglite-memory"; loadDataDir?: Blob }
  | { kind: "postgres"; url: string; poolSize?: number };

export async function openDb(options: OpenDbOptions): Promise<Database> {
  if (options.kind === "postgres") return openPostgres(options.url, options.poolSize ?? 10);
  if (options.kind === "pglite-memory") {
    const client = await PGlite.create({ loadDataDir: options.loadDataDir });
    return finishPglite(client, () => {});
  }
  const lock = acquireDataDirLock(options.lockDir ?? path.dirname(options.dataDir));
  try {
    const client = await PGlite.create({
      dataDir: options.dataDir,
      // With files on the real file system PGlite writes through at once and its sync step is
      // empty; waiting for it only serialises requests (measured 2.5x slower reads).
      relaxedDurability: true,
      // PGlite's default (128 MB) keeps the server above 300 MB; a province's data fits in far less.
      postgresqlconf: [`shared_buffers=${options.sharedBuffersMb ?? 16}MB`],
    });
    return await finishPglite(client, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function finishPglite(client: PGlite, release: () => void): Promise<Database> {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  // Only after the migrations: they create the triggers that send the notices.
  const changes = await listenToTableChanges(client);
  return {
    db,
    kind: "pglite",
    changes,
    async close() {
      await client.close();
      release();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  // Several app instances may start together: only one runs the migrations at a time.
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock(727372)");
    await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock(727372)").catch(() => {});
    client.release();
  }
  return {
    db,
    kind: "postgres",
    changes: null,
    async close() {
      await pool.end();
    },
  };
}

export async function pingDb(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
