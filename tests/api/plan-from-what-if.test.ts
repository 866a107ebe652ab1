// From a result's what-if to a draft plan: the coordinator is proposed, for each indicator that
// can gain points, where it stands, the value that scores in full and the agencies answerable for
// it in the cycle; the chosen ones become targets (their baseline read from the cycle, a value per
// year up to the one aimed at) and lettered tasks under their group, led by those agencies, in one
// transaction with its audit events. Every problem names its indicator; nothing is half-saved.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDetail } from "../../src/contracts/plan-content.js";
import type { PlanProposal } from "../../src/contracts/plan-from-what-if.js";
import type { Plan } from "../../src/contracts/plans.js";
import { defaultPeriod } from "../../src/domain/plans/plan-from-what-if.js";
import { agencies as agenciesTable, cycles } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeAssignedCycle, makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";

let t: TestApp;
let coordinator: TestClient;
let agencies: ProvinceAgencies;
let provinceId: string;
let provinceName: string;
let cycleId: string;
let proposal: PlanProposal;

const solidWaste = "Tỷ lệ chất thải rắn sinh hoạt được xử lý đáp ứng yêu cầu bảo vệ môi trường";

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signedInClient(t, "coordinator");
  const province = await makeCycleProvince(t.database.db);
  ({ agencies, provinceId, provinceName } = province);
  // Sở Tài chính has closed: nobody the framework names for the budget indicator (24) is left.
  await t.database.db
    .update(agenciesTable)
    .set({ active: false })
    .where(eq(agenciesTable.id, agencies.finance));
  cycleId = await makeAssignedCycle(
    t.database.db,
    provinceId,
    {
      // Public transport (07): Sở Xây dựng's own figure, the urban population shared.
      [agencies.construction]: ["public_transport_vehicles", "urban_population"],
      // Solid waste treated (12): each commune its part.
      [agencies.communeA]: ["solid_waste_generated_t_day", "solid_waste_treated_t_day"],
      [agencies.communeB]: ["solid_waste_generated_t_day", "solid_waste_treated_t_day"],
    },
    { year: 2023, only: true },
  );
  const save = async (agencyId: string, values: [string, string][]) => {
    const reporter = await signedInClient(t, "reporter", agencyId);
    const saved = await reporter.put(`/api/cycles/${cycleId}/agencies/${agencyId}/values`, {
      values: values.map(([element, number]) => ({ element, number, baseVersion: null })),
    });
    expect(saved.statusCode, saved.body).toBe(200);
  };
  await save(agencies.construction, [
    ["public_transport_vehicles", "150"],
    ["urban_population", "300.000"],
  ]);
  await save(agencies.communeA, [
    ["solid_waste_generated_t_day", "100"],
    ["solid_waste_treated_t_day", "60"],
  ]);
  await save(agencies.communeB, [
    ["solid_waste_generated_t_day", "100"],
    ["solid_waste_treated_t_day", "70"],
  ]);
  const answer = await coordinator.get(`/api/plans/from-what-if?cycleId=${cycleId}`);
  expect(answer.statusCode, answer.body).toBe(200);
  proposal = answer.json();
});
afterAll(() => t.close());

const indicator = (code: string) => proposal.indicators.find((i) => i.code === code)!;
const planCount = async () =>
  ((await coordinator.get("/api/plans")).json() as { items: Plan[] }).items.length;

describe("what the application proposes from a cycle's what-if", () => {
  it("ranks the indicators by the points they add, each with where it stands and what scores in full", () => {
    const gains = proposal.indicators.map((i) => i.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    // 150 vehicles for 300.000 urban residents: 5 per 10.000; full points at 10.
    expect(indicator("07")).toMatchObject({
      measureRef: "PEPI-2782:07",
      name: "Số lượng phương tiện giao thông công cộng trên 10.000 dân đô thị",
      unit: "xe/10.000 dân đô thị",
      direction: "higher_is_better",
      value: 5,
      fullValue: 10,
      group: { name: "Bảo vệ chất lượng môi trường sống" },
    });
    // 130 of 200 tonnes a day treated, the two communes' parts summed.
    expect(indicator("12")).toMatchObject({ name: solidWaste, unit: "%", value: 65, fullValue: 100 });
    // The survey is scored outside the province: no agency can raise it.
    expect(proposal.indicators.map((i) => i.code)).not.toContain("27");
    expect(proposal.source).toMatchObject({ cycleId, computationId: null, year: 2023 });
    expect(proposal.source.label).toContain("Kỳ đánh giá năm 2023");
  });

  it("proposes who leads: the cycle's reporting agency, else the one the framework names, else nobody", () => {
    expect(indicator("07")).toMatchObject({
      lead: [{ id: agencies.construction, name: "Sở Xây dựng" }],
      supporting: [],
      leadFrom: "cycle",
    });
    // Only communes report solid waste: Sở Xây dựng, named next, leads; the communes support.
    expect(indicator("12")).toMatchObject({
      lead: [{ name: "Sở Xây dựng" }],
      supporting: [{ name: "UBND Xã Bắc" }, { name: "UBND Xã Nam" }],
      leadFrom: "framework",
    });
    expect(indicator("24")).toMatchObject({ lead: [], supporting: [], leadFrom: "none" });
    // Agencies to choose from: the province's active ones, Sở Tài chính no longer among them.
    expect(proposal.agencies.map((a) => a.id)).toContain(agencies.industry);
    expect(proposal.agencies.map((a) => a.id)).not.toContain(agencies.finance);
  });

  it("names the plan after the province, from the year after the result, issued by the province", () => {
    const period = defaultPeriod(2023, new Date());
    expect(proposal.defaults).toEqual({
      title: `Kế hoạch nâng cao Chỉ số PEPI của ${provinceName.replace(/^Tỉnh/, "tỉnh")} giai đoạn ${period.periodFrom}–${period.periodTo}`,
      issuer: `Ủy ban nhân dân ${provinceName.replace(/^Tỉnh/, "tỉnh")}`,
      ...period,
    });
  });
});

describe("a draft plan from the chosen indicators", () => {
  it("holds a target and a task per indicator, led by the agencies answerable for it, with its audit", async () => {
    const before = await planCount();
    const created = await coordinator.post("/api/plans/from-what-if", {
      cycleId,
      title: "Kế hoạch nâng cao Chỉ số PEPI giai đoạn 2024–2025",
      periodFrom: 2024,
      periodTo: 2025,
      indicators: [
        { code: "12", target: 90 },
        { code: "07" },
        { code: "24", target: 1, leadAgencyIds: [agencies.environment] },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const plan: Plan = created.json();
    expect(plan).toMatchObject({ status: "draft", scope: "pepi", periodFrom: 2024, periodTo: 2025 });
    expect(plan.issuer).toBe(proposal.defaults.issuer);
    expect(await planCount()).toBe(before + 1);

    const detail: PlanDetail = (await coordinator.get(`/api/plans/${plan.id}`)).json();
    // Targets in the order chosen, each measured by its indicator, the baseline read from the cycle.
    expect(detail.targets.map((x) => x.measureRef)).toEqual(["PEPI-2782:12", "PEPI-2782:07", "PEPI-2782:24"]);
    const [waste, transport] = detail.targets;
    expect(waste!.baseline).toMatchObject({ value: 65, year: 2023, entered: false });
    expect(waste!.baseline.source).toContain("đang thu thập");
    expect(waste!.years.map((y) => [y.year, y.target])).toEqual([
      [2024, 77.5],
      [2025, 90],
    ]);
    expect(transport!.years.map((y) => [y.year, y.target])).toEqual([
      [2024, 7.5],
      [2025, 10],
    ]);
    // Nothing reported for the plan's years yet: not a miss.
    expect(transport!.years.map((y) => y.status)).toEqual(["not_reported", "not_reported"]);

    // A section per criteria group in the framework's order, tasks by the points they add.
    expect(detail.sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Bảo vệ chất lượng môi trường sống"],
      ["2", "Năng lực quản lý nhà nước về bảo vệ môi trường"],
    ]);
    const [first, second] = detail.sections;
    const byGain = [indicator("07"), indicator("12")].sort((a, b) => b.gain - a.gain).map((i) => i.code);
    const targetOf = (code: string) => detail.targets.find((x) => x.measureRef === `PEPI-2782:${code}`)!.id;
    const taskOf = (code: string) => first!.tasks.find((task) => task.targetIds.includes(targetOf(code)))!;
    expect(first!.tasks.map((task) => task.letter)).toEqual(["a", "b"]);
    expect(taskOf(byGain[0]!).letter).toBe("a");
    expect(taskOf("12")).toMatchObject({
      body: `Nâng “${solidWaste}” từ 65% (năm 2023) lên 90% vào năm 2025.`,
      lead: [{ name: "Sở Xây dựng" }],
      supporting: [{ name: "UBND Xã Bắc" }, { name: "UBND Xã Nam" }],
      deadline: "2025-12-31",
      recurring: false,
      targetIds: [waste!.id],
    });
    expect(taskOf("07").body).toBe(
      `Nâng “Số lượng phương tiện giao thông công cộng trên 10.000 dân đô thị” từ 5 xe/10.000 dân đô thị (năm 2023) lên 10 xe/10.000 dân đô thị vào năm 2025, để chỉ số đạt điểm tối đa (thêm ${indicator("07").gain.toLocaleString("vi-VN")} điểm).`,
    );
    // The target names the indicator: the task serves it once.
    expect(taskOf("07").serves.map((s) => s.label)).toEqual([
      "Chỉ tiêu: Số lượng phương tiện giao thông công cộng trên 10.000 dân đô thị",
    ]);
    expect(second!.tasks[0]).toMatchObject({ letter: "a", lead: [{ id: agencies.environment }] });
    expect(second!.tasks[0]!.body).toMatch(/^Đưa “.*” đạt 1% vào năm 2025, để chỉ số đạt điểm tối đa/);

    // One transaction, the plan's three events: created from the what-if, targets, tasks.
    const admin = await signedInClient(t, "admin");
    const trail = await admin.get(`/api/audit-events?entityType=plan&entityId=${plan.id}`);
    const events = trail.json().items as { type: string; summary: string }[];
    expect(events.map((e) => e.type).sort()).toEqual([
      "plan.created",
      "plan.targets_saved",
      "plan.tasks_saved",
    ]);
    expect(events.find((e) => e.type === "plan.created")!.summary).toContain(
      "từ phân tích “Nếu cải thiện” của kỳ đánh giá năm 2023",
    );

    // The Sở Xây dựng's people find their tasks among their own.
    const tasks = (await coordinator.get(`/api/plans/tasks?agencyId=${agencies.construction}`)).json();
    expect(tasks.items.filter((x: { plan: { id: string } }) => x.plan.id === plan.id)).toHaveLength(2);
  });

  it("names a plan whose title is left out after the years it is given", async () => {
    const created = await coordinator.post("/api/plans/from-what-if", {
      cycleId,
      periodFrom: 2024,
      periodTo: 2024,
      indicators: [{ code: "07" }],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().title).toBe(
      `Kế hoạch nâng cao Chỉ số PEPI của ${provinceName.replace(/^Tỉnh/, "tỉnh")} năm 2024`,
    );
  });

  it("takes the proposal's defaults for what is left out", async () => {
    const created = await coordinator.post("/api/plans/from-what-if", {
      cycleId,
      indicators: [{ code: "07" }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const plan: Plan = created.json();
    expect(plan).toMatchObject({
      title: proposal.defaults.title,
      periodFrom: proposal.defaults.periodFrom,
      periodTo: proposal.defaults.periodTo,
    });
    const detail: PlanDetail = (await coordinator.get(`/api/plans/${plan.id}`)).json();
    expect(detail.targets[0]!.years.at(-1)!.target).toBe(10);
  });

  it("refuses every problem together, each naming its indicator, and saves nothing", async () => {
    const before = await planCount();
    const refused = await coordinator.post("/api/plans/from-what-if", {
      cycleId,
      periodFrom: 2022,
      periodTo: 2023,
      indicators: [
        { code: "24" },
        { code: "12", target: 50 },
        { code: "07", leadAgencyIds: [] },
        { code: "07" },
        { code: "27" },
        { code: "99" },
        { code: "01", leadAgencyIds: [agencies.finance] },
      ],
    });
    expect(refused.statusCode).toBe(400);
    const details = refused.json().error.details as { field: string; message: string }[];
    const message = (field: string) => details.find((d) => d.field === field)?.message;
    expect(message("periodFrom")).toBe("Kế hoạch phải bắt đầu từ năm 2023 (năm của kết quả) trở đi");
    expect(message("indicators.0.leadAgencyIds")).toMatch(
      /^Chỉ số “.*”: chọn cơ quan chủ trì \(không cơ quan cấp tỉnh nào được giao số liệu hay được bộ chỉ số nêu cho chỉ số này\)$/,
    );
    expect(message("indicators.1.target")).toBe(
      `Chỉ số “${solidWaste}”: giá trị phấn đấu 50% phải cao hơn giá trị hiện nay (65%)`,
    );
    expect(message("indicators.2.leadAgencyIds")).toBe(
      "Chỉ số “Số lượng phương tiện giao thông công cộng trên 10.000 dân đô thị”: chọn cơ quan chủ trì",
    );
    expect(message("indicators.3.code")).toContain("đã chọn hai lần");
    expect(message("indicators.4.code")).toContain("khảo sát người dân");
    expect(message("indicators.5.code")).toBe("Không có chỉ số “99” trong kết quả này");
    expect(message("indicators.6.leadAgencyIds")).toContain("đã ngừng hoạt động");
    expect(await planCount()).toBe(before);

    const empty = await coordinator.post("/api/plans/from-what-if", { cycleId, indicators: [] });
    expect(empty.json().error.details).toEqual([
      { field: "indicators", message: "Chọn ít nhất một chỉ số để lập kế hoạch" },
    ]);
    const twoSources = await coordinator.post("/api/plans/from-what-if", {
      cycleId,
      computationId: cycleId,
      indicators: [{ code: "07" }],
    });
    expect(twoSources.json().error.details[0].field).toBe("source");
    // A plan it implements that does not exist is refused by the plan's own rules, on its field.
    const noParent = await coordinator.post("/api/plans/from-what-if", {
      cycleId,
      implementsPlanId: "00000000-0000-4000-8000-000000000000",
      indicators: [{ code: "07" }],
    });
    expect(noParent.statusCode).toBe(400);
    expect(noParent.json().error.details).toEqual([
      { field: "implementsPlanId", message: "Không có kế hoạch này" },
    ]);
    expect(await planCount()).toBe(before);
  });

  it("is refused to anyone but the coordinator", async () => {
    const reporter = await signedInClient(t, "reporter", agencies.construction);
    const leader = await signedInClient(t, "leader");
    for (const client of [reporter, leader]) {
      expect((await client.get(`/api/plans/from-what-if?cycleId=${cycleId}`)).statusCode).toBe(403);
      const post = await client.post("/api/plans/from-what-if", { cycleId, indicators: [{ code: "07" }] });
      expect(post.statusCode).toBe(403);
    }
  });
});

describe("a draft plan from a stored computation", () => {
  it("writes the baseline down with its source, and asks for the lead the framework cannot name", async () => {
    const saved = await coordinator.post("/api/computations", {
      framework: "PEPI-2782",
      orgUnitId: provinceId,
      year: 2022,
      inputs: { public_transport_vehicles: 100, urban_population: 250_000 },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const computationId = saved.json().id as string;
    const offered: PlanProposal = (
      await coordinator.get(`/api/plans/from-what-if?computationId=${computationId}`)
    ).json();
    const transport = offered.indicators.find((i) => i.code === "07")!;
    // No cycle: the agency the framework names leads.
    expect(transport).toMatchObject({ value: 4, lead: [{ name: "Sở Xây dựng" }], leadFrom: "framework" });
    expect(offered.source.label).toMatch(/^Kết quả tính năm 2022 của .*, lưu ngày \d\d\/\d\d\/\d{4}$/);

    const created = await coordinator.post("/api/plans/from-what-if", {
      computationId,
      periodFrom: 2023,
      periodTo: 2023,
      indicators: [{ code: "07", target: 6 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const detail: PlanDetail = (await coordinator.get(`/api/plans/${created.json().id}`)).json();
    expect(detail.targets[0]!.baseline).toEqual({
      value: 4,
      year: 2022,
      source: offered.source.label,
      entered: true,
    });
    expect(detail.targets[0]!.years).toMatchObject([{ year: 2023, target: 6 }]);
  });

  it("is refused for a result replaced by a newer one", async () => {
    const inputs = { public_transport_vehicles: 100, urban_population: 250_000 };
    const first = await coordinator.post("/api/computations", {
      framework: "PEPI-2782",
      orgUnitId: provinceId,
      year: 2021,
      inputs,
    });
    const second = await coordinator.post("/api/computations", {
      framework: "PEPI-2782",
      orgUnitId: provinceId,
      year: 2021,
      inputs,
    });
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const refused = await coordinator.get(`/api/plans/from-what-if?computationId=${first.json().id}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].message).toBe(
      "Kết quả này đã được thay bằng kết quả tính lại: lập kế hoạch từ kết quả mới",
    );
  });

  it("is refused for another province's result", async () => {
    const other = await makeCycleProvince(t.database.db);
    const saved = await coordinator.post("/api/computations", {
      framework: "PEPI-2782",
      orgUnitId: other.provinceId,
      year: 2022,
      inputs: { public_transport_vehicles: 100, urban_population: 250_000 },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const refused = await coordinator.get(`/api/plans/from-what-if?computationId=${saved.json().id}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].message).toBe(
      `Kết quả này là của ${other.provinceName}, không phải của ${provinceName}: chỉ lập kế hoạch từ kết quả của tỉnh mình`,
    );
  });
});

describe("the plan's words and figures", () => {
  it("names the year's state as the cycle does: sent to the Ministry, not only approved", async () => {
    const db = t.database.db;
    await db.update(cycles).set({ status: "sent_to_ministry" }).where(eq(cycles.id, cycleId));
    try {
      const sent: PlanProposal = (await coordinator.get(`/api/plans/from-what-if?cycleId=${cycleId}`)).json();
      expect(sent.source.label).toBe(`Kỳ đánh giá năm 2023 của ${provinceName} (đã gửi Bộ)`);
      await db.update(cycles).set({ status: "in_review" }).where(eq(cycles.id, cycleId));
      const waiting: PlanProposal = (
        await coordinator.get(`/api/plans/from-what-if?cycleId=${cycleId}`)
      ).json();
      expect(waiting.source.label).toBe(
        `Kỳ đánh giá năm 2023 của ${provinceName} (chờ lãnh đạo phê duyệt, tạm tính)`,
      );
    } finally {
      await db.update(cycles).set({ status: "open" }).where(eq(cycles.id, cycleId));
    }
    expect(proposal.source.label).toBe(
      `Kỳ đánh giá năm 2023 của ${provinceName} (đang thu thập số liệu, tạm tính)`,
    );
  });

  it("leaves the draft framework's mark out of its texts, and rounds the years between as the indicator is written", async () => {
    // QĐ 383 before its annex: the indicators' names are marked "(dự kiến)".
    const saved = await coordinator.post("/api/computations", {
      framework: "PEPI-383",
      orgUnitId: provinceId,
      year: 2025,
      inputs: { urban_wastewater_treated_m3: 3801, urban_wastewater_generated_m3: 10_000 },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const computationId = saved.json().id as string;
    const offered: PlanProposal = (
      await coordinator.get(`/api/plans/from-what-if?computationId=${computationId}`)
    ).json();
    const wastewater = offered.indicators.find((i) => i.code === "KQ1")!;
    expect(wastewater).toMatchObject({ value: 38.01, fullValue: 100, unit: "%" });
    expect(wastewater.name).toMatch(/\(dự kiến\)$/);

    const created = await coordinator.post("/api/plans/from-what-if", {
      computationId,
      periodFrom: 2027,
      periodTo: 2028,
      indicators: [{ code: "KQ1", leadAgencyIds: [agencies.construction] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const detail: PlanDetail = (await coordinator.get(`/api/plans/${created.json().id}`)).json();
    const [target] = detail.targets;
    const name = "Tỷ lệ nước thải sinh hoạt đô thị được xử lý đạt quy chuẩn";
    // The target names its measure without the mark; the measure says it is provisional.
    expect(target).toMatchObject({ label: name, provisional: true, unit: "%" });
    // From 38,01% in 2025 evenly to 100% in 2028: 79,34 is written to one decimal.
    expect(target!.years.map((y) => [y.year, y.target])).toEqual([
      [2027, 79.3],
      [2028, 100],
    ]);
    const task = detail.sections[0]!.tasks[0]!;
    expect(task.body).toBe(
      `Nâng “${name}” từ 38,01% (năm 2025) lên 100% vào năm 2028, để chỉ số đạt điểm tối đa (thêm ${wastewater.gain.toLocaleString("vi-VN")} điểm).`,
    );
    expect(task.serves.map((x) => x.label)).toEqual([`Chỉ tiêu: ${name}`]);
  });
});
