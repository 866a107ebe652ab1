// A plan's targets and tasks: each target names what measures it and fills its actuals from
// what the application knows (a live cycle's indicator, VCCI's published PGI), judged by the
// plan's rule, "not reported" kept apart from "missed"; tasks by section and letter with lead
// and supporting agencies; an agency reads its own tasks across plans; the issued document is
// kept with the plan. Bad input is refused by place, nothing half-saved.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDetail, PlanTarget, TargetInput } from "../../src/contracts/plan-content.js";
import type { Plan } from "../../src/contracts/plans.js";
import { samplePdf, samplePng } from "../../src/domain/files/samples.test-support.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeAssignedCycle, makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";

let t: TestApp;
let coordinator: TestClient;
let agencies: ProvinceAgencies;
let plan: Plan;
let cycleId: string;
let reporter: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signedInClient(t, "coordinator");
  // A real province's name, so VCCI's published results are its own.
  const province = await makeCycleProvince(t.database.db, "Bắc Giang");
  agencies = province.agencies;
  cycleId = await makeAssignedCycle(
    t.database.db,
    province.provinceId,
    { [agencies.construction]: ["public_transport_vehicles", "urban_population"] },
    { year: 2023, only: true },
  );
  reporter = await signedInClient(t, "reporter", agencies.construction);
  const saved = await reporter.put(`/api/cycles/${cycleId}/agencies/${agencies.construction}/values`, {
    values: [
      { element: "public_transport_vehicles", number: "150", baseVersion: null },
      { element: "urban_population", number: "300.000", baseVersion: null },
    ],
  });
  expect(saved.statusCode, saved.body).toBe(200);
  plan = (
    await coordinator.post("/api/plans", {
      numberSymbol: "82/KH-UBND",
      issuedOn: "2023-03-20",
      issuer: "UBND tỉnh Bắc Giang",
      title: "Kế hoạch cải thiện, nâng hạng Chỉ số PGI giai đoạn 2023-2025",
      periodFrom: 2023,
      periodTo: 2025,
      scope: "pgi",
      status: "issued",
    })
  ).json();
});
afterAll(() => t.close());

const target = (over: Partial<TargetInput>): TargetInput => ({
  measure: "own",
  measureRef: null,
  name: null,
  unit: null,
  direction: null,
  baselineValue: null,
  baselineYear: 2022,
  baselineSource: null,
  yearly: [],
  ...over,
});

/** A saved target as it is sent back: what was typed, not what was read for it. */
const asInput = (x: PlanTarget): TargetInput => ({
  id: x.id,
  measure: x.measure,
  measureRef: x.measureRef,
  name: x.name,
  unit: x.measure === "own" ? x.unit : null,
  direction: x.measure === "own" ? x.direction : null,
  baselineValue: x.baseline.entered ? x.baseline.value : null,
  baselineYear: x.baseline.year,
  baselineSource: x.baseline.entered ? x.baseline.source : null,
  yearly: x.years.filter((y) => y.target !== null).map((y) => ({ year: y.year, value: y.target! })),
});

const detail = async (): Promise<PlanDetail> => (await coordinator.get(`/api/plans/${plan.id}`)).json();

describe("a plan's targets", () => {
  it("fill their actuals from a live cycle and from published PGI, each year judged by the plan's rule", async () => {
    const saved = await coordinator.put(`/api/plans/${plan.id}/targets`, {
      expectedRowVersion: plan.rowVersion,
      atRiskBelowPercent: 90,
      targets: [
        // 150 vehicles for 300.000 urban residents: 5 per 10.000, live (the year is collecting).
        target({
          measure: "pepi_indicator",
          measureRef: "PEPI-2782:07",
          yearly: [{ year: 2023, value: 5.5 }],
        }),
        target({ measure: "pepi_indicator", measureRef: "PEPI-2782:07", yearly: [{ year: 2023, value: 6 }] }),
        // Seed 004: sub-index 1 from 3,45 up; VCCI's 2024 figure is 6,41.
        target({
          measure: "pgi_part_score",
          measureRef: "PGI1",
          yearly: [
            { year: 2023, value: 3.7 },
            { year: 2024, value: 3.8 },
          ],
        }),
        target({ measure: "pgi_part_score", measureRef: "PGI2", yearly: [{ year: 2024, value: 8 }] }),
        target({ measure: "pgi_rank", yearly: [{ year: 2024, value: 10 }] }),
        target({
          measure: "own",
          name: "Tỷ lệ cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt quy chuẩn",
          unit: "%",
          direction: "up",
          baselineValue: 60,
          baselineSource: "Báo cáo của Sở Công Thương",
          yearly: [
            { year: 2023, value: 62.9 },
            { year: 2024, value: 65 },
            { year: 2025, value: 70 },
          ],
        }),
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const [onTrack, atRisk, part1, part2, rank, own] = (saved.json() as PlanDetail).targets;

    const year = (x: typeof onTrack, y: number) => x!.years.find((v) => v.year === y)!;
    expect(onTrack!.label).toBe("Số lượng phương tiện giao thông công cộng trên 10.000 dân đô thị");
    expect(onTrack!.unit).toBe("xe/10.000 dân đô thị");
    expect(year(onTrack, 2023)).toMatchObject({ target: 5.5, actual: 5, final: false, status: "on_track" });
    expect(year(onTrack, 2023).actualSource).toContain("đang thu thập");
    expect(year(atRisk, 2023)).toMatchObject({ target: 6, actual: 5, status: "at_risk" });
    // No figure yet is "not reported", never "missed"; a year without a value has no status.
    expect(year(onTrack, 2024)).toMatchObject({ target: null, actual: null, status: null });

    // The baseline the application knows is read, not typed: 3,45, which the shipped file took
    // from the plan itself and no VCCI page confirms, so it says so.
    expect(part1!.baseline).toEqual({
      value: 3.45,
      year: 2022,
      source: "Kết quả VCCI công bố (nguồn chưa xác nhận)",
      entered: false,
    });
    expect(part1!.label).toContain("Giảm thiểu ô nhiễm môi trường");
    expect(year(part1, 2023)).toMatchObject({ actual: null, status: "not_reported" });
    expect(year(part1, 2024)).toMatchObject({ actual: 6.41, final: true, status: "met" });
    expect(year(part1, 2024).actualSource).toBe("Kết quả VCCI công bố");
    expect(year(part2, 2024)).toMatchObject({ actual: 7.34, final: true, status: "missed" });
    // A rank VCCI did not publish stays empty: not reported, not missed.
    expect(rank!.direction).toBe("down");
    expect(rank!.baseline.value).toBe(8);
    expect(year(rank, 2024)).toMatchObject({ actual: null, status: "not_reported" });
    // A plan's own measure is reported in progress reports.
    expect(own!.label).toBe("Tỷ lệ cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt quy chuẩn");
    expect(own!.baseline).toEqual({
      value: 60,
      year: 2022,
      source: "Báo cáo của Sở Công Thương",
      entered: true,
    });
    expect(own!.years.map((y) => y.status)).toEqual(["not_reported", "not_reported", "not_reported"]);
  });

  it("follows the margin the coordinator sets", async () => {
    const current = await detail();
    const inputs = current.targets.map(asInput);
    const stricter = await coordinator.put(`/api/plans/${plan.id}/targets`, {
      expectedRowVersion: current.rowVersion,
      atRiskBelowPercent: 95,
      targets: inputs,
    });
    expect(stricter.statusCode, stricter.body).toBe(200);
    const after = stricter.json() as PlanDetail;
    expect(after.atRiskBelowPercent).toBe(95);
    // 5 is 91% of 5,5: on track at 90%, at risk at 95%.
    expect(after.targets[0]!.years[0]!.status).toBe("at_risk");
    // The ids stay: tasks that serve a target keep pointing at it.
    expect(after.targets.map((x) => x.id)).toEqual(current.targets.map((x) => x.id));
  });

  it("follows the figures as they are saved", async () => {
    const before = (await detail()).targets[1]!.years[0]!;
    expect(before).toMatchObject({ target: 6, actual: 5, status: "at_risk" });
    const url = `/api/cycles/${cycleId}/agencies/${agencies.construction}`;
    const form = (await reporter.get(`${url}/form`)).json();
    const vehicles = form.elements.find((e: { code: string }) => e.code === "public_transport_vehicles");
    const saved = await reporter.put(`${url}/values`, {
      values: [{ element: "public_transport_vehicles", number: "180", baseVersion: vehicles.version }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // 180 vehicles for 300.000 residents: 6 per 10.000 (not 5,999…), the year's value reached.
    expect((await detail()).targets[1]!.years[0]).toMatchObject({ actual: 6, status: "on_track" });
  });

  it("refuses a target without a measure or baseline year, a year outside the plan, an odd rank, by place; nothing saved", async () => {
    const before = await detail();
    const refused = await coordinator.put(`/api/plans/${plan.id}/targets`, {
      expectedRowVersion: before.rowVersion,
      atRiskBelowPercent: 90,
      targets: [
        target({ measure: null, yearly: [{ year: 2023, value: 1 }] }),
        target({ measure: "pgi_total", baselineYear: null, yearly: [{ year: 2027, value: 20 }] }),
        target({ measure: "pepi_rank", yearly: [{ year: 2024, value: 12.5 }] }),
        target({ measure: "pepi_indicator", measureRef: "PEPI-2782:99", yearly: [{ year: 2024, value: 1 }] }),
        target({ measure: "own", yearly: [{ year: 2024, value: 1 }] }),
      ],
    });
    expect(refused.statusCode).toBe(400);
    const details: { field: string; message: string }[] = refused.json().error.details;
    expect(details.map((d) => d.field)).toEqual([
      "targets.0.measure",
      "targets.1.baselineYear",
      "targets.1.yearly.0.year",
      "targets.2.yearly.0.value",
      "targets.3.measureRef",
      "targets.4.name",
      "targets.4.unit",
      "targets.4.direction",
    ]);
    expect(details[2]!.message).toBe("Chỉ tiêu 2: năm 2027 ngoài thời kỳ của kế hoạch (2023–2025)");
    expect(details[4]!.message).toBe("Chỉ tiêu 4: không có chỉ số “PEPI-2782:99”");
    const after = await detail();
    expect(after.targets).toEqual(before.targets);
    expect(after.rowVersion).toBe(before.rowVersion);

    // Saved by someone else meanwhile: refused, not overwritten.
    const stale = await coordinator.put(`/api/plans/${plan.id}/targets`, {
      expectedRowVersion: before.rowVersion - 1,
      atRiskBelowPercent: 90,
      targets: [],
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe("a plan's tasks", () => {
  const task = (over: Record<string, unknown>) => ({
    letter: "a",
    body: "Đẩy mạnh tuyên truyền về ô nhiễm môi trường và biến đổi khí hậu.",
    leadAgencyIds: [agencies.environment],
    supportingAgencyIds: [],
    recurring: true,
    deadline: null,
    targetIds: [],
    measures: [],
    ...over,
  });

  it("are kept by section and letter, with who leads and supports, and what each serves", async () => {
    const current = await detail();
    const saved = await coordinator.put(`/api/plans/${plan.id}/tasks`, {
      expectedRowVersion: current.rowVersion,
      sections: [
        {
          number: "1",
          title: "Chỉ số thành phần 1: Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của BĐKH",
          tasks: [
            task({ measures: ["PGI1"], targetIds: [current.targets[2]!.id] }),
            task({
              letter: "d",
              body: "100% khu công nghiệp hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn.",
              leadAgencyIds: [agencies.zones, agencies.industry],
              supportingAgencyIds: [agencies.environment],
              recurring: false,
              deadline: "2025-12-31",
            }),
            task({
              letter: "đ",
              body: "Đấu tranh phòng chống tội phạm về môi trường.",
              measures: ["PEPI-2782:07"],
            }),
          ],
        },
        {
          number: "2",
          title: "Chỉ số thành phần 2",
          tasks: [task({ leadAgencyIds: [agencies.construction] })],
        },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const { sections } = saved.json() as PlanDetail;
    expect(sections.map((s) => [s.number, s.tasks.map((x) => x.letter)])).toEqual([
      ["1", ["a", "d", "đ"]],
      ["2", ["a"]],
    ]);
    const d = sections[0]!.tasks[1]!;
    expect(d.lead.map((a) => a.name).sort()).toEqual([
      "Ban Quản lý các khu công nghiệp tỉnh",
      "Sở Công Thương",
    ]);
    expect(d.supporting.map((a) => a.name)).toEqual(["Sở Nông nghiệp và Môi trường"]);
    expect(d).toMatchObject({ deadline: "2025-12-31", recurring: false });
    expect(sections[0]!.tasks[0]!.serves.map((s) => s.label)).toEqual([
      expect.stringMatching(/^Chỉ tiêu: Điểm chỉ số thành phần 1 PGI/),
      expect.stringMatching(/^Chỉ số thành phần 1 PGI: Giảm thiểu ô nhiễm/),
    ]);
    expect(sections[0]!.tasks[2]!.serves[0]!.label).toBe(
      "Chỉ số PEPI: Số lượng phương tiện giao thông công cộng trên 10.000 dân đô thị",
    );
  });

  it("refuses a task without a lead agency, a letter twice, a deadline outside the plan, by place; nothing saved", async () => {
    const before = await detail();
    const refused = await coordinator.put(`/api/plans/${plan.id}/tasks`, {
      expectedRowVersion: before.rowVersion,
      sections: [
        {
          number: "1",
          title: "Mục một",
          tasks: [
            task({ leadAgencyIds: [] }),
            task({ letter: "a" }),
            task({ letter: "b", recurring: false, deadline: "2027-06-30" }),
            task({ letter: "c", recurring: false, deadline: null }),
            task({ letter: "1" }),
            task({ letter: "d", targetIds: ["00000000-0000-4000-8000-000000000000"] }),
          ],
        },
      ],
    });
    expect(refused.statusCode).toBe(400);
    const details: { field: string; message: string }[] = refused.json().error.details;
    expect(details.map((x) => x.field)).toEqual([
      "sections.0.tasks.0.leadAgencyIds",
      "sections.0.tasks.1.letter",
      "sections.0.tasks.2.deadline",
      "sections.0.tasks.3.deadline",
      "sections.0.tasks.4.letter",
      "sections.0.tasks.5.targetIds",
    ]);
    expect(details[0]!.message).toBe("Mục 1, điểm a: chọn cơ quan chủ trì");
    expect(details[1]!.message).toBe("Mục 1, điểm a: điểm a đã có trong mục này");
    expect(details[2]!.message).toBe("Mục 1, điểm b: thời hạn ngoài thời kỳ của kế hoạch (2023–2025)");
    expect((await detail()).sections).toEqual(before.sections);
  });

  it("lose a target taken out of the plan, and are saved again; ids sent twice or from elsewhere are new ones", async () => {
    const current = await detail();
    const served = current.targets[2]!.id;
    expect(current.sections[0]!.tasks[0]!.targetIds).toEqual([served]);
    const inputs = current.targets.filter((x) => x.id !== served).map(asInput);
    const removed = await coordinator.put(`/api/plans/${plan.id}/targets`, {
      expectedRowVersion: current.rowVersion,
      atRiskBelowPercent: current.atRiskBelowPercent,
      targets: inputs,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const after = removed.json() as PlanDetail;
    expect(after.sections[0]!.tasks[0]!.targetIds).toEqual([]);
    // The same tasks saved again, one with the id of another: both kept, under distinct ids.
    const sections = after.sections.map((x) => ({
      id: x.id,
      number: x.number,
      title: x.title,
      tasks: x.tasks.map((y) => ({
        id: x.tasks[0]!.id,
        letter: y.letter,
        body: y.body,
        leadAgencyIds: y.lead.map((a) => a.id),
        supportingAgencyIds: y.supporting.map((a) => a.id),
        deadline: y.deadline,
        recurring: y.recurring,
        targetIds: y.targetIds,
        measures: y.measures,
      })),
    }));
    const again = await coordinator.put(`/api/plans/${plan.id}/tasks`, {
      expectedRowVersion: after.rowVersion,
      sections,
    });
    expect(again.statusCode, again.body).toBe(200);
    const ids = (again.json() as PlanDetail).sections.flatMap((x) => x.tasks.map((y) => y.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(after.sections[0]!.tasks[0]!.id);
  });

  it("are read by the agency that leads or supports them, and only by it among agencies", async () => {
    const industry = await signedInClient(t, "reporter", agencies.industry);
    const mine = await industry.get(`/api/plans/tasks?agencyId=${agencies.industry}`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        letter: "d",
        role: "lead",
        section: { number: "1", title: expect.stringContaining("Chỉ số thành phần 1") },
        plan: expect.objectContaining({ numberSymbol: "82/KH-UBND" }),
      }),
    ]);
    const environment = (await coordinator.get(`/api/plans/tasks?agencyId=${agencies.environment}`)).json();
    expect(environment.items.map((x: { letter: string; role: string }) => `${x.letter}:${x.role}`)).toEqual([
      "a:lead",
      "d:support",
      "đ:lead",
    ]);
    expect((await industry.get(`/api/plans/tasks?agencyId=${agencies.environment}`)).statusCode).toBe(403);
    // An agency reads the plan with what was published, not the province's figures nobody reviewed yet.
    const seen = (await industry.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    const live = seen.targets.find((x) => x.measure === "pepi_indicator")!;
    expect(live.years[0]).toMatchObject({ actual: null, actualSource: null });
    const pgi = seen.targets.find((x) => x.measure === "pgi_part_score")!;
    expect(pgi.years.find((y) => y.year === 2024)).toMatchObject({ actual: 7.34, status: "missed" });
    // Agencies read plans; only the coordinator changes them.
    const change = await industry.put(`/api/plans/${plan.id}/tasks`, { expectedRowVersion: 1, sections: [] });
    expect(change.statusCode).toBe(403);
  });
});

describe("a plan's years", () => {
  it("cannot shrink under what its targets and tasks say", async () => {
    const current = await detail();
    const shorter = await coordinator.patch(`/api/plans/${plan.id}`, {
      numberSymbol: current.numberSymbol,
      issuedOn: current.issuedOn,
      issuer: current.issuer,
      title: current.title,
      scope: current.scope,
      status: current.status,
      periodFrom: 2023,
      periodTo: 2024,
      expectedRowVersion: current.rowVersion,
    });
    expect(shorter.statusCode).toBe(400);
    expect(shorter.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      "periodFrom",
      "periodTo",
    ]);
    expect((await detail()).periodTo).toBe(2025);
  });
});

describe("a plan's issued document", () => {
  it("is kept with the plan and read back as it was given; anything but PDF or Word is refused", async () => {
    const pdf = samplePdf("Kế hoạch 82/KH-UBND");
    const saved = await coordinator.upload(
      `/api/plans/${plan.id}/document`,
      {},
      { name: "82-KH-UBND.pdf", content: pdf },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as PlanDetail).document).toMatchObject({
      fileName: "82-KH-UBND.pdf",
      sizeBytes: pdf.length,
    });
    const reader = await signedInClient(t, "leader");
    const file = await reader.get(`/api/plans/${plan.id}/document`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);

    const text = await coordinator.upload(
      `/api/plans/${plan.id}/document`,
      {},
      { name: "ke-hoach.txt", content: Buffer.from("không phải văn bản") },
    );
    expect(text.json().error.code).toBe("FILE_TYPE_REFUSED");
    // A picture is a document evidence may be, not the text of a plan.
    const picture = await coordinator.upload(
      `/api/plans/${plan.id}/document`,
      {},
      { name: "ke-hoach.png", content: samplePng() },
    );
    expect(picture.statusCode).toBe(400);
    expect(picture.json().error.details[0].message).toContain("không phải PDF hay Word");
    expect((await detail()).document?.fileName).toBe("82-KH-UBND.pdf");
    const byReporter = await (await signedInClient(t, "reporter", agencies.industry)).upload(
      `/api/plans/${plan.id}/document`,
      {},
      { name: "x.pdf", content: pdf },
    );
    expect(byReporter.statusCode).toBe(403);
  });
});
