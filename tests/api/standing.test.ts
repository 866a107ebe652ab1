// The standing on the leader's and coordinator's home, read from a real cycle and the published
// results shipped with PEPI Hub (Bà Rịa - Vũng Tàu: PEPI 2020 band, 2021 total and rank; PGI
// 2022 and 2023 from seed 002).
import { beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm, Dashboard } from "../../src/contracts/cycles.js";
import type { Standing, StandingMap } from "../../src/contracts/standing.js";
import { provincesOf } from "../../src/domain/org/provinces.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";
import { docxText } from "../support/documents.js";

let t: TestApp;
let leader: TestClient;
let agencies: ProvinceAgencies;
let cycleId: string;
const code = "VN63-tinh-ba-ria-vung-tau";

/** Saves every figure of an agency: the given numbers, 0 for the others, lists empty. */
async function fillAll(client: TestClient, agencyId: string, numbers: Record<string, string>) {
  const form: AgencyForm = (await client.get(`/api/cycles/${cycleId}/agencies/${agencyId}/form`)).json();
  const values = form.elements
    .filter((e) => !e.readOnly)
    .map((e) =>
      e.kind === "list"
        ? { element: e.code, list: [], baseVersion: e.version }
        : { element: e.code, number: numbers[e.code] ?? "0", baseVersion: e.version },
    );
  const response = await client.put(`/api/cycles/${cycleId}/agencies/${agencyId}/values`, { values });
  expect(response.statusCode, response.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const province = await makeCycleProvince(db, "Tỉnh Bà Rịa - Vũng Tàu");
  agencies = province.agencies;
  cycleId = await makeCycle(db, province.provinceId, { year: 2023 });
  // Enough figures for some indicators to score, most of them below their maximum.
  const fills: [keyof ProvinceAgencies, Record<string, string>][] = [
    ["industry", { renewable_electricity_kwh: "1.000" }],
    ["construction", { public_transport_vehicles: "12" }],
    ["statistics", { urban_population: "1.000.000", population_total: "1.200.000" }],
  ];
  for (const [key, numbers] of fills)
    await fillAll(await signedInClient(t, "reporter", agencies[key]), agencies[key], numbers);
  // Returned to the water company with a reason; the others never submitted.
  const water = await signedInClient(t, "reporter", agencies.water);
  await fillAll(water, agencies.water, {});
  expect((await water.post(`/api/cycles/${cycleId}/agencies/${agencies.water}/submit`)).statusCode).toBe(200);
  const coordinator = await signedInClient(t, "coordinator");
  const returned = await coordinator.post(`/api/cycles/${cycleId}/agencies/${agencies.water}/return`, {
    reason: "Thiếu số liệu nước thải",
  });
  expect(returned.statusCode, returned.body).toBe(200);
  leader = await signedInClient(t, "leader");
});

describe("the standing at a glance", () => {
  let standing: Standing;
  beforeAll(async () => {
    const response = await leader.get("/api/standing");
    expect(response.statusCode, response.body).toBe(200);
    standing = response.json();
  });

  it("knows the province in the registry, with its region", () => {
    expect(standing.province).toMatchObject({ code, region: "Đông Nam Bộ" });
  });

  it("states this year's result as the documents do: no band and no rank before the survey", () => {
    const current = standing.current!;
    expect(current.year).toBe(2023);
    expect(current.complete).toBe(false);
    expect(current.band).toBeNull();
    expect(current.rank).toBeNull();
    expect(current.changeText).toBeNull();
    expect(current.headline).toMatch(/nhóm II chờ kết quả khảo sát/);
    expect(current.rankText).toMatch(/^chưa ước tính được/);
  });

  it("lists the indicators losing most points, with their agencies, and none the survey scores", () => {
    const { losers } = standing.current!;
    expect(losers.length).toBeGreaterThan(0);
    expect(losers.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < losers.length; i++)
      expect(losers[i - 1]!.lost).toBeGreaterThanOrEqual(losers[i]!.lost);
    for (const l of losers) {
      expect(l.lost).toBeCloseTo(l.maxPoints - l.points, 2);
      expect(l.agencies.length).toBeGreaterThan(0);
    }
    // 12 buses for a million townspeople: 0,12 per 10.000, far below the target.
    expect(losers.find((l) => l.code === "07")).toMatchObject({
      lost: 3.14,
      agencies: expect.arrayContaining(["Thống kê tỉnh"]),
    });
    expect(losers.map((l) => l.code)).not.toContain("27");
  });

  it("names the agencies past their deadline and the one returned, with its reason", () => {
    const { agencies: state } = standing.current!;
    expect(state.returned).toEqual([
      { name: "Công ty cổ phần Cấp thoát nước", reason: "Thiếu số liệu nước thải" },
    ]);
    // The 2023 deadline (20/02/2024) is long past: every agency not submitted is late.
    expect(state.late.map((a) => a.name)).toContain("Sở Công Thương");
    expect(state.late.every((a) => (a.daysOverdue ?? 0) > 0)).toBe(true);
  });

  it("draws the trend from published years and its own, each with the method that scored it", () => {
    const byYear = new Map(standing.trend.map((y) => [y.year, y]));
    expect(byYear.get(2020)).toMatchObject({
      method: "QĐ 2782/QĐ-BTNMT",
      own: null,
      published: { total: null, band: "tốt", provinceCount: 63 },
    });
    expect(byYear.get(2021)?.published).toMatchObject({ total: 78.79, rank: 2 });
    expect(byYear.get(2023)?.own).toMatchObject({ source: "cycle", complete: false, maxPoints: 100 });
    expect(standing.trend.map((y) => y.year)).toEqual([...byYear.keys()].sort());
  });

  it("shows the green index of the last two years, sub-index by sub-index", () => {
    const pgi = standing.pgi!;
    expect(pgi).toMatchObject({
      year: 2023,
      previousYear: 2022,
      total: { score: 23.47, rank: 8 },
      previousTotal: { score: 15.42, rank: 19 },
    });
    expect(pgi.subs.find((s) => s.part === "PGI3")).toMatchObject({
      now: { score: 4.44 },
      previous: { score: 4.41 },
    });
  });

  it("compares the region's provinces, the province marked even without a published total", () => {
    const region = standing.region!;
    expect(region.name).toBe("Đông Nam Bộ");
    const members = provincesOf("63").filter((p) => p.region === "DNB");
    expect(region.rows.map((r) => r.code).sort()).toEqual(members.map((p) => p.code).sort());
    expect(region.rows.filter((r) => r.own).map((r) => r.code)).toEqual([code]);
    const totals = region.rows.map((r) => r.total ?? -1);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it("offers the years with published figures for the map", () => {
    expect(standing.mapYears.pepi).toEqual([2020, 2021, 2022]);
    expect(standing.mapYears.pgi).toEqual([2022, 2023, 2024]);
  });
});

describe("the what-if of the cycle's own result", () => {
  it("lists what agencies can act on by points gained, the survey apart, no place while incomplete", async () => {
    const response = await leader.get(`/api/cycles/${cycleId}/what-if`);
    expect(response.statusCode, response.body).toBe(200);
    const whatIf = response.json() as {
      rows: { code: string; gain: number; rank: unknown; agencies: string[] }[];
      external: { code: string }[];
    };
    expect(whatIf.external.map((r) => r.code)).toEqual(["27"]);
    expect(whatIf.rows.map((r) => r.code)).not.toContain("27");
    const gains = whatIf.rows.map((r) => r.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(whatIf.rows.find((r) => r.code === "07")).toMatchObject({ gain: 3.14, rank: null });
    const reporter = await signedInClient(t, "reporter", agencies.statistics);
    expect((await reporter.get(`/api/cycles/${cycleId}/what-if`)).statusCode).toBe(403);
  });
});

describe("an indicator not applicable to the province", () => {
  it("is marked by the coordinator with reason and grounds, scored by its rule, and said so", async () => {
    const coordinator = await signedInClient(t, "coordinator");
    const path = `/api/cycles/${cycleId}/not-applicable`;
    const grounds = {
      reason: "Tỉnh chưa có khu công nghiệp nào đi vào hoạt động",
      evidence: "Công văn số 15/BQL-KCN ngày 10/01/2024 của Ban Quản lý các khu công nghiệp",
    };
    // Only the coordinator, only with both, only where the framework states a rule.
    expect((await leader.put(`${path}/03`, grounds)).statusCode).toBe(403);
    const bare = await coordinator.put(`${path}/03`, { reason: "Không có", evidence: " " });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.details[0].field).toBe("evidence");
    const noRule = await coordinator.put(`${path}/07`, grounds);
    expect(noRule.statusCode).toBe(409);
    expect(noRule.json().error.code).toBe("NOT_APPLICABLE_NO_RULE");
    expect((await coordinator.put(`${path}/99`, grounds)).statusCode).toBe(404);

    expect((await coordinator.put(`${path}/03`, grounds)).statusCode).toBe(200);
    const dashboard = (await coordinator.get(`/api/cycles/${cycleId}/dashboard`)).json() as Dashboard;
    const zones = dashboard.indicators.find((i) => i.code === "03")!;
    expect(zones).toMatchObject({ status: "not_applicable", markableNotApplicable: true, maxPoints: 0 });
    expect(zones.reason).toContain("điểm được chia cho các chỉ số còn lại của nhóm");
    expect(zones.reason).toContain(`Lý do: ${grounds.reason}; căn cứ: ${grounds.evidence}`);
    expect(dashboard.indicators.find((i) => i.code === "07")?.markableNotApplicable).toBe(false);

    const report = await coordinator.get(`/api/cycles/${cycleId}/documents/report.docx`);
    expect(report.statusCode).toBe(200);
    expect(await docxText(report.rawPayload)).toContain(`Lý do: ${grounds.reason}`);

    expect((await coordinator.delete(`${path}/03`)).statusCode).toBe(200);
    const after = (await coordinator.get(`/api/cycles/${cycleId}/dashboard`)).json() as Dashboard;
    expect(after.indicators.find((i) => i.code === "03")?.status).not.toBe("not_applicable");
  });
});

describe("the tile-grid map", () => {
  it("places every province with its published score and rank, the province highlighted", async () => {
    const response = await leader.get("/api/standing/map?kind=pgi&year=2023");
    expect(response.statusCode, response.body).toBe(200);
    const map: StandingMap = response.json();
    expect(map).toMatchObject({ kind: "pgi", year: 2023, era: "63", own: code });
    expect(map.tiles).toHaveLength(63);
    expect(map.tiles.find((tile) => tile.code === code)).toMatchObject({ score: 23.47, rank: 8 });
    // Huế's 2023 rank is published without its score.
    expect(map.tiles.filter((tile) => tile.score !== null)).toHaveLength(17);
    expect(map.tiles.find((tile) => tile.name === "Huế")).toMatchObject({ score: null, rank: 37 });
  });

  it("opens on the latest published PEPI year when none is asked", async () => {
    const map: StandingMap = (await leader.get("/api/standing/map")).json();
    expect(map).toMatchObject({ kind: "pepi", year: 2022, era: "63" });
    expect(map.tiles.filter((tile) => tile.score !== null)).toHaveLength(15);
  });

  it("refuses an unknown index with the field named", async () => {
    const response = await leader.get("/api/standing/map?kind=pci&year=2023");
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("kind");
  });
});
