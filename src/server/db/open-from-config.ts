import type { AppConfig } from "../platform/config.js";
import { type Database, openDb } from "./client.js";

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded server under DATA_DIR. */
export function openDbFromConfig(config: AppConfig): Promise<Database> {
  return config.DATABASE_URL
    ? openDb({
        kind: "postgres",
        url: config.DATABASE_URL,
        poolSize: config.DATABASE_POOL_SIZE,
        queryTimeoutMs: config.DATABASE_QUERY_TIMEOUT_SECONDS * 1000,
      })
    : openDb({
        kind: "embedded",
        dataDir: config.DATA_DIR,
        sharedBuffersMb: config.EMBEDDED_DB_SHARED_BUFFERS_MB,
        poolSize: config.DATABASE_POOL_SIZE,
        queryTimeoutMs: config.DATABASE_QUERY_TIMEOUT_SECONDS * 1000,
      });
}

/** A message for a person when the database cannot be opened at start. */
export function describeOpenFailure(error: unknown, config: AppConfig): string {
  const e = error as NodeJS.ErrnoException & { name?: string };
  if (e.name === "DataDirLockedError") return e.message;
  if (config.DATABASE_URL) {
    const where = config.DATABASE_URL.replace(/\/\/[^@]*@/, "//***@");
    return `Không kết nối được PostgreSQL tại ${where}: ${e.message}\nCannot connect to PostgreSQL: check DATABASE_URL and that the server is running.`;
  }
  return `Không mở được cơ sở dữ liệu nhúng tại ${config.embeddedDbDir}: ${e.message}`;
}
