// A fresh, migrated database for one test file, of the kind this run is testing.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDb } from "../../src/server/db/client.js";

export async function createTestDatabase(): Promise<Database> {
  const postgres = inject("postgresTemplate");
  if (postgres) {
    const name = `pepi_t_${process.ppid}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${postgres.templateName}`);
    } finally {
      await admin.end();
    }
    const u = new URL(postgres.url);
    u.pathname = `/${name}`;
    const database = await openDb({ kind: "postgres", url: u.toString(), poolSize: 5 });
    return {
      ...database,
      async close() {
        await database.close();
        const dropper = new pg.Client({ connectionString: postgres.url });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name} with (force)`).catch(() => {});
        await dropper.end();
      },
    };
  }
  const image = new Blob([fs.readFileSync(inject("pgliteTemplateFile"))]);
  return openDb({ kind: "pglite-memory", loadDataDir: image });
}
