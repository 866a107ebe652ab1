// A data directory from the PGlite era is carried into the embedded PostgreSQL server at its
// first start, with its people and agencies, and the old directory is kept under a new name.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { type Db, migrationsFolder, openDb } from "../../src/server/db/client.js";
import * as schema from "../../src/server/db/schema.js";
import { bootstrap } from "../../src/server/features/system/bootstrap.js";
import { convertFormerPgliteData } from "../../src/server/features/system/pglite-conversion.js";
import { makeAgency, makeUser } from "../support/factories.js";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-convert-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("data kept by PGlite before", () => {
  it("moves into the embedded PostgreSQL once, and the old directory stays as it was", async () => {
    const client = await PGlite.create({ dataDir: path.join(dataDir, "pglite") });
    const old = drizzle(client, { schema }) as unknown as Db;
    await migrate(old as never, { migrationsFolder });
    await bootstrap(old, "Truoc-Day-Dung-2026");
    const agency = await makeAgency(old, { name: "Sở Xây dựng (dữ liệu cũ)" });
    const reporter = await makeUser(old, "reporter", agency);
    await client.close();

    const database = await openDb({ kind: "embedded", dataDir });
    try {
      const said: string[] = [];
      expect(await convertFormerPgliteData(database.db, dataDir, (m) => said.push(m))).toBe(true);
      const agencies = await database.db.select().from(schema.agencies);
      expect(agencies.map((a) => a.name)).toContain("Sở Xây dựng (dữ liệu cũ)");
      const users = await database.db.select().from(schema.users);
      expect(users.map((u) => u.username).sort()).toEqual(["admin", reporter.username].sort());
      expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(false);
      const kept = fs.readdirSync(dataDir).filter((name) => name.startsWith("pglite.converted-"));
      expect(kept).toHaveLength(1);
      expect(said.at(-1)).toContain("Đã chuyển 2 người dùng");
      // A second start has nothing left to convert.
      expect(await convertFormerPgliteData(database.db, dataDir, () => {})).toBe(false);
    } finally {
      await database.close();
    }
  }, 120_000);
});
