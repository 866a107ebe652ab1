import { describe, expect, it } from "vitest";
import type { ProvinceAgency } from "../cycle/assignment-plan.js";
import {
  defaultPeriod,
  defaultTitle,
  fullPointsValue,
  planDecimals,
  responsibleAgencies,
  taskBody,
  yearlySteps,
} from "./plan-from-what-if.js";

describe("the value that scores in full", () => {
  it("reads each rule the engine scores by", () => {
    const up = "higher_is_better";
    expect(fullPointsValue({ type: "linear", floor: 0, target: 100 }, up, 62.5)).toBe(100);
    expect(fullPointsValue({ type: "lower_is_better", best: 0, worst: 50 }, "lower_is_better", 12)).toBe(0);
    expect(fullPointsValue({ type: "pass_fail", threshold: 1 }, up, 0)).toBe(1);
    const bands = {
      type: "bands" as const,
      bands: [
        { from: 0, to: 0.5, share: 0.25 },
        { from: 1, to: 2, share: 0.75 },
        { from: 2, to: 100, share: 1 },
      ],
    };
    expect(fullPointsValue(bands, up, 0.7)).toBe(2);
    // Full points for improving on last year by 10 million kWh: from where it stands now.
    const improvement = { type: "improvement" as const, fullAt: 10_000_000, unchangedShare: 0.5 };
    expect(fullPointsValue(improvement, up, 25_000_000)).toBe(35_000_000);
    expect(fullPointsValue(improvement, up, null)).toBeNull();
    // The survey's score is not the province's to set.
    expect(fullPointsValue({ type: "external" }, up, 20)).toBeNull();
  });
});

const agency = (id: string, name: string, kind = "department"): ProvinceAgency => ({
  id,
  name,
  shortName: null,
  kind,
});
const construction = agency("xd", "Sở Xây dựng");
const water = agency("nuoc", "Công ty cổ phần Cấp thoát nước", "utility");
const communeA = agency("xa-a", "UBND Xã Bắc", "commune_committee");
const communeB = agency("xa-b", "UBND Xã Nam", "commune_committee");
const province = [construction, water, communeA, communeB, agency("ct", "Sở Công Thương")];

describe("who answers for an indicator", () => {
  it("is the agency that explains it in the cycle, the others reporting it supporting", () => {
    const r = responsibleAgencies({
      named: ["Công ty cấp thoát nước", "Sở Xây dựng"],
      reporting: [construction, water],
      province,
      year: 2025,
    });
    expect(r.lead.map((a) => a.name)).toEqual(["Công ty cổ phần Cấp thoát nước"]);
    expect(r.supporting.map((a) => a.name)).toEqual(["Sở Xây dựng"]);
    expect(r.leadFrom).toBe("cycle");
  });

  it("is the agency the framework names next when only communes report it, the communes supporting", () => {
    const r = responsibleAgencies({
      named: ["UBND cấp xã", "Sở Xây dựng"],
      reporting: [communeA, communeB],
      province,
      year: 2025,
    });
    expect(r.lead).toEqual([construction]);
    expect(r.supporting).toEqual([communeA, communeB]);
    expect(r.leadFrom).toBe("framework");
  });

  it("is every provincial agency reporting it when none is named, and nobody when nothing matches", () => {
    const r = responsibleAgencies({ named: [], reporting: [construction, water], province, year: 2025 });
    expect(r.lead).toEqual([construction, water]);
    expect(r.supporting).toEqual([]);
    const none = responsibleAgencies({ named: ["Sở Du lịch"], reporting: [], province, year: 2025 });
    expect(none).toEqual({ lead: [], supporting: [], leadFrom: "none" });
  });
});

describe("the yearly values of a target", () => {
  it("go evenly from the baseline to the target, reached in the last year", () => {
    expect(yearlySteps({ value: 62.5, year: 2025 }, 100, { periodFrom: 2026, periodTo: 2027 })).toEqual([
      { year: 2026, value: 81.25 },
      { year: 2027, value: 100 },
    ]);
    expect(yearlySteps({ value: 30, year: 2024 }, 0, { periodFrom: 2026, periodTo: 2027 })).toEqual([
      { year: 2026, value: 10 },
      { year: 2027, value: 0 },
    ]);
  });

  it("are rounded as the indicator is written: a percentage to one decimal, a count whole", () => {
    // 38,01% in 2025 to 100% in 2028: 58,67 and 79,34 are written 58,7 and 79,3.
    const percent = planDecimals("%", [38.01, 100]);
    expect(
      yearlySteps({ value: 38.01, year: 2025 }, 100, { periodFrom: 2026, periodTo: 2028 }, percent),
    ).toEqual([
      { year: 2026, value: 58.7 },
      { year: 2027, value: 79.3 },
      { year: 2028, value: 100 },
    ]);
    expect(
      yearlySteps({ value: 62.5, year: 2025 }, 100, { periodFrom: 2026, periodTo: 2027 }, percent),
    ).toEqual([
      { year: 2026, value: 81.3 },
      { year: 2027, value: 100 },
    ]);
    // Vehicles counted one by one: whole vehicles.
    const vehicles = planDecimals("vehicle", [150, 200]);
    expect(
      yearlySteps({ value: 150, year: 2025 }, 200, { periodFrom: 2026, periodTo: 2028 }, vehicles),
    ).toEqual([
      { year: 2026, value: 167 },
      { year: 2027, value: 183 },
      { year: 2028, value: 200 },
    ]);
    expect(planDecimals("kWh", [2_180_000_000, 2_500_000_000])).toBe(0);
    expect(planDecimals("ha", [12.3, 0])).toBe(1);
    expect(planDecimals("vehicle/person", [9.49, 10])).toBe(1);
    expect(planDecimals("1", [0.4, 0.8])).toBe(2);
  });

  it("are the target in every year without a baseline", () => {
    expect(yearlySteps({ value: null, year: 2025 }, 6, { periodFrom: 2026, periodTo: 2027 })).toEqual([
      { year: 2026, value: 6 },
      { year: 2027, value: 6 },
    ]);
  });
});

describe("the task as a plan writes it", () => {
  const base = {
    name: "Tỷ lệ chất thải rắn sinh hoạt được xử lý",
    unit: "%",
    direction: "higher_is_better" as const,
    baseline: { value: 62.5, year: 2025 },
    targetYear: 2027,
    full: { value: 100, gain: 3.75 },
  };

  it("raises the indicator to its target, saying the points when they are full", () => {
    expect(taskBody({ ...base, target: 100 })).toBe(
      "Nâng “Tỷ lệ chất thải rắn sinh hoạt được xử lý” từ 62,5% (năm 2025) lên 100% vào năm 2027, để chỉ số đạt điểm tối đa (thêm 3,75 điểm).",
    );
    expect(taskBody({ ...base, target: 90 })).toBe(
      "Nâng “Tỷ lệ chất thải rắn sinh hoạt được xử lý” từ 62,5% (năm 2025) lên 90% vào năm 2027.",
    );
  });

  it("leaves the draft framework's mark out of the indicator's name", () => {
    expect(
      taskBody({
        ...base,
        name: "Tỷ lệ chất thải rắn sinh hoạt được xử lý đáp ứng yêu cầu (dự kiến)",
        target: 100,
      }),
    ).toBe(
      "Nâng “Tỷ lệ chất thải rắn sinh hoạt được xử lý đáp ứng yêu cầu” từ 62,5% (năm 2025) lên 100% vào năm 2027, để chỉ số đạt điểm tối đa (thêm 3,75 điểm).",
    );
  });

  it("brings a lower-is-better indicator down, and says 'đạt' without a present value", () => {
    expect(
      taskBody({
        ...base,
        name: "Diện tích rừng tự nhiên bị cháy",
        unit: "ha",
        direction: "lower_is_better",
        baseline: { value: 1234.5, year: 2025 },
        target: 0,
        full: { value: 0, gain: 2 },
      }),
    ).toBe(
      "Giảm “Diện tích rừng tự nhiên bị cháy” từ 1.234,5 ha (năm 2025) xuống 0 ha vào năm 2027, để chỉ số đạt điểm tối đa (thêm 2 điểm).",
    );
    expect(taskBody({ ...base, baseline: { value: null, year: 2025 }, target: 100 })).toBe(
      "Đưa “Tỷ lệ chất thải rắn sinh hoạt được xử lý” đạt 100% vào năm 2027, để chỉ số đạt điểm tối đa (thêm 3,75 điểm).",
    );
  });
});

describe("the plan's defaults", () => {
  it("start the year after the result, never in a year past or nearly so, for two years", () => {
    expect(defaultPeriod(2025, new Date("2026-03-01T03:00:00Z"))).toEqual({
      periodFrom: 2026,
      periodTo: 2027,
    });
    expect(defaultPeriod(2022, new Date("2026-03-01T03:00:00Z"))).toEqual({
      periodFrom: 2026,
      periodTo: 2027,
    });
    expect(defaultPeriod(2025, new Date("2026-09-30T03:00:00Z"))).toEqual({
      periodFrom: 2026,
      periodTo: 2027,
    });
    expect(defaultPeriod(2025, new Date("2026-10-01T03:00:00Z"))).toEqual({
      periodFrom: 2027,
      periodTo: 2028,
    });
  });

  it("count the day as it is in the province, whatever the server's clock", () => {
    // 1 October 01:00 in Vietnam is still 30 September in UTC: already October in the province.
    expect(defaultPeriod(2025, new Date("2026-09-30T18:00:00Z"))).toEqual({
      periodFrom: 2027,
      periodTo: 2028,
    });
    // New Year's Eve 23:00 in Vietnam, and the first hour of the new year (still 31 December in UTC).
    expect(defaultPeriod(2026, new Date("2026-12-31T16:00:00Z"))).toEqual({
      periodFrom: 2027,
      periodTo: 2028,
    });
    expect(defaultPeriod(2026, new Date("2026-12-31T17:30:00Z"))).toEqual({
      periodFrom: 2027,
      periodTo: 2028,
    });
    // A result of the year just ended, read on 1 January in the province.
    expect(defaultPeriod(2027, new Date("2026-12-31T17:30:00Z"))).toEqual({
      periodFrom: 2028,
      periodTo: 2029,
    });
    // 30 September 23:30 in Vietnam is 16:30 UTC: not yet October.
    expect(defaultPeriod(2025, new Date("2026-09-30T16:30:00Z"))).toEqual({
      periodFrom: 2026,
      periodTo: 2027,
    });
  });

  it("name the province inside the sentence", () => {
    expect(defaultTitle("Tỉnh Lạng Sơn", { periodFrom: 2026, periodTo: 2027 })).toBe(
      "Kế hoạch nâng cao Chỉ số PEPI của tỉnh Lạng Sơn giai đoạn 2026–2027",
    );
    expect(defaultTitle("Tỉnh Lạng Sơn", { periodFrom: 2026, periodTo: 2026 })).toBe(
      "Kế hoạch nâng cao Chỉ số PEPI của tỉnh Lạng Sơn năm 2026",
    );
  });
});
