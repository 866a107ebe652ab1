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
export type DbOrTx = Pick<
  Db,
  "select" | "selectDistinctOn" | "insert" | "update" | "delete" | "execute" | "transaction"
>;

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
  /** Resolves when the embedded server stops, asked to or not. */
  serverExited?: Promise<number | null>;
  close(): Promise<void>;
}

export const migrationsFolder = runtimePaths.migrations;

export type OpenDbOptions =
  | {
      kind: "embedded";
      dataDir: string;
      sharedBuffersMb?: number;
      poolSize?: number;
      queryTimeoutMs?: number;
    }
  | {
      kind: "postgres";
      url: string;
      poolSize?: number;
      queryTimeoutMs?: number;
      /** True only when no other process writes to this database: it may keep read caches. */
      onlyWriter?: boolean;
    };

export async function openDb(options: OpenDbOptions): Promise<Database> {
  if (options.kind === "postgres")
    return openPostgres(options.url, {
      poolSize: options.poolSize ?? 10,
      onlyWriter: options.onlyWriter ?? false,
      queryTimeoutMs: options.queryTimeoutMs,
    });
  // One application per data directory: the lock also tells a server left running by a dead
  // application from one in use.
  const lock = acquireDataDirLock(options.dataDir);
  try {
    const server = await startEmbeddedPostgres({
      clusterDir: path.join(options.dataDir, "postgres"),
      logFile: path.join(options.dataDir, "postgres.log"),
      sharedBuffersMb: options.sharedBuffersMb,
      // The pool and room beside it: migrations, maintenance tools, the benchmark's own clients.
      maxConnections: Math.max(40, (options.poolSize ?? 10) + 20),
    });
    try {
      // This process is the only one writing (the lock), so it may keep read caches.
      const database = await openPostgres(server.url(), {
        poolSize: options.poolSize ?? 10,
        onlyWriter: true,
        queryTimeoutMs: options.queryTimeoutMs,
      });
      return {
        ...database,
        kind: "embedded",
        serverPid: server.pid,
        serverExited: server.exited,
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

interface PoolOptions {
  poolSize: number;
  onlyWriter: boolean;
  /** A statement running longer is cancelled, and one whose answer does not come is given up. */
  queryTimeoutMs?: number;
}

async function openPostgres(url: string, options: PoolOptions): Promise<Database> {
  const { poolSize, onlyWriter, queryTimeoutMs = 15_000 } = options;
  await migrateOnce(url);
  const listener = onlyWriter ? tableChangeListener() : null;
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    // The server cancels a slow statement; the client also stops waiting for a server that hangs.
    statement_timeout: queryTimeoutMs,
    query_timeout: queryTimeoutMs + 1000,
    // pg-pool runs it on each new connection before handing it out (missing from @types/pg).
    ...(listener ? { onConnect: listener.onConnect } : {}),
  } as pg.PoolConfig);
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const changes = listener?.changes ?? null;
  const db = drizzle(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    changes,
    async close() {
      await pool.end();
    },
  };
}

/**
 * Runs the migrations on a connection of their own, without the pool's timeouts: building an
 * index over years of data, or waiting for another instance's migrations, is not a hung
 * database. Several instances may start together: only one migrates at a time.
 */
async function migrateOnce(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(727372)");
    await migrate(drizzle(client, { schema }), { migrationsFolder });
    await requireVietnameseCollation(client);
  } finally {
    await client.query("select pg_advisory_unlock(727372)").catch(() => {});
    await client.end();
  }
}

/**
 * Lists the database orders for the pages (the greenhouse-gas register) are sorted in Vietnamese
 * by ICU's collation: a PostgreSQL built without ICU stops the start here, saying why, rather
 * than failing on the first page that sorts.
 */
async function requireVietnameseCollation(client: pg.Client): Promise<void> {
  const found = await client.query("select 1 from pg_collation where collname = 'vi-x-icu'");
  if (found.rowCount === 0)
    throw new Error(
      'PostgreSQL này không có bảng so sánh tiếng Việt "vi-x-icu" (ICU): hãy dùng bản PostgreSQL có ICU, như bản của Debian, Ubuntu hoặc ảnh Docker chính thức.',
    );
}

export async function pingDb(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
