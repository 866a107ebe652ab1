// Prepares one migrated template database per run; every test file gets its own copy of it
// (PGlite: a data-directory image loaded in memory; PostgreSQL: CREATE DATABASE … TEMPLATE).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDb } from "../../src/server/db/client.js";
import { bootstrap } from "../../src/server/features/system/bootstrap.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplateFile: string;
    postgresTemplate: { url: string; templateName: string } | null;
  }
}

function databaseUrlWith(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-test-"));
  if (url) {
    const templateName = `pepi_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${templateName}`);
    await admin.query(`create database ${templateName}`);
    const template = await openDb({ kind: "postgres", url: databaseUrlWith(url, templateName), poolSize: 1 });
    await bootstrap(template.db, undefined);
    await template.close();
    project.provide("postgresTemplate", { url, templateName });
    project.provide("pgliteTemplateFile", "");
    console.log(`Tests run on PostgreSQL (${new URL(url).host}).`);
    return async () => {
      const leftovers = await admin.query(
        "select datname from pg_database where datname like $1 or datname = $2",
        [`pepi_t_${process.pid}_%`, templateName],
      );
      for (const row of leftovers.rows)
        await admin.query(`drop database if exists ${row.datname} with (force)`);
      await admin.end();
      fs.rmSync(workDir, { recursive: true, force: true });
    };
  }
  const template = await openDb({ kind: "pglite-memory" });
  // Reference data every installation has: provinces, shipped frameworks, published results.
  await bootstrap(template.db, undefined);
  const client = (template.db as unknown as { $client: { dumpDataDir(c: "none"): Promise<Blob> } }).$client;
  const image = await client.dumpDataDir("none");
  const templateFile = path.join(workDir, "template.tar");
  fs.writeFileSync(templateFile, Buffer.from(await image.arrayBuffer()));
  await template.close();
  project.provide("pgliteTemplateFile", templateFile);
  project.provide("postgresTemplate", null);
  console.log("Tests run on embedded PGlite.");
  return () => fs.rmSync(workDir, { recursive: true, force: true });
}
