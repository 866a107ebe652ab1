// A greenhouse-gas facility's own account: the administrator creates it naming the facility
// (refused without one, with an unknown one, or for another role), it signs in, /api/auth/me
// names its facility, /api/ghg/my-facility shows its own record, and it reaches neither the
// register nor another facility.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MyFacility } from "../../src/contracts/ghg-facility-account.js";
import { ghgFacilityListings, ghgLists } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, TestClient } from "../support/app.js";
import { facilityClient, makeFacility, makeFacilityReport } from "../support/facility-account.js";
import { makeAgency, testPassword } from "../support/factories.js";

let t: TestApp;
let admin: TestClient;
const ids = {} as Record<"own" | "other" | "closed" | "agency" | "list", string>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  admin = await signedInClient(t, "admin");
  ids.agency = await makeAgency(db, { name: "Sở Công Thương" });
  ids.list = crypto.randomUUID();
  await db.insert(ghgLists).values({ id: ids.list, code: "13/2024/QĐ-TTg", title: "Danh mục 2024" });
  ids.own = await makeFacility(db, {
    name: "Nhiệt điện Đồng Nai",
    taxCode: "0301234567",
    agencyId: ids.agency,
    contactName: "Nguyễn Văn An",
    contactEmail: "moitruong@nhietdien.vn",
    quotaStatus: "allocated",
    quotaSector: "thermal_power",
  });
  ids.other = await makeFacility(db, { name: "Xi măng Tân Cang", taxCode: "0307654321" });
  ids.closed = await makeFacility(db, { name: "Giấy Tân Mai", status: "closed" });
  await db.insert(ghgFacilityListings).values({
    id: crypto.randomUUID(),
    facilityId: ids.own,
    listId: ids.list,
    name: "Nhiệt điện Đồng Nai",
    address: "Biên Hòa",
    sector: "energy",
    ministry: "industry_trade",
  });
  await makeFacilityReport(db, ids.own);
  await makeFacilityReport(db, ids.other);
}, 60_000);
afterAll(() => t?.close());

const account = (extra: Record<string, unknown>) => ({
  username: `coso.${Math.random().toString(16).slice(2, 8)}`,
  fullName: "Cán bộ môi trường",
  password: testPassword,
  ...extra,
});
const fieldOf = (response: { json(): { error: { details: { field: string; message: string }[] } } }) =>
  response.json().error.details[0]!;

describe("creating a facility's account", () => {
  it("refuses one without a facility, with an unknown one, with an agency, and a facility for another role", async () => {
    const none = await admin.post("/api/users", account({ role: "facility" }));
    expect(none.statusCode).toBe(400);
    expect(fieldOf(none).field).toBe("facilityId");
    expect(fieldOf(none).message).toContain("phải chọn cơ sở");

    const unknown = await admin.post(
      "/api/users",
      account({ role: "facility", facilityId: crypto.randomUUID() }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(fieldOf(unknown)).toEqual({
      field: "facilityId",
      message: "Không có cơ sở phát thải khí nhà kính này trong danh mục (trường facilityId)",
    });

    const withAgency = await admin.post(
      "/api/users",
      account({ role: "facility", facilityId: ids.own, agencyId: ids.agency }),
    );
    expect(withAgency.statusCode).toBe(400);
    expect(fieldOf(withAgency).field).toBe("agencyId");

    const coordinator = await admin.post("/api/users", account({ role: "coordinator", facilityId: ids.own }));
    expect(coordinator.statusCode).toBe(400);
    expect(fieldOf(coordinator).field).toBe("facilityId");
    expect(fieldOf(coordinator).message).toContain("Chỉ tài khoản vai trò");
  });

  it("creates one (also for a closed facility), lists it with its facility's name, and lets it go on a role change", async () => {
    const created = await admin.post("/api/users", account({ role: "facility", facilityId: ids.own }));
    expect(created.statusCode).toBe(201);
    expect(created.json().user.facility).toEqual({ id: ids.own, name: "Nhiệt điện Đồng Nai" });
    expect(created.json().user.agency).toBeNull();

    const closed = await admin.post("/api/users", account({ role: "facility", facilityId: ids.closed }));
    expect(closed.statusCode).toBe(201);

    const listed = (await admin.get("/api/users?role=facility")).json().items;
    expect(listed.map((u: { facility: { name: string } }) => u.facility.name).sort()).toEqual([
      "Giấy Tân Mai",
      "Nhiệt điện Đồng Nai",
    ]);

    const id = closed.json().user.id;
    const moved = await admin.patch(`/api/users/${id}`, { facilityId: ids.other });
    expect(moved.json().facility.name).toBe("Xi măng Tân Cang");
    const cleared = await admin.patch(`/api/users/${id}`, { facilityId: null });
    expect(cleared.statusCode).toBe(400);
    const leader = await admin.patch(`/api/users/${id}`, { role: "leader" });
    expect(leader.statusCode).toBe(200);
    expect(leader.json().facility).toBeNull();
  });

  it("creates one from the accounts sheet by the facility's tax code", async () => {
    const header = "Tên đăng nhập,Họ và tên,Vai trò,Mã cơ quan,Thư điện tử,Mã số thuế cơ sở";
    const content = Buffer.from(
      `\uFEFF${header}\r\ncoso.ximang,Phòng Môi trường Xi măng,Cơ sở phát thải khí nhà kính,,,0307654321\r\n`,
    );
    const bad = await admin.upload(
      "/api/users/import",
      {},
      {
        name: "tai-khoan.csv",
        content: Buffer.from(
          `\uFEFF${header}\r\ncoso.la,Cơ sở Lạ,Cơ sở phát thải khí nhà kính,,,0300000000\r\n`,
        ),
      },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      {
        field: "facility",
        row: 2,
        message: "Không có cơ sở phát thải khí nhà kính mã số thuế “0300000000” trong danh mục",
      },
    ]);
    const good = await admin.upload("/api/users/import", {}, { name: "tai-khoan.csv", content });
    expect(good.statusCode).toBe(200);
    expect(good.json().accounts[0]).toMatchObject({
      role: "facility",
      facility: "Xi măng Tân Cang",
      agency: null,
    });
  });
});

describe("a facility's account signed in", () => {
  let own: TestClient;
  beforeAll(async () => {
    own = await facilityClient(t, ids.own);
  });

  it("is told its facility and its permissions by /api/auth/me", async () => {
    const me = (await own.get("/api/auth/me")).json();
    expect(me.role).toBe("facility");
    expect(me.agency).toBeNull();
    expect(me.facility).toEqual({ id: ids.own, name: "Nhiệt điện Đồng Nai" });
    expect(me.permissions.sort()).toEqual(["ghgReport.read", "ghgReport.submit"]);
    const coordinator = await signedInClient(t, "coordinator");
    expect((await coordinator.get("/api/auth/me")).json().facility).toBeNull();
  });

  it("reads its own register record at /api/ghg/my-facility, and nobody else may", async () => {
    const response = await own.get("/api/ghg/my-facility");
    expect(response.statusCode).toBe(200);
    const mine = response.json() as MyFacility;
    expect(mine).toMatchObject({
      id: ids.own,
      name: "Nhiệt điện Đồng Nai",
      taxCode: "0301234567",
      sector: "energy",
      ministry: "industry_trade",
      lists: [{ code: "13/2024/QĐ-TTg", title: "Danh mục 2024" }],
      agencyName: "Sở Công Thương",
      quotaSector: "thermal_power",
      contactName: "Nguyễn Văn An",
      contactEmail: "moitruong@nhietdien.vn",
    });
    expect(mine).not.toHaveProperty("rowVersion");
    const calendar = await own.get("/api/ghg/my-facility/obligations?from=2024&to=2026");
    expect(calendar.statusCode).toBe(200);
    expect(calendar.json().facilityId).toBe(ids.own);
    expect(calendar.json().years.map((y: { year: number }) => y.year)).toEqual([2024, 2025, 2026]);
    for (const role of ["admin", "coordinator", "leader", "reporter"] as const) {
      const other = await signedInClient(t, role, role === "reporter" ? ids.agency : null);
      expect((await other.get("/api/ghg/my-facility")).statusCode).toBe(403);
      expect((await other.get("/api/ghg/my-facility/obligations")).statusCode).toBe(403);
    }
  });

  it("reaches neither the register nor another facility", async () => {
    for (const url of [
      "/api/ghg/facilities",
      "/api/ghg/lists",
      `/api/ghg/facilities/${ids.own}`,
      `/api/ghg/facilities/${ids.other}`,
      `/api/ghg/facilities/${ids.own}/obligations`,
      "/api/ghg/overdue",
      "/api/users",
      "/api/agencies",
      "/api/cycles",
    ]) {
      const response = await own.get(url);
      expect([url, response.statusCode]).toEqual([url, 403]);
    }
  });

  it("sees its own reports and none of another facility's, when the reports endpoints exist", async () => {
    const ownReports = await own.get(`/api/ghg/facilities/${ids.own}/reports`);
    if (ownReports.json().error?.code === "ROUTE_NOT_FOUND") return;
    expect(ownReports.statusCode).toBe(200);
    const other = await own.get(`/api/ghg/facilities/${ids.other}/reports`);
    expect(other.statusCode).toBe(403);
  });

  it("signs in no more once its account is disabled", async () => {
    const client = await facilityClient(t, ids.own);
    const { id } = (await client.get("/api/auth/me")).json();
    await admin.patch(`/api/users/${id}`, { active: false });
    expect((await client.get("/api/ghg/my-facility")).statusCode).toBe(401);
    const again = new TestClient(t.app);
    expect(
      (await again.login((await admin.get(`/api/users/${id}`)).json().username, testPassword)).statusCode,
    ).toBe(403);
  });
});
