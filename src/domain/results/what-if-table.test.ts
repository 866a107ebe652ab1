import { describe, expect, it } from "vitest";
import { whatIfTable } from "./what-if-table.js";

const published = [90, 80, 70, 60, 50].map((total, i) => ({ province: `P${i + 1}`, total, rank: i + 1 }));
const lines = [
  { code: "01", name: "Nước thải", status: "computed", points: 1, maxPoints: 3, agencies: ["Sở Xây dựng"] },
  { code: "02", name: "Rác", status: "computed", points: 0, maxPoints: 10 },
  { code: "03", name: "Đủ điểm", status: "computed", points: 3, maxPoints: 3 },
  { code: "27", name: "Khảo sát", status: "computed", points: 20, maxPoints: 30, external: true },
];

describe("whatIfTable", () => {
  it("sorts what agencies can act on by points gained, with their agencies and the place it gives", () => {
    const table = whatIfTable({ total: 65, indicators: lines }, published, 6, 2022);
    expect(table.rows.map((r) => [r.code, r.gain, r.newTotal])).toEqual([
      ["02", 10, 75],
      ["01", 2, 67],
    ]);
    expect(table.rows[1]!.agencies).toEqual(["Sở Xây dựng"]);
    expect(table.rank).toMatchObject({ rank: 4, exact: true, year: 2022 });
    expect(table.rows[0]).toMatchObject({ rank: { rank: 3 }, rankGain: 1 });
  });

  it("lists the survey apart: no agency of the province can act on it", () => {
    const table = whatIfTable({ total: 65, indicators: lines }, published, 6, 2022);
    expect(table.external.map((r) => [r.code, r.gain])).toEqual([["27", 10]]);
    expect(table.rows.some((r) => r.code === "27")).toBe(false);
  });

  it("places nothing while the result is incomplete", () => {
    const table = whatIfTable({ total: 50, complete: false, indicators: lines }, published, 6, 2022);
    expect(table.rank).toBeNull();
    expect(table.rows.every((r) => r.rank === null && r.rankGain === null)).toBe(true);
  });
});
