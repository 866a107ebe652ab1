// A fresh, migrated database for one test file, cloned from the run's template on the server
// this run is testing (embedded or external PostgreSQL).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDb } from "../../src/server/db/client.js";

export async function createTestDatabase(): Promise<Database> {
  const server = inject("postgresTemplate");
  const name = `pepi_t_${process.ppid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${server.templateName}`);
  } finally {
    await admin.end();
  }
  const u = new URL(server.url);
  u.pathname = `/${name}`;
  // Only this test file writes to its database: on the embedded server it keeps the read
  // caches, as the application does there.
  const database = await openDb({
    kind: "postgres",
    url: u.toString(),
    poolSize: 5,
    onlyWriter: server.kind === "embedded",
  });
  return {
    ...database,
    kind: server.kind,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: server.url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await dropper.end();
    },
  };
}
