// Sessions and the agency list are kept in memory on the embedded database. Whatever changes who
// may sign in, or what the list shows, must show on the very next request, on either database.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSettingsOf } from "../../src/server/app.js";
import { orgUnits } from "../../src/server/db/schema.js";
import { createSessionCache, resolveSession } from "../../src/server/features/auth/auth.service.js";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../support/app.js";
import { makeAgency, makeUser } from "../support/factories.js";

let t: TestApp;
let admin: TestClient;
let agencyId: string;

beforeAll(async () => {
  t = await createTestApp();
  agencyId = await makeAgency(t.database.db, { name: "Sở Công Thương thử" });
  admin = await signedInClient(t, "admin", null);
});
afterAll(() => t.close());

async function signedIn(role: "reporter" | "coordinator", agency: string | null) {
  const user = await makeUser(t.database.db, role, agency);
  const client = new TestClient(t.app);
  const login = await client.login(user.username, user.password);
  const cookie = login.cookies.find((c) => c.name === "pepi_session")!.value;
  return { user, client, cookie };
}

const withCookie = (url: string, cookie: string) =>
  t.app.inject({ method: "GET", url, headers: { cookie: `pepi_session=${cookie}` } });

describe("sessions kept in memory", () => {
  it("refuses a signed-out session's cookie on the next request", async () => {
    const { client, cookie } = await signedIn("reporter", agencyId);
    expect((await withCookie("/api/auth/me", cookie)).statusCode).toBe(200);
    expect((await client.post("/api/auth/logout")).statusCode).toBe(200);
    const after = await withCookie("/api/auth/me", cookie);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe("SESSION_EXPIRED");
  });

  it("ends a disabled user's session at once", async () => {
    const { user, client } = await signedIn("reporter", agencyId);
    expect((await client.get("/api/agencies")).statusCode).toBe(200);
    expect((await admin.patch(`/api/users/${user.id}`, { active: false })).statusCode).toBe(200);
    expect((await client.get("/api/agencies")).statusCode).toBe(401);
  });

  it("applies a new role on the next request", async () => {
    const { user, client } = await signedIn("coordinator", null);
    expect((await client.get("/api/audit-events")).statusCode).toBe(403);
    expect((await admin.patch(`/api/users/${user.id}`, { role: "admin" })).statusCode).toBe(200);
    expect((await client.get("/api/auth/me")).json().role).toBe("admin");
    expect((await client.get("/api/audit-events")).statusCode).toBe(200);
  });

  it("shows a renamed agency in the signed-in user's own details", async () => {
    const agency = await makeAgency(t.database.db, { name: "Sở Tài chính thử" });
    const { client } = await signedIn("reporter", agency);
    expect((await client.get("/api/auth/me")).json().agency.name).toBe("Sở Tài chính thử");
    await admin.patch(`/api/agencies/${agency}`, { name: "Sở Tài chính (đổi tên)" });
    expect((await client.get("/api/auth/me")).json().agency.name).toBe("Sở Tài chính (đổi tên)");
  });

  it("refuses a kept session once its expiry has passed", async () => {
    const { cookie } = await signedIn("reporter", agencyId);
    const cache = createSessionCache(t.database.changes);
    const settings = authSettingsOf(t.config);
    const now = new Date();
    const live = await resolveSession(t.database.db, settings, cache, cookie, now);
    expect(live?.user.role).toBe("reporter");
    const later = new Date(now.getTime() + settings.sessionTtlMs + 1000);
    expect(await resolveSession(t.database.db, settings, cache, cookie, later)).toBeUndefined();
  });
});

describe("the agency list kept in memory", () => {
  const listed = async (client: TestClient, id: string) =>
    (await client.get("/api/agencies")).json().items.find((a: { id: string }) => a.id === id);

  it("shows a new agency, a rename, a new user and a renamed unit on the next request", async () => {
    const coordinator = await signedInClient(t, "coordinator", null);
    const agency = await makeAgency(t.database.db, { name: "Ban Quản lý thử" });
    expect((await listed(coordinator, agency)).userCount).toBe(0);

    await admin.patch(`/api/agencies/${agency}`, { name: "Ban Quản lý các khu công nghiệp thử" });
    expect((await listed(coordinator, agency)).name).toBe("Ban Quản lý các khu công nghiệp thử");

    await makeUser(t.database.db, "reporter", agency);
    expect((await listed(coordinator, agency)).userCount).toBe(1);

    const unitId = (await listed(coordinator, agency)).orgUnit.id;
    await t.database.db.update(orgUnits).set({ name: "Tỉnh thử (đổi tên)" }).where(eq(orgUnits.id, unitId));
    expect((await listed(coordinator, agency)).orgUnit.name).toBe("Tỉnh thử (đổi tên)");
  });

  it("keeps the list in Vietnamese alphabetical order", async () => {
    const coordinator = await signedInClient(t, "coordinator", null);
    await makeAgency(t.database.db, { name: "Đài Phát thanh thử" });
    await makeAgency(t.database.db, { name: "Ủy ban thử" });
    const names: string[] = (await coordinator.get("/api/agencies"))
      .json()
      .items.map((a: { name: string }) => a.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
    expect(names.indexOf("Đài Phát thanh thử")).toBeLessThan(names.indexOf("Ủy ban thử"));
  });
});

describe("change notices", () => {
  it("are heard on the embedded database before the writer's transaction returns", async () => {
    const { changes, kind } = t.database;
    if (kind === "postgres") {
      expect(changes).toBeNull();
      return;
    }
    const heard: string[] = [];
    const unsubscribe = changes!.subscribe((table) => heard.push(table));
    try {
      await t.database.db.transaction(async (tx) => {
        await tx.update(orgUnits).set({ updatedAt: new Date() }).where(eq(orgUnits.level, "province"));
        // Notices of earlier tests' writes may still arrive late from the pool's other connections.
        expect(heard).not.toContain("org_units");
      });
      // The writer's own connection has heard it; the pool's other connections may have too.
      expect(heard).toContain("org_units");
    } finally {
      unsubscribe();
    }
  });
});
