import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain/auth/roles.js";
import { users } from "../../src/server/db/schema.js";
import { updateUser } from "../../src/server/features/users/users.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../support/app.js";
import { makeAgency, makeProvince, makeUser } from "../support/factories.js";

let t: TestApp;
let agencyA: string;
let agencyB: string;
let admin: TestClient;
const clients: Record<string, TestClient> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  agencyA = await makeAgency(db, { name: "Sở Xây dựng thử" });
  agencyB = await makeAgency(db, { name: "Sở Y tế thử" });
  const signIn = (role: Role, agency: string | null = null) => signedInClient(t, role, agency);
  admin = await signIn("admin", null);
  clients.coordinator = await signIn("coordinator", null);
  clients.reporterA = await signIn("reporter", agencyA);
  clients.headA = await signIn("agency_head", agencyA);
  clients.leader = await signIn("leader", null);
  clients.ministry = await signIn("ministry_viewer", null);
});
afterAll(() => t.close());

describe("agency visibility (deny by default, own agency only for agency roles)", () => {
  it("lets a reporter list and read only their own agency", async () => {
    const list = await clients.reporterA!.get("/api/agencies");
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([agencyA]);
    expect((await clients.reporterA!.get(`/api/agencies/${agencyA}`)).statusCode).toBe(200);
    const other = await clients.reporterA!.get(`/api/agencies/${agencyB}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe("FORBIDDEN");
    expect(other.body).not.toContain("Sở Y tế thử");
  });

  it("lets the coordinator, leader and ministry read every agency but not change one", async () => {
    for (const who of ["coordinator", "leader", "ministry"]) {
      const list = await clients[who]!.get("/api/agencies");
      expect(list.json().items.length).toBeGreaterThanOrEqual(2);
      const agency = (await clients[who]!.get(`/api/agencies/${agencyB}`)).json();
      expect(agency.allowedActions).toEqual(expect.not.arrayContaining(["agency.manage"]));
      const patch = await clients[who]!.patch(`/api/agencies/${agencyB}`, { name: "Đổi tên" });
      expect(patch.statusCode).toBe(403);
    }
  });

  it("refuses user administration to everyone but the admin", async () => {
    for (const who of ["coordinator", "reporterA", "headA", "leader", "ministry"]) {
      const response = await clients[who]!.post("/api/users", {
        username: "khong.duoc",
        fullName: "Không được",
        role: "admin",
      });
      expect(response.statusCode, who).toBe(403);
    }
    expect((await clients.reporterA!.get("/api/users")).statusCode).toBe(403);
    expect((await clients.reporterA!.get("/api/audit-events")).statusCode).toBe(403);
  });

  it("shows an agency head only the users of their own agency", async () => {
    await makeUser(t.database.db, "reporter", agencyB);
    const list = await clients.headA!.get(`/api/users?agencyId=${agencyB}`);
    expect(list.statusCode).toBe(200);
    const agenciesSeen = new Set(list.json().items.map((u: { agency: { id: string } }) => u.agency.id));
    expect([...agenciesSeen]).toEqual([agencyA]);
  });

  it("lets an agency head read a user of their own agency by id, and no other", async () => {
    const own = await makeUser(t.database.db, "reporter", agencyA);
    const other = await makeUser(t.database.db, "reporter", agencyB);
    const coordinator = await makeUser(t.database.db, "coordinator", null);
    expect((await clients.headA!.get(`/api/users/${own.id}`)).statusCode).toBe(200);
    expect((await clients.headA!.get(`/api/users/${other.id}`)).statusCode).toBe(403);
    expect((await clients.headA!.get(`/api/users/${coordinator.id}`)).statusCode).toBe(403);
    // A reporter reads nobody by id, and cannot tell an existing id from a made-up one.
    expect((await clients.reporterA!.get(`/api/users/${own.id}`)).statusCode).toBe(403);
    expect((await clients.reporterA!.get(`/api/users/${crypto.randomUUID()}`)).statusCode).toBe(403);
  });
});

describe("agency administration", () => {
  it("creates and edits an agency with audit events before and after", async () => {
    const orgUnitId = await makeProvince(t.database.db);
    const created = await admin.post("/api/agencies", {
      code: "SO-TN-01",
      name: "Sở Tài chính thử",
      kind: "department",
      orgUnitId,
    });
    expect(created.statusCode).toBe(201);
    const agency = created.json();
    const edited = await admin.patch(`/api/agencies/${agency.id}`, {
      name: "Sở Tài chính (đã đổi tên)",
      expectedUpdatedAt: agency.updatedAt,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().name).toBe("Sở Tài chính (đã đổi tên)");

    const stale = await admin.patch(`/api/agencies/${agency.id}`, {
      name: "Lần nữa",
      expectedUpdatedAt: agency.updatedAt,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_UPDATE");
    expect(stale.json().error.message).toContain("Cơ quan đã được người khác sửa");

    const trail = (await admin.get(`/api/audit-events?entityType=agency&entityId=${agency.id}`)).json();
    expect(trail.items.map((e: { type: string }) => e.type)).toEqual(["agency.updated", "agency.created"]);
    expect(trail.items[0].before).toEqual({ name: "Sở Tài chính thử" });
    expect(trail.items[0].after).toEqual({ name: "Sở Tài chính (đã đổi tên)" });
  });

  it("refuses a duplicate code and an unknown org unit, naming the field", async () => {
    const orgUnitId = await makeProvince(t.database.db);
    const first = { code: "TRUNG-MA", name: "Cơ quan A", kind: "department", orgUnitId };
    expect((await admin.post("/api/agencies", first)).statusCode).toBe(201);
    const dup = await admin.post("/api/agencies", { ...first, name: "Cơ quan B" });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe("Mã cơ quan “TRUNG-MA” đã được dùng.");
    const unknownUnit = await admin.post("/api/agencies", {
      ...first,
      code: "MA-KHAC",
      orgUnitId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknownUnit.statusCode).toBe(400);
    expect(unknownUnit.json().error.details).toEqual([
      { field: "orgUnitId", message: "Không có đơn vị hành chính này" },
    ]);
  });
});

describe("user administration", () => {
  it("creates a reporter with a temporary password that must be changed", async () => {
    const created = await admin.post("/api/users", {
      username: "Can.Bo.Moi",
      fullName: "Cán bộ mới",
      role: "reporter",
      agencyId: agencyA,
    });
    expect(created.statusCode).toBe(201);
    const { user, temporaryPassword } = created.json();
    expect(user.username).toBe("can.bo.moi");
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    const client = new TestClient(t.app);
    expect((await client.login("can.bo.moi", temporaryPassword)).statusCode).toBe(200);
    expect((await client.get("/api/auth/me")).json().mustChangePassword).toBe(true);
  });

  it("requires an agency for agency roles and refuses a taken user name", async () => {
    const noAgency = await admin.post("/api/users", {
      username: "bao.cao",
      fullName: "Báo cáo",
      role: "reporter",
    });
    expect(noAgency.statusCode).toBe(400);
    expect(noAgency.json().error.code).toBe("AGENCY_REQUIRED");
    expect(noAgency.json().error.message).toContain("agencyId");
    await admin.post("/api/users", { username: "trung.ten", fullName: "Một", role: "leader" });
    const taken = await admin.post("/api/users", { username: "trung.ten", fullName: "Hai", role: "leader" });
    expect(taken.statusCode).toBe(409);
  });

  it("reports every invalid field of a malformed request in Vietnamese", async () => {
    const response = await admin.post("/api/users", {
      username: "a",
      fullName: "",
      role: "boss",
      email: "x",
    });
    expect(response.statusCode).toBe(400);
    const fields = response
      .json()
      .error.details.map((d: { field: string }) => d.field)
      .sort();
    expect(fields).toEqual(["email", "fullName", "role", "username"]);
    expect(response.json().error.message).toBe("Dữ liệu gửi lên không hợp lệ.");
  });

  it("keeps the last administrator and stops admins from locking themselves out", async () => {
    const me = (await admin.get("/api/auth/me")).json();
    const selfDisable = await admin.patch(`/api/users/${me.id}`, { active: false });
    expect(selfDisable.json().error.code).toBe("CANNOT_CHANGE_OWN_ACCESS");
  });

  it("resets a password: old sessions end, the temporary password works once changed", async () => {
    const user = await makeUser(t.database.db, "leader");
    const client = new TestClient(t.app);
    await client.login(user.username, user.password);
    const reset = await admin.post(`/api/users/${user.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect((await client.get("/api/auth/me")).statusCode).toBe(401);
    expect(
      (await new TestClient(t.app).login(user.username, reset.json().temporaryPassword)).statusCode,
    ).toBe(200);
  });
});

describe("the last administrator", () => {
  it("cannot be demoted or disabled, whoever asks", async () => {
    const { db } = t.database;
    // Leave exactly one active administrator.
    const admins = (await db.select().from(users).where(eq(users.role, "admin"))).filter((u) => u.active);
    const [keep, ...others] = admins;
    for (const other of others)
      await updateUser(db, other.id, { active: false }, keep!.id, systemContext("test"));
    await expect(
      updateUser(db, keep!.id, { role: "leader" }, "someone-else", systemContext("test")),
    ).rejects.toMatchObject({
      code: "LAST_ADMIN",
    });
    for (const other of others)
      await updateUser(db, other.id, { active: true }, keep!.id, systemContext("test"));
  });
});
