import { describe, expect, it } from "vitest";
import { resultHeadline, resultStatus, type StatusIndicatorInput } from "./result-status.js";

const groups = [
  { code: "I", points: 51.06, maxPoints: 70 },
  { code: "II", points: 0, maxPoints: 30 },
];
const groupI = (status: StatusIndicatorInput["status"] = "computed"): StatusIndicatorInput[] => [
  { code: "01", group: "I", status: "computed", provisional: true },
  { code: "02", group: "I", status },
  { code: "06", group: "I", status: "not_assessed" },
];
const survey = (status: StatusIndicatorInput["status"]): StatusIndicatorInput => ({
  code: "27",
  group: "II",
  status,
  external: true,
  reason: status === "computed" ? null : "Thiếu số liệu: satisfaction_points",
});

describe("resultStatus", () => {
  it("states group I out of its own maximum while the survey is awaited: no total, no band", () => {
    const status = resultStatus({ groups, indicators: [...groupI(), survey("not_computable")] });
    expect(status).toMatchObject({
      complete: false,
      scoredPoints: 51.06,
      scoredMaxPoints: 70,
      provisional: true,
    });
    expect(status.groups.map((g) => g.state)).toEqual(["in", "missing"]);
    expect(resultHeadline(status, { points: 51.06, maxPoints: 100, band: "Trung bình" })).toBe(
      "Nhóm I: 51,06/70 điểm; nhóm II chờ kết quả khảo sát",
    );
  });

  it("says how many indicators of a group are still missing", () => {
    const status = resultStatus({
      groups,
      indicators: [...groupI("not_computable"), survey("not_computable")],
    });
    expect(status.groups[0]).toMatchObject({ state: "partial", pending: ["02"] });
    expect(status.notComputable.map((i) => i.code)).toEqual(["02", "27"]);
    expect(resultHeadline(status, { points: 51.06, maxPoints: 100, band: null })).toBe(
      "Nhóm I: 51,06/70 điểm (tạm tính, 1 chỉ số chưa tính được); nhóm II chờ kết quả khảo sát",
    );
  });

  it("gives the total and its band once every group is in", () => {
    const status = resultStatus({
      groups: [groups[0]!, { code: "II", points: 22.27, maxPoints: 30 }],
      indicators: [...groupI(), survey("computed")],
    });
    expect(status.complete).toBe(true);
    expect(resultHeadline(status, { points: 73.33, maxPoints: 100, band: "Tốt" })).toBe(
      "73,33/100 điểm, xếp loại Tốt",
    );
  });
});
