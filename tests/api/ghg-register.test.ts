// The greenhouse-gas register of Đồng Nai (Bình Phước merged into it on 01/7/2025): a generated
// national annex of 2.200 rows read in under 2 s with the province's 40 picked out (old and new
// names), a file with a duplicate tax code refused whole, the 2024 list compared with the 2022 one
// (added, removed, changed) and confirmed in one step, a facility's life kept as events, and the
// agencies' roles kept out.
import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  type GhgFacilityDetail,
  type GhgFacilitySummary,
  type GhgImport,
  ghgFacilityListItemSchema,
} from "../../src/contracts/ghg-register.js";
import { auditEvents, ghgListImports } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";
import { annexWorkbook, nationalAnnex, type OwnFacility, ownFacilities } from "../support/ghg-annex.js";

let t: TestApp;
let coordinator: TestClient;
let leader: TestClient;
let reporter: TestClient;
let agencies: ProvinceAgencies;
const own = ownFacilities(40);
const list2022 = {
  code: "01/2022/QĐ-TTg",
  title: "Danh mục lĩnh vực, cơ sở phát thải khí nhà kính phải thực hiện kiểm kê",
  signedOn: "2022-01-18",
  effectiveFrom: "2022-01-18",
};
const list2024 = {
  code: "13/2024/QĐ-TTg",
  title: "Danh mục lĩnh vực, cơ sở phát thải khí nhà kính phải thực hiện kiểm kê (cập nhật)",
  signedOn: "2024-08-13",
  effectiveFrom: "2024-10-01",
  replacesCode: "01/2022/QĐ-TTg",
};

async function importAnnex(list: object, facilities: OwnFacility[], edit?: (rows: string[][]) => void) {
  const rows = nationalAnnex(facilities, 2200);
  edit?.(rows);
  const content = (await annexWorkbook(rows)).toString("base64");
  return coordinator.post("/api/ghg/imports", { list, fileName: "phu-luc.xlsx", content });
}

// The register's rows are JSON written by the database: each must still be the contract's summary.
const summaries = z.object({ items: z.array(ghgFacilityListItemSchema.strict()) });
const facilities = async (query = "") =>
  summaries.parse((await coordinator.get(`/api/ghg/facilities${query}`)).json()).items;
const byTax = async (taxCode: string) => (await facilities()).find((f) => f.taxCode === taxCode)!;
const auditCount = async (type: string) =>
  (await t.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.type, type)))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  const province = await makeCycleProvince(t.database.db, "Tỉnh Đồng Nai");
  agencies = province.agencies;
  await makeCycle(t.database.db, province.provinceId, { year: 2023 });
  coordinator = await signedInClient(t, "coordinator");
  leader = await signedInClient(t, "leader");
  reporter = await signedInClient(t, "reporter", agencies.industry);
}, 60_000);
afterAll(() => t?.close());

describe("importing the 2022 list", () => {
  let imported: GhgImport;

  it("refuses a file with a duplicate tax code among the province's rows, with its row, and keeps nothing", async () => {
    const before = (await t.database.db.select({ n: count() }).from(ghgListImports))[0]!.n;
    const response = await importAnnex(list2022, own, (rows) => {
      const lines = rows.flatMap((r, i) => (r[1]?.includes("Đồng Nai số") ? [i] : []));
      rows[lines[1]!]![2] = rows[lines[0]!]![2]!;
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("CSV_INVALID");
    expect(error.details).toEqual([
      expect.objectContaining({
        field: "Mã số thuế",
        message: expect.stringMatching(/^Mã số thuế 36\d+ trùng với dòng \d+$/),
      }),
    ]);
    expect((await t.database.db.select({ n: count() }).from(ghgListImports))[0]!.n).toBe(before);
    expect(await facilities()).toEqual([]);
  });

  it("picks the province's 40 facilities out of 2.200 rows in under 2 s and shows them as added", async () => {
    const started = performance.now();
    const response = await importAnnex(list2022, own);
    const elapsed = performance.now() - started;
    expect(response.statusCode, response.body).toBe(200);
    imported = response.json();
    expect(imported).toMatchObject({ status: "pending", province: "Đồng Nai" });
    expect(imported.counts).toMatchObject({
      total: 2200,
      taken: 40,
      outside: 2160,
      unplaced: 0,
      added: 40,
      removed: 0,
    });
    expect(elapsed).toBeLessThan(2000);
    // Nothing is in the register until the department confirms.
    expect(await facilities()).toEqual([]);
  });

  it("confirms the list: 40 facilities, each listed with an event, and one audit event", async () => {
    const response = await coordinator.post(`/api/ghg/imports/${imported.id}/confirm`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().status).toBe("confirmed");
    const all = await facilities();
    expect(all).toHaveLength(40);
    const names = all.map((f) => f.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
    expect(all.every((f) => f.lists.join() === "01/2022/QĐ-TTg")).toBe(true);
    const binhPhuoc = all.find((f) => f.address.includes("Bình Phước"))!;
    const detail: GhgFacilityDetail = (await coordinator.get(`/api/ghg/facilities/${binhPhuoc.id}`)).json();
    expect(detail.events.map((e) => e.kind)).toEqual(["listed"]);
    expect(detail.listings[0]).toMatchObject({ listCode: "01/2022/QĐ-TTg", address: binhPhuoc.address });
    expect(await auditCount("ghg.list_imported")).toBe(1);
    // The refused file left no trail of a comparison; the one read did.
    expect(await auditCount("ghg.list_compared")).toBe(1);
    const again = await coordinator.post(`/api/ghg/imports/${imported.id}/confirm`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("GHG_IMPORT_DECIDED");
  });
});

describe("the 2024 list compared with the register", () => {
  let later: OwnFacility[];
  let comparison: GhgImport;

  it("shows the facilities added, removed and changed for the department to confirm", async () => {
    later = own
      .slice(2)
      .map((f, i) =>
        i === 0
          ? { ...f, name: `${f.name} (đổi tên)` }
          : i === 1
            ? { ...f, sector: "Chất thải / Xử lý chất thải rắn" }
            : f,
      );
    later.push({ ...own[0]!, taxCode: "3699000001", name: "Công ty Xi măng Mới" });
    const response = await importAnnex(list2024, later);
    expect(response.statusCode, response.body).toBe(200);
    comparison = response.json();
    expect(comparison.counts).toMatchObject({ taken: 39, added: 1, removed: 2, changed: 2, unchanged: 36 });
    const renamed = comparison.changes.find((c) => c.kind === "changed" && c.taxCode === own[2]!.taxCode)!;
    expect(renamed.fields).toEqual([
      { field: "name", before: own[2]!.name, after: `${own[2]!.name} (đổi tên)` },
    ]);
    expect(
      comparison.changes
        .filter((c) => c.kind === "removed")
        .map((c) => c.name)
        .sort(),
    ).toEqual([own[0]!.name, own[1]!.name].sort());
  });

  it("refuses a comparison made before the register changed", async () => {
    const stale: GhgImport = (await importAnnex(list2024, later)).json();
    expect((await coordinator.post(`/api/ghg/imports/${comparison.id}/confirm`)).statusCode).toBe(200);
    const response = await coordinator.post(`/api/ghg/imports/${stale.id}/confirm`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("GHG_IMPORT_STALE");
    expect((await coordinator.post(`/api/ghg/imports/${stale.id}/discard`)).json().status).toBe("discarded");
  });

  it("filters by sector, managing ministry, list and following department, alone and together", async () => {
    const all = await facilities();
    const lists = (await coordinator.get("/api/ghg/lists")).json().items as { id: string; code: string }[];
    const latest = lists.find((l) => l.code === "13/2024/QĐ-TTg")!;
    const { sector, ministry } = all[0]!;
    const ids = (items: GhgFacilitySummary[]) => items.map((f) => f.id).sort();
    const expected = [
      [`?sector=${sector}`, all.filter((f) => f.sector === sector)],
      [`?ministry=${ministry}`, all.filter((f) => f.ministry === ministry)],
      [`?listId=${latest.id}`, all.filter((f) => f.lists.includes(latest.code))],
      [
        `?sector=${sector}&listId=${latest.id}&status=active`,
        all.filter((f) => f.sector === sector && f.lists.includes(latest.code) && !f.delistedBy),
      ],
    ] as const;
    for (const [query, wanted] of expected) {
      expect(wanted.length, query).toBeGreaterThan(0);
      expect(wanted.length, query).toBeLessThan(all.length);
      expect(ids(await facilities(query)), query).toEqual(ids(wanted));
    }
    expect(await facilities(`?agencyId=${randomUUID()}`)).toEqual([]);
  });

  it("delists the dropped facilities without deleting them, and keeps what each list wrote", async () => {
    const dropped = await byTax(own[0]!.taxCode);
    expect(dropped.delistedBy).toBe("13/2024/QĐ-TTg");
    expect((await facilities("?status=delisted")).map((f) => f.taxCode).sort()).toEqual(
      [own[0]!.taxCode, own[1]!.taxCode].sort(),
    );
    expect(await facilities("?status=active")).toHaveLength(39);
    const renamed = await byTax(own[2]!.taxCode);
    expect(renamed.name).toBe(`${own[2]!.name} (đổi tên)`);
    expect(renamed.lists).toEqual(["01/2022/QĐ-TTg", "13/2024/QĐ-TTg"]);
    const detail: GhgFacilityDetail = (await coordinator.get(`/api/ghg/facilities/${renamed.id}`)).json();
    expect(detail.listings.map((l) => l.name)).toEqual([own[2]!.name, `${own[2]!.name} (đổi tên)`]);
    expect(detail.events[0]).toMatchObject({
      kind: "updated",
      occurredOn: "2024-10-01",
      listCode: "13/2024/QĐ-TTg",
      before: { name: own[2]!.name },
    });
    expect((await byTax(own[3]!.taxCode)).sector).toBe("waste");
    const lists = (await coordinator.get("/api/ghg/lists")).json().items;
    expect(
      lists.map((l: { code: string; facilityCount: number; replacesCode: string | null }) => [
        l.code,
        l.facilityCount,
        l.replacesCode,
      ]),
    ).toEqual([
      ["01/2022/QĐ-TTg", 40, null],
      ["13/2024/QĐ-TTg", 39, "01/2022/QĐ-TTg"],
    ]);
    const onList = await facilities(`?listId=${lists[1].id}&sector=waste`);
    expect(onList.every((f) => f.lists.includes("13/2024/QĐ-TTg") && f.sector === "waste")).toBe(true);
    expect(onList.length).toBeGreaterThan(0);
  });
});

describe("a facility's life", () => {
  it("keeps a rename, a new owner, a closure and a restart as events with what was before", async () => {
    let f = await byTax(own[5]!.taxCode);
    const post = (body: object) => coordinator.post(`/api/ghg/facilities/${f.id}/events`, body);
    let response = await post({
      kind: "renamed",
      occurredOn: "2025-03-01",
      name: "Công ty Năng lượng Xanh Đồng Nai",
      rowVersion: f.rowVersion,
    });
    expect(response.statusCode, response.body).toBe(200);
    response = await post({
      kind: "transferred",
      occurredOn: "2025-05-01",
      name: "Công ty CP Chủ Mới",
      taxCode: "3699000099",
      rowVersion: f.rowVersion + 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    const stale = await post({
      kind: "closed",
      occurredOn: "2025-06-01",
      note: "Ngừng sản xuất",
      rowVersion: f.rowVersion,
    });
    expect(stale.statusCode).toBe(409);
    response = await post({
      kind: "closed",
      occurredOn: "2025-06-01",
      note: "Ngừng sản xuất để cải tạo",
      rowVersion: f.rowVersion + 2,
    });
    const twice = await post({
      kind: "closed",
      occurredOn: "2025-06-02",
      note: "Lần nữa",
      rowVersion: f.rowVersion + 3,
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details[0].message).toBe("Cơ sở đã ngừng hoạt động");
    response = await post({
      kind: "restarted",
      occurredOn: "2025-09-01",
      note: "Hoạt động lại sau cải tạo",
      rowVersion: f.rowVersion + 3,
    });
    const detail: GhgFacilityDetail = response.json();
    expect(detail).toMatchObject({ name: "Công ty CP Chủ Mới", taxCode: "3699000099", status: "active" });
    expect(detail.events.map((e) => e.kind)).toEqual([
      "restarted",
      "closed",
      "transferred",
      "renamed",
      "listed",
    ]);
    expect(detail.events.find((e) => e.kind === "transferred")?.before).toEqual({
      name: "Công ty Năng lượng Xanh Đồng Nai",
      taxCode: own[5]!.taxCode,
    });
    // What the lists wrote stays as they wrote it.
    expect(detail.listings[0]?.name).toBe(own[5]!.name);
    expect(await auditCount("ghg.facility_event_recorded")).toBe(4);
    f = await byTax("3699000099");
    expect(f.status).toBe("active");
  });

  it("edits the department following it and the quota, refusing a quota without its sector", async () => {
    const f = await byTax(own[6]!.taxCode);
    const url = `/api/ghg/facilities/${f.id}`;
    const refused = await coordinator.patch(url, { rowVersion: f.rowVersion, quotaStatus: "allocated" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].field).toBe("quotaSector");
    const response = await coordinator.patch(url, {
      rowVersion: f.rowVersion,
      quotaStatus: "allocated",
      quotaSector: "cement",
      agencyId: agencies.industry,
      contactName: "Nguyễn Văn A",
      contactEmail: "moitruong@example.vn",
      threshold: "emissions_3000",
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      quotaSector: "cement",
      agencyName: "Sở Công Thương",
      threshold: "emissions_3000",
    });
    expect((await facilities(`?agencyId=${agencies.industry}`)).map((x) => x.id)).toEqual([f.id]);
    expect(await auditCount("ghg.facility_updated")).toBe(1);
  });
});

describe("who may use the register", () => {
  it("lets the leader read but not import or decide, and a sector department read only what it follows", async () => {
    expect((await leader.get("/api/ghg/facilities")).statusCode).toBe(200);
    const content = (await annexWorkbook(nationalAnnex(own, 100))).toString("base64");
    const body = { list: list2024, fileName: "a.xlsx", content };
    expect((await leader.post("/api/ghg/imports", body)).statusCode).toBe(403);
    // The reporter's agency (Sở Công Thương) follows one facility: it sees that one only.
    const followed = await byTax(own[6]!.taxCode);
    const seen = (await reporter.get("/api/ghg/facilities")).json().items as GhgFacilitySummary[];
    expect(seen.map((x) => x.id)).toEqual([followed.id]);
    expect((await reporter.get(`/api/ghg/facilities/${followed.id}`)).statusCode).toBe(200);
    expect((await reporter.post("/api/ghg/imports", body)).statusCode).toBe(403);
    const f = await byTax(own[7]!.taxCode);
    expect((await reporter.get(`/api/ghg/facilities/${f.id}`)).statusCode).toBe(403);
  });
});
