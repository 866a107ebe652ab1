// The green index page on the results shipped with PEPI Hub: an installation of Bà Rịa - Vũng
// Tàu (merged into TP. Hồ Chí Minh on 01/7/2025) sees its former provinces side by side, its
// 2023 place as seed 002 reports it (8th, 4th in Đông Nam Bộ), ranks VCCI did not publish
// computed and marked, a total that differs from its sub-indices flagged, and its targets with
// the score a place would have needed.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { PgiOverview } from "../../src/contracts/pgi.js";
import { auditEvents } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";

let t: TestApp;
let coordinator: TestClient;
let agencies: ProvinceAgencies;
let overview: PgiOverview;
const hcmc = "VN34-thanh-pho-ho-chi-minh";
const brvt = "VN63-tinh-ba-ria-vung-tau";

const rowOf = (o: PgiOverview, year: number, unit: string) =>
  o.rows.find((r) => r.year === year && r.unitCode === unit);

beforeAll(async () => {
  t = await createTestApp();
  const province = await makeCycleProvince(t.database.db, "Tỉnh Bà Rịa - Vũng Tàu");
  agencies = province.agencies;
  await makeCycle(t.database.db, province.provinceId, { year: 2023 });
  coordinator = await signedInClient(t, "coordinator");
  const response = await coordinator.get("/api/pgi");
  expect(response.statusCode, response.body).toBe(200);
  overview = response.json();
});

describe("a merged province's green index", () => {
  it("is the province of the 34, with the three provinces it was made of side by side", () => {
    expect(overview.province).toMatchObject({ code: hcmc, era: "34" });
    expect(overview.merger?.date).toBe("2025-07-01");
    expect(overview.merger?.formers.sort()).toEqual(
      ["Bà Rịa - Vũng Tàu", "Bình Dương", "Hồ Chí Minh"].sort(),
    );
    expect(overview.units.filter((u) => u.former).map((u) => u.era)).toEqual(["63", "63", "63"]);
  });

  it("shows Bà Rịa - Vũng Tàu 2023 as seed 002 reports it: 23,47 points, 8th of 63, 4th in Đông Nam Bộ", () => {
    const row = rowOf(overview, 2023, brvt)!;
    expect(row.total.score).toBe(23.47);
    expect(row.total.rank).toMatchObject({ value: 8, basis: "published", of: 63 });
    expect(row.region).toMatchObject({
      name: "Đông Nam Bộ",
      rank: { value: 4, basis: "computed", exact: true, of: 6 },
    });
    expect(row.parts.find((p) => p.part === "PGI3")?.figure.score).toBe(4.44);
  });

  it("computes a rank VCCI did not publish, marks it computed, and leaves a missing score without one", () => {
    const tayNinh = overview.rows.find((r) => r.year === 2023 && r.unitCode === "VN63-thanh-pho-ho-chi-minh");
    expect(tayNinh?.total.rank).toMatchObject({ value: 5, basis: "published" });
    const binhDuong = rowOf(overview, 2023, "VN63-tinh-binh-duong")!;
    expect(binhDuong.total.score).toBe(22.44);
    expect(binhDuong.total.rank?.basis).toBe("computed");
    expect(binhDuong.total.rank!.best).toBeLessThanOrEqual(binhDuong.total.rank!.value);
    expect(binhDuong.total.rank!.worst).toBeGreaterThanOrEqual(binhDuong.total.rank!.value);
    // 2024: only the top 30 were ranked, and the edition says so.
    expect(overview.editions.find((e) => e.year === 2024)).toMatchObject({ rankedCount: 30 });
  });

  it("flags the 2022 total of Hồ Chí Minh that differs from its sub-indices, keeping the published total", () => {
    const row = rowOf(overview, 2022, "VN63-thanh-pho-ho-chi-minh")!;
    expect(row.total.score).toBe(13.99);
    expect(row.sumGap).toBe(-0.03);
    expect(rowOf(overview, 2023, "VN63-thanh-pho-ho-chi-minh")!.sumGap).toBeNull();
  });

  it("lists every province's scores of a sub-index's latest year, best first, with the province's own marked", () => {
    const sub3 = overview.subIndices.find((s) => s.part === "PGI3")!;
    expect(sub3.name).toMatch(/Vai trò lãnh đạo/);
    expect(sub3.year).toBe(2024);
    expect(sub3.provinces.length).toBeGreaterThan(30);
    const scores = sub3.provinces.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(sub3.indicators.length).toBeGreaterThan(0);
    expect(overview.totals.provinces.filter((p) => p.own).length).toBeGreaterThan(0);
  });
});

describe("targets on the page", () => {
  it("are saved by the coordinator with their audit event, and each shows how far it is", async () => {
    const saved = await coordinator.put("/api/pgi/targets", {
      targets: [
        { year: 2024, part: "total", score: null, rank: 5, note: null },
        { year: 2026, part: "PGI3", score: 5.5, rank: 10, note: "Theo chỉ đạo của UBND tỉnh" },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const o: PgiOverview = saved.json();
    expect(o.pageTargets).toHaveLength(2);
    // Fifth in 2024 needed Bình Dương's 27,64 (Bắc Ninh 27,78 fourth, Long An 27,56 sixth).
    const fifth = o.targets.find((x) => x.year === 2024 && x.measure === "rank")!;
    expect(fifth.scoreNeeded).toMatchObject({ year: 2024, rank: 5, likely: 27.64, provinceCount: 63 });
    // A place among the 34 read on the scores of the 63: converted, and the conversion said.
    const tenth = o.targets.find((x) => x.year === 2026 && x.measure === "rank")!;
    expect(tenth.scoreNeeded?.rank).toBe(19);
    expect(tenth.note).toMatch(/Hạng 10\/34 được quy đổi thành hạng 19\/63/);
    // The new province has no result of its own yet: no current figure, and why.
    const score = o.targets.find((x) => x.measure === "score")!;
    expect(score.current).toBeNull();
    expect(score.note).toMatch(/chưa có kết quả PGI riêng/);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, "pgi.targets_saved"));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toMatch(/Lưu 2 mục tiêu Chỉ số Xanh cấp tỉnh \(PGI\) của Hồ Chí Minh/);
  });

  it("refuses a sub-index score above 10, a rank beyond the provinces ranked, and twice the same year and part", async () => {
    const response = await coordinator.put("/api/pgi/targets", {
      targets: [
        { year: 2026, part: "PGI1", score: 10.5, rank: null, note: null },
        { year: 2026, part: "total", score: null, rank: 40, note: null },
        { year: 2026, part: "PGI1", score: 6, rank: null, note: null },
      ],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["targets.0.score", "targets.1.rank", "targets.2"]));
    expect(response.body).toMatch(/tối đa 10/);
    expect(response.body).toMatch(/34 tỉnh, thành phố/);
    const kept: PgiOverview = (await coordinator.get("/api/pgi")).json();
    expect(kept.pageTargets).toHaveLength(2);
  });

  it("is denied to the leader, who reads the page but does not set its targets", async () => {
    const leader = await signedInClient(t, "leader");
    const page: PgiOverview = (await leader.get("/api/pgi")).json();
    expect(page.canEditTargets).toBe(false);
    const response = await leader.put("/api/pgi/targets", { targets: [] });
    expect(response.statusCode).toBe(403);
  });
});

describe("what moves a sub-index", () => {
  it("lists the plans' tasks that serve it, by its section, a target on it or its name, with the agencies that lead them", async () => {
    const plan = (
      await coordinator.post("/api/plans", {
        numberSymbol: "82/KH-UBND",
        issuedOn: "2024-03-20",
        issuer: "UBND tỉnh",
        title: "Kế hoạch cải thiện Chỉ số PGI giai đoạn 2024-2025",
        periodFrom: 2024,
        periodTo: 2025,
        scope: "pgi",
        status: "issued",
      })
    ).json();
    const task = (letter: string, body: string, lead: string[], measures: string[] = []) => ({
      letter,
      body,
      leadAgencyIds: lead,
      supportingAgencyIds: [],
      recurring: true,
      deadline: null,
      targetIds: [],
      measures,
    });
    const saved = await coordinator.put(`/api/plans/${plan.id}/tasks`, {
      expectedRowVersion: plan.rowVersion,
      sections: [
        {
          number: "3",
          title: "Chỉ số thành phần 3: Thúc đẩy thực hành xanh (Environmental Leadership)",
          tasks: [
            task("a", "Ưu tiên mua sắm công xanh trong các dự án đầu tư công.", [agencies.industry]),
            task("b", "Hướng dẫn doanh nghiệp thực hiện quy định về môi trường.", [
              agencies.environment,
              agencies.industry,
            ]),
          ],
        },
        {
          number: "5",
          title: "Nhiệm vụ chung",
          tasks: [task("a", "Cải thiện hạ tầng thu gom chất thải rắn.", [agencies.construction], ["PGI1"])],
        },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const o: PgiOverview = (await coordinator.get("/api/pgi")).json();
    const sub3 = o.subIndices.find((s) => s.part === "PGI3")!;
    expect(sub3.tasks.map((x) => x.place)).toEqual(["3.a", "3.b"]);
    expect(sub3.tasks[0]).toMatchObject({ planId: plan.id, planStatus: "issued" });
    expect(sub3.agencies[0]).toMatchObject({ tasks: 2 });
    expect(sub3.agencies).toHaveLength(2);
    const sub1 = o.subIndices.find((s) => s.part === "PGI1")!;
    expect(sub1.tasks.map((x) => x.body)).toEqual(["Cải thiện hạ tầng thu gom chất thải rắn."]);
    expect(o.subIndices.find((s) => s.part === "PGI2")!.tasks).toEqual([]);
  });
});

describe("another province", () => {
  it("opens by its code; a province of the 63 is itself alone", async () => {
    const response = await coordinator.get(`/api/pgi?province=${brvt}`);
    expect(response.statusCode, response.body).toBe(200);
    const o: PgiOverview = response.json();
    expect(o.merger).toBeNull();
    expect(o.units.map((u) => u.code)).toEqual([brvt]);
    expect(o.canEditTargets).toBe(false);
    expect(rowOf(o, 2022, brvt)?.total.rank).toMatchObject({ value: 19, basis: "published" });
  });

  it("answers 404 for a code the registry does not know", async () => {
    expect((await coordinator.get("/api/pgi?province=VN63-khong-co")).statusCode).toBe(404);
  });
});
