// Prepares one migrated template database per run; every test file gets its own copy of it
// (CREATE DATABASE … TEMPLATE). The server is the embedded one, started here for the run in a
// temporary directory, or the PostgreSQL server DATABASE_URL names.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDb } from "../../src/server/db/client.js";
import { startEmbeddedPostgres } from "../../src/server/db/embedded-postgres.js";
import { bootstrap } from "../../src/server/features/system/bootstrap.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: { url: string; templateName: string; kind: "embedded" | "postgres" };
  }
}

export function databaseUrlWith(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-test-"));
  const external = process.env.DATABASE_URL;
  const embedded = external
    ? undefined
    : await startEmbeddedPostgres({
        clusterDir: path.join(workDir, "postgres"),
        logFile: path.join(workDir, "postgres.log"),
        maxConnections: 200,
      });
  const url = external ?? embedded!.url();
  const templateName = `pepi_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${templateName}`);
  await admin.query(`create database ${templateName}`);
  const template = await openDb({ kind: "postgres", url: databaseUrlWith(url, templateName), poolSize: 1 });
  // Reference data every installation has: provinces, shipped frameworks, published results.
  await bootstrap(template.db, undefined);
  await template.close();
  const kind = external ? "postgres" : "embedded";
  project.provide("postgresTemplate", { url, templateName, kind });
  console.log(
    external
      ? `Tests run on PostgreSQL (${new URL(url).host}).`
      : "Tests run on the embedded PostgreSQL server.",
  );
  return async () => {
    const leftovers = await admin.query(
      "select datname from pg_database where datname like $1 or datname = $2",
      [`pepi_t_${process.pid}_%`, templateName],
    );
    for (const row of leftovers.rows)
      await admin.query(`drop database if exists ${row.datname} with (force)`);
    await admin.end();
    await embedded?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  };
}
