import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { eq, getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../src/server/db/schema.js";
import { agencies, auditEvents, users } from "../../src/server/db/schema.js";
import { saveValues } from "../../src/server/features/cycles/values.service.js";
import { backedUpTables, transientTables } from "../../src/server/features/system/backup.repo.js";
import {
  BackupFileError,
  createBackup,
  restoreBackup,
} from "../../src/server/features/system/backup.service.js";
import { loadDemo } from "../../src/server/features/system/demo.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, type TestApp, TestClient } from "../support/app.js";
import { makeAssignedCycle } from "../support/cycle-factories.js";
import { createTestDatabase } from "../support/db.js";
import { makeAgency, makeProvince, makeUser } from "../support/factories.js";

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-backup-"));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ctx = systemContext("test");

describe("backup and restore", () => {
  it("carries every table of the schema, or says that it is transient", () => {
    const inSchema = Object.values(schema)
      .filter((value) => is(value, PgTable))
      .map((table) => getTableName(table as PgTable));
    const covered = [...backedUpTables, ...transientTables].map((table) => getTableName(table));
    expect(inSchema.filter((name) => !covered.includes(name))).toEqual([]);
    expect(new Set(covered).size).toBe(covered.length);
  });

  it("round-trips every row, and a restore undoes later changes", async () => {
    const db = t.database.db;
    await loadDemo(db, "DemoPass2026", ctx);
    // More rows than one read takes (5.000): the trail is read in pages.
    await db.execute(
      sql`insert into audit_events (type, entity_type, summary) select 'system.backup_created', 'system', 'Sự kiện ' || g from generate_series(1, 12000) g`,
    );
    const file = path.join(dir, "round-trip.jsonl.gz");
    const before = {
      agencies: await db.select().from(agencies),
      users: await db.select().from(users),
      audit: (await db.select().from(auditEvents)).sort((a, b) => a.id - b.id),
    };
    const counts = await createBackup(db, file);
    expect(counts.agencies).toBe(before.agencies.length);
    // The demonstration's three years travel with their assignments, figures and results.
    expect(counts.cycles).toBe(3);
    expect(counts.data_values).toBeGreaterThan(20);
    expect(counts.cycle_assignments).toBeGreaterThan(20);

    // Changes after the backup, which the restore must undo.
    const extraAgency = await makeAgency(db, { name: "Cơ quan tạo sau sao lưu" });
    await makeUser(db, "reporter", extraAgency);

    await restoreBackup(db, file, ctx);
    const after = {
      agencies: await db.select().from(agencies),
      users: await db.select().from(users),
      audit: (await db.select().from(auditEvents)).sort((a, b) => a.id - b.id),
    };
    const byId = <T extends { id: unknown }>(rows: T[]) =>
      [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(after.agencies)).toEqual(byId(before.agencies));
    expect(byId(after.users)).toEqual(byId(before.users));
    // The trail is the backed-up trail plus one event saying a restore happened.
    expect(after.audit.slice(0, -1)).toEqual(before.audit);
    expect(after.audit.at(-1)?.type).toBe("system.backup_restored");
    expect(after.audit.at(-1)!.id).toBeGreaterThan(Math.max(...before.audit.map((e) => e.id)));

    // Restored users can sign in with their old passwords.
    const login = await new TestClient(t.app).login("demo.dieuphoi", "DemoPass2026");
    expect(login.statusCode).toBe(200);
  });

  it("restores into a fresh database that then saves figures and events (sequences follow the data)", async () => {
    const db = t.database.db;
    const province = await makeProvince(db);
    const agency = await makeAgency(db, { orgUnitId: province });
    const cycleId = await makeAssignedCycle(db, province, { [agency]: ["public_transport_vehicles"] });
    const editor = { ...ctx, displayName: "Kiểm thử" };
    const save = (target: typeof db, number: string, baseVersion: number | null) =>
      saveValues(
        target,
        cycleId,
        agency,
        [{ element: "public_transport_vehicles", number, baseVersion }],
        editor,
      );
    await save(db, "120", null);
    await save(db, "121", 1);
    const file = path.join(dir, "fresh.jsonl.gz");
    await createBackup(db, file);

    const fresh = await createTestDatabase();
    try {
      await restoreBackup(fresh.db, file, ctx);
      // A new version row and a new audit event: both numbered by sequences the restore reset.
      const { saved } = await save(fresh.db, "122", 2);
      expect(saved).toEqual([{ element: "public_transport_vehicles", version: 3 }]);
      await makeAgency(fresh.db, { name: "Cơ quan sau khôi phục" });
    } finally {
      await fresh.close();
    }
  });

  it("encrypts a backup with a passphrase, readable only by the service's user, and restores it", async () => {
    const db = t.database.db;
    const marker = await makeAgency(db, { name: "Cơ quan trong bản sao lưu mã hóa" });
    const file = path.join(dir, "encrypted.jsonl.gz.age");
    const passphrase = "bốn từ ngẫu nhiên thôi";
    await createBackup(db, file, undefined, { passphrase });
    expect(fs.readFileSync(file).subarray(0, 21).toString()).toBe("age-encryption.org/v1");
    expect(fs.readFileSync(file).includes(Buffer.from("Cơ quan trong bản sao lưu mã hóa"))).toBe(false);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    await expect(restoreBackup(db, file, ctx)).rejects.toThrow("BACKUP_PASSPHRASE");
    await expect(restoreBackup(db, file, ctx, { passphrase: "một cụm khác hẳn" })).rejects.toThrow(
      "cụm mật khẩu không đúng",
    );
    // A changed byte in the encrypted body is caught by its authentication, and nothing changes.
    const tampered = Buffer.from(fs.readFileSync(file));
    tampered[tampered.length - 100]! ^= 1;
    const tamperedFile = path.join(dir, "tampered.age");
    fs.writeFileSync(tamperedFile, tampered);
    await expect(restoreBackup(db, tamperedFile, ctx, { passphrase })).rejects.toThrow(BackupFileError);

    await db.delete(agencies).where(eq(agencies.id, marker));
    await restoreBackup(db, file, ctx, { passphrase });
    expect((await db.select().from(agencies).where(eq(agencies.id, marker))).length).toBe(1);
    // The passphrase is stretched on purpose (scrypt, at every encryption and decryption): about
    // 11 s here alone, so a loaded machine needs more than the default 30 s.
  }, 90_000);

  it("refuses a truncated or foreign file and leaves the data as it was", async () => {
    const db = t.database.db;
    const countBefore = (await db.select().from(agencies)).length;
    const good = path.join(dir, "good.jsonl.gz");
    await createBackup(db, good);

    const lines = fs.readFileSync(good);
    const { gunzipSync } = await import("node:zlib");
    const text = gunzipSync(lines).toString("utf8").split("\n");
    const truncated = path.join(dir, "truncated.jsonl.gz");
    fs.writeFileSync(truncated, gzipSync(text.slice(0, 5).join("\n")));
    await expect(restoreBackup(db, truncated, ctx)).rejects.toThrow(/thiếu dữ liệu bảng/);

    const foreign = path.join(dir, "foreign.jsonl.gz");
    fs.writeFileSync(foreign, gzipSync('{"format":"other"}\n'));
    await expect(restoreBackup(db, foreign, ctx)).rejects.toBeInstanceOf(BackupFileError);

    const garbage = path.join(dir, "garbage.jsonl.gz");
    fs.writeFileSync(garbage, "not gzip at all");
    await expect(restoreBackup(db, garbage, ctx)).rejects.toThrow(/bị hỏng/);

    expect((await db.select().from(agencies)).length).toBe(countBefore);
  });

  it("lets only an administrator download a backup from the running server", async () => {
    const db = t.database.db;
    const reporter = await makeUser(db, "reporter", await makeAgency(db));
    const reporterClient = new TestClient(t.app);
    await reporterClient.login(reporter.username, reporter.password);
    expect((await reporterClient.get("/api/admin/backup")).statusCode).toBe(403);

    const admin = await makeUser(db, "admin");
    const adminClient = new TestClient(t.app);
    await adminClient.login(admin.username, admin.password);
    const response = await adminClient.get("/api/admin/backup");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(/attachment; filename="pepi-hub-.*\.jsonl\.gz"/);
    const file = path.join(dir, "downloaded.jsonl.gz");
    fs.writeFileSync(file, response.rawPayload);
    const usersBefore = (await db.select().from(users)).length;
    await makeUser(db, "leader");
    await restoreBackup(db, file, ctx);
    expect((await db.select().from(users)).length).toBe(usersBefore);
  });

  it("loads the demonstration province once, marked as demonstration data", async () => {
    const db = t.database.db;
    const again = await loadDemo(db, "DemoPass2026", ctx);
    expect(again.alreadyLoaded).toBe(true);
    const demoAgencies = (await db.select().from(agencies)).filter((a) => a.isDemo);
    expect(demoAgencies.map((a) => a.name)).toContain("Sở Nông nghiệp và Môi trường");
    const demoUsers = (await db.select().from(users)).filter((u) => u.isDemo);
    expect(new Set(demoUsers.map((u) => u.role))).toEqual(
      new Set(["admin", "coordinator", "reporter", "agency_head", "leader", "ministry_viewer"]),
    );
  });
});
