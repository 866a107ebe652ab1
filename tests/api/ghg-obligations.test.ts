// Greenhouse-gas obligations: the rules seeded once from the shipped file and edited by the
// department with their audit trail (a provisional rule shown as such), the calendar of a quota
// and a non-quota facility (a facility dropped by the 2024 list owes nothing in 2025, a closed one
// neither), on time / late / missing judged from reports inserted directly, the facilities late
// or missing by department, reminders queued once, and the two-yearly review.
import { randomUUID } from "node:crypto";
import { and, count, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GhgCalendar, GhgOverdue, GhgReview, GhgRuleView } from "../../src/contracts/ghg-obligations.js";
import {
  auditEvents,
  ghgFacilities,
  ghgFacilityEvents,
  ghgFacilityListings,
  ghgLists,
  ghgObligationRules,
  ghgReports,
  outboxMessages,
} from "../../src/server/db/schema.js";
import { queueFacilityReminders } from "../../src/server/features/ghg-obligations/facility-reminders.service.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";

let t: TestApp;
let coordinator: TestClient;
let leader: TestClient;
let reporter: TestClient;
let agencies: ProvinceAgencies;
const ids = { list2022: randomUUID(), list2024: randomUUID(), quota: "", plain: "", dropped: "", closed: "" };

const auditCount = async (type: string) =>
  (await t.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.type, type)))[0]!.n;
const rules = async () =>
  ((await leader.get("/api/ghg/obligation-rules")).json() as { items: GhgRuleView[] }).items;
const rule = async (code: string) => (await rules()).find((r) => r.rule.code === code)!;
const calendar = async (id: string) =>
  (await coordinator.get(`/api/ghg/facilities/${id}/obligations?from=2023&to=2027`)).json() as GhgCalendar;
const yearOf = (c: GhgCalendar, year: number) => c.years.find((y) => y.year === year)!;
const owedIn = (c: GhgCalendar, year: number, code: string) =>
  yearOf(c, year).owed.find((o) => o.ruleCode === code);

async function facility(
  name: string,
  values: Partial<typeof ghgFacilities.$inferInsert>,
  lists: string[],
): Promise<string> {
  const id = randomUUID();
  const db = t.database.db;
  await db.insert(ghgFacilities).values({
    id,
    name,
    address: "Phường Trấn Biên, Tỉnh Đồng Nai",
    listedAddress: "Biên Hòa, Đồng Nai",
    sector: "energy",
    ministry: "industry_trade",
    ...values,
  });
  await db.insert(ghgFacilityListings).values(
    lists.map((listId) => ({
      id: randomUUID(),
      facilityId: id,
      listId,
      name,
      address: "Biên Hòa",
      sector: "energy",
      ministry: "industry_trade",
    })),
  );
  return id;
}

async function report(facilityId: string, ruleCode: string, year: number, receivedOn: string) {
  await t.database.db.insert(ghgReports).values({
    id: randomUUID(),
    facilityId,
    ruleCode,
    kind: ruleCode.replace("-", "_"),
    year,
    periodFrom: year - 2,
    periodTo: year - 1,
    receivedOn,
    receivedVia: "recorded",
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const province = await makeCycleProvince(t.database.db, "Tỉnh Đồng Nai");
  agencies = province.agencies;
  coordinator = await signedInClient(t, "coordinator");
  leader = await signedInClient(t, "leader");
  reporter = await signedInClient(t, "reporter", agencies.industry);
  const db = t.database.db;
  await db.insert(ghgLists).values([
    {
      id: ids.list2022,
      code: "01/2022/QĐ-TTg",
      title: "Danh mục 2022",
      signedOn: "2022-01-18",
      effectiveFrom: "2022-01-18",
    },
    {
      id: ids.list2024,
      code: "13/2024/QĐ-TTg",
      title: "Danh mục 2024",
      signedOn: "2024-08-13",
      effectiveFrom: "2024-10-01",
      replacesListId: ids.list2022,
    },
  ]);
  ids.quota = await facility(
    "Nhiệt điện Đồng Nai",
    { quotaStatus: "allocated", quotaSector: "thermal_power", agencyId: agencies.construction },
    [ids.list2022, ids.list2024],
  );
  ids.plain = await facility(
    "Dệt may Long Thành",
    { agencyId: agencies.industry, contactEmail: "moitruong@detmay.vn" },
    [ids.list2022, ids.list2024],
  );
  ids.dropped = await facility(
    "Gạch ngói Tân Mai",
    { agencyId: agencies.industry, delistedByListId: ids.list2024 },
    [ids.list2022],
  );
  ids.closed = await facility("Giấy Tân Mai", { agencyId: agencies.industry, status: "closed" }, [
    ids.list2022,
    ids.list2024,
  ]);
  await db
    .insert(ghgFacilityEvents)
    .values({ id: randomUUID(), facilityId: ids.closed, kind: "closed", occurredOn: "2024-06-01" });
  await report(ids.plain, "activity-data", 2025, "2025-03-20");
  await report(ids.plain, "inventory-report", 2025, "2025-04-15");
}, 60_000);
afterAll(() => t?.close());

describe("obligation rules as data", () => {
  it("seeds the shipped rules once, each with its audit event, and shows a provisional rule as such", async () => {
    const items = await rules();
    expect(items.map((r) => r.rule.code)).toEqual([
      "activity-data",
      "inventory-report",
      "mitigation-plan",
      "verification",
      "final-report",
    ]);
    await rules();
    expect(await auditCount("ghg.obligation_rule_shipped")).toBe(5);
    const inventory = items.find((r) => r.rule.code === "inventory-report")!;
    expect(inventory.rule.status).toBe("provisional");
    expect(inventory.rule.unconfirmed).toEqual(["recipient", "due", "fromYear"]);
    expect(inventory.sources.map((s) => s.id)).toContain("nd119-enviliance");
    expect(inventory.edited).toBe(false);
    expect((await reporter.get("/api/ghg/obligation-rules")).statusCode).toBe(200);
  });

  it("refuses an edit that breaks the rule, naming the field", async () => {
    const r = await rule("inventory-report");
    const base = {
      rowVersion: r.rowVersion,
      due: { day: 31, month: 3 },
      fromYear: 2025,
      untilYear: null,
      recurrence: { every: 2, fromYear: 2025 },
      facilities: "all",
      status: "provisional",
      unconfirmed: ["due"],
      note: null,
    };
    const noNote = await coordinator.put("/api/ghg/obligation-rules/inventory-report", base);
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.details).toEqual([expect.objectContaining({ field: "note" })]);
    const feb = await coordinator.put("/api/ghg/obligation-rules/inventory-report", {
      ...base,
      due: { day: 30, month: 2 },
      note: "Chờ văn bản",
    });
    expect(feb.json().error.details).toEqual([expect.objectContaining({ field: "due.day" })]);
    expect((await leader.put("/api/ghg/obligation-rules/inventory-report", base)).statusCode).toBe(403);
  });

  it("edits a rule's due date and status with its audit trail; the calendar follows; stale edits are refused", async () => {
    const r = await rule("inventory-report");
    const edit = {
      rowVersion: r.rowVersion,
      due: { day: 30, month: 4 },
      fromYear: 2025,
      untilYear: null,
      recurrence: { every: 2, fromYear: 2025 },
      facilities: "all",
      status: "confirmed",
      unconfirmed: [],
      note: "Đã đối chiếu văn bản gốc",
    };
    const response = await coordinator.put("/api/ghg/obligation-rules/inventory-report", edit);
    expect(response.statusCode).toBe(200);
    const view = response.json() as GhgRuleView;
    expect(view.rule).toMatchObject({ due: { day: 30, month: 4 }, status: "confirmed" });
    expect(view.rule.unconfirmed).toBeUndefined();
    expect(view.edited).toBe(true);
    expect(view.editedByName).toBeTruthy();
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, "ghg.obligation_rule_updated"));
    expect(audit).toMatchObject({
      entityId: "inventory-report",
      before: expect.objectContaining({ due: { day: 31, month: 3 }, status: "provisional" }),
      after: expect.objectContaining({ due: { day: 30, month: 4 }, status: "confirmed" }),
    });
    // Received 15/4/2025: late against 31/3, on time against 30/4.
    expect(owedIn(await calendar(ids.plain), 2025, "inventory-report")).toMatchObject({
      dueDate: "2025-04-30",
      fulfilment: "on_time",
      status: "confirmed",
    });
    const stale = await coordinator.put("/api/ghg/obligation-rules/inventory-report", edit);
    expect(stale.statusCode).toBe(409);
  });

  it("keeps the department's rule when the shipped file changes, and says so", async () => {
    await t.database.db
      .update(ghgObligationRules)
      .set({ shipped: { ...(await rule("inventory-report")).shipped, due: { day: 1, month: 3 } } })
      .where(eq(ghgObligationRules.code, "inventory-report"));
    const r = await rule("inventory-report");
    expect(r.rule.due).toEqual({ day: 30, month: 4 });
    expect(r.shipped.due).toEqual({ day: 31, month: 3 });
    expect(r.shippedChangedAt).not.toBeNull();
    expect(await auditCount("ghg.obligation_rule_shipped")).toBe(6);
  });

  it("resets a rule to what shipped", async () => {
    const r = await rule("inventory-report");
    const response = await coordinator.post("/api/ghg/obligation-rules/inventory-report/reset", {
      rowVersion: r.rowVersion,
    });
    expect(response.statusCode).toBe(200);
    expect((response.json() as GhgRuleView).rule).toEqual(r.shipped);
    expect(await auditCount("ghg.obligation_rule_reset")).toBe(1);
    expect(owedIn(await calendar(ids.plain), 2025, "inventory-report")).toMatchObject({
      dueDate: "2025-03-31",
      fulfilment: "late",
      status: "provisional",
      unconfirmed: ["recipient", "due", "fromYear"],
    });
  });
});

describe("a facility's calendar", () => {
  it("a non-quota facility: on time, late, missing; no verification", async () => {
    const c = await calendar(ids.plain);
    expect(c.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(owedIn(c, 2025, "activity-data")).toMatchObject({
      fulfilment: "on_time",
      receivedOn: "2025-03-20",
    });
    expect(owedIn(c, 2025, "inventory-report")?.fulfilment).toBe("late");
    expect(owedIn(c, 2025, "final-report")).toMatchObject({ dueDate: "2025-12-01", fulfilment: "missing" });
    expect(owedIn(c, 2025, "final-report")?.basis.sources.length).toBeGreaterThan(0);
    expect(yearOf(c, 2027).notOwed).toEqual([
      expect.objectContaining({ ruleCode: "verification", reason: "not_quota" }),
    ]);
  });

  it("a quota facility owes the independent verification of 2025–2026", async () => {
    const c = await calendar(ids.quota);
    expect(owedIn(c, 2027, "verification")).toMatchObject({
      dueDate: "2027-12-01",
      coversYears: [2025, 2026],
    });
    expect(owedIn(c, 2025, "activity-data")?.fulfilment).toBe("missing");
  });

  it("a facility dropped by the 2024 list owes nothing in 2025, and says why; a closed one neither", async () => {
    const dropped = await calendar(ids.dropped);
    expect(owedIn(dropped, 2024, "activity-data")).toBeDefined();
    expect(yearOf(dropped, 2025).owed).toEqual([]);
    expect(yearOf(dropped, 2025).notOwed.map((n) => n.reason)).toEqual(["delisted", "delisted", "delisted"]);
    expect(yearOf(dropped, 2025).notOwed[0]!.message).toContain("01/10/2024");
    const closed = await calendar(ids.closed);
    expect(yearOf(closed, 2025).owed).toEqual([]);
    expect(yearOf(closed, 2025).notOwed[0]!.reason).toBe("closed");
  });

  it("defaults to the first listing year up to next year; a wrong range is refused", async () => {
    const c = (await leader.get(`/api/ghg/facilities/${ids.plain}/obligations`)).json() as GhgCalendar;
    expect(c.from).toBe(2022);
    expect(c.to).toBe(Number(c.today.slice(0, 4)) + 1);
    expect(
      (await leader.get(`/api/ghg/facilities/${ids.plain}/obligations?from=2027&to=2025`)).statusCode,
    ).toBe(400);
    expect((await leader.get(`/api/ghg/facilities/${randomUUID()}/obligations`)).statusCode).toBe(404);
  });
});

describe("late and missing by department", () => {
  it("groups the facilities late or missing in 2025 by the department that follows them", async () => {
    const overdue = (await leader.get("/api/ghg/overdue?year=2025")).json() as GhgOverdue;
    const byAgency = new Map(overdue.agencies.map((a) => [a.agencyId, a]));
    expect(byAgency.get(agencies.industry)).toMatchObject({ facilityCount: 1, late: 1, missing: 1 });
    expect(byAgency.get(agencies.industry)!.facilities[0]!.name).toBe("Dệt may Long Thành");
    expect(byAgency.get(agencies.construction)).toMatchObject({ facilityCount: 1, late: 0, missing: 3 });
    expect(overdue.agencies).toHaveLength(2);
  });
});

describe("a sector department", () => {
  it("reads the register rows, calendars and late list of the facilities it follows only", async () => {
    const listed = (await reporter.get(`/api/ghg/facilities?agencyId=${agencies.construction}`)).json();
    expect(listed.items.map((f: { name: string }) => f.name).sort()).toEqual(
      ["Dệt may Long Thành", "Gạch ngói Tân Mai", "Giấy Tân Mai"].sort(),
    );
    expect((await reporter.get(`/api/ghg/facilities/${ids.plain}`)).statusCode).toBe(200);
    expect((await reporter.get(`/api/ghg/facilities/${ids.quota}`)).statusCode).toBe(403);
    expect((await reporter.get(`/api/ghg/facilities/${ids.plain}/obligations`)).statusCode).toBe(200);
    expect((await reporter.get(`/api/ghg/facilities/${ids.quota}/obligations`)).statusCode).toBe(403);
    const overdue = (await reporter.get("/api/ghg/overdue?year=2025")).json() as GhgOverdue;
    expect(overdue.agencies.map((a) => a.agencyId)).toEqual([agencies.industry]);
    expect((await reporter.get("/api/ghg/reviews")).statusCode).toBe(200);
    expect((await reporter.put("/api/ghg/obligation-rules/activity-data", {})).statusCode).toBe(403);
  });
});

describe("reminders to facilities", () => {
  it("queues each reminder once, with its audit event; a facility without an address is kept unsent", async () => {
    const now = new Date("2027-03-25T03:00:00Z");
    const first = await queueFacilityReminders(t.database.db, now);
    expect(first.reminders).toBeGreaterThan(0);
    const rows = await t.database.db
      .select()
      .from(outboxMessages)
      .where(like(outboxMessages.dedupeKey, "ghg-reminder:%"));
    expect(rows).toHaveLength(first.reminders);
    const due = rows.find((r) => r.dedupeKey === `ghg-reminder:${ids.plain}:activity-data:2027:before-7`);
    expect(due).toMatchObject({ toAddress: "moitruong@detmay.vn", status: "pending" });
    expect(due!.body).toContain("31/03/2027");
    const quota = rows.filter((r) => r.dedupeKey.startsWith(`ghg-reminder:${ids.quota}:`));
    expect(quota.length).toBeGreaterThan(0);
    expect(quota.every((r) => r.status === "unsent" && r.toAddress === null && r.lastError)).toBe(true);
    expect(rows.some((r) => r.dedupeKey.includes(ids.dropped) || r.dedupeKey.includes(ids.closed))).toBe(
      false,
    );
    expect(await auditCount("ghg.facility_reminder_queued")).toBe(first.reminders);
    const again = await queueFacilityReminders(t.database.db, now);
    expect(again.reminders).toBe(0);
    const reported = await t.database.db
      .select({ n: count() })
      .from(outboxMessages)
      .where(and(like(outboxMessages.dedupeKey, `ghg-reminder:${ids.plain}:activity-data:2025:%`)));
    expect(reported[0]!.n).toBe(0);
  });
});

describe("the two-yearly review of the list", () => {
  it("is created and updated by the coordinator, overdue shown, with its audit trail", async () => {
    const created = await coordinator.post("/api/ghg/reviews", {
      listId: ids.list2024,
      title: "Rà soát danh mục năm 2026",
      dueOn: "2026-06-30",
      agencyIds: [agencies.industry, agencies.construction],
    });
    expect(created.statusCode).toBe(200);
    const review = created.json() as GhgReview;
    expect(review).toMatchObject({ status: "planned", listCode: "13/2024/QĐ-TTg", overdue: true });
    expect(review.agencies.map((a) => a.name).sort()).toEqual(["Sở Công Thương", "Sở Xây dựng"]);
    const updated = await coordinator.patch(`/api/ghg/reviews/${review.id}`, {
      rowVersion: 1,
      status: "done",
    });
    expect(updated.json()).toMatchObject({ status: "done", overdue: false, rowVersion: 2 });
    expect(
      (await coordinator.patch(`/api/ghg/reviews/${review.id}`, { rowVersion: 1, note: "x" })).statusCode,
    ).toBe(409);
    const unknown = await coordinator.post("/api/ghg/reviews", {
      title: "Rà soát",
      dueOn: "2028-06-30",
      agencyIds: [randomUUID()],
    });
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ field: "agencyIds.0" })]);
    expect((await leader.get("/api/ghg/reviews")).json().items).toHaveLength(1);
    expect(
      (await leader.post("/api/ghg/reviews", { title: "Rà soát", dueOn: "2028-06-30" })).statusCode,
    ).toBe(403);
    expect(await auditCount("ghg.review_created")).toBe(1);
    expect(await auditCount("ghg.review_updated")).toBe(1);
  });
});
