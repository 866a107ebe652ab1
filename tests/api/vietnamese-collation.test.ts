// The register's list is sorted by the database in Vietnamese order (ICU's "vi-x-icu"): a
// PostgreSQL without it stops the start with a message saying what is missing (db/client.ts).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect, inject, it } from "vitest";
import { openDb } from "../../src/server/db/client.js";

async function onServer(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

it("refuses to start on a database without ICU's Vietnamese collation, saying why", async () => {
  const server = inject("postgresTemplate");
  const name = `pepi_noicu_${randomBytes(4).toString("hex")}`;
  await onServer(server.url, `create database ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  try {
    await onServer(url.toString(), `drop collation "vi-x-icu"`);
    await expect(
      openDb({ kind: "postgres", url: url.toString(), poolSize: 1, onlyWriter: false }),
    ).rejects.toThrow(/không có bảng so sánh tiếng Việt "vi-x-icu"/);
  } finally {
    await onServer(server.url, `drop database if exists ${name} with (force)`);
  }
});
