import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../text/csv.js";
import { planProvinceUnits } from "./province-merger.js";

const csv = readFileSync(
  new URL("../../server/features/org-units/provinces-2025.csv", import.meta.url),
  "utf8",
);
const rows = parseCsv(csv)
  .slice(1)
  .map(([oldName = "", newName = ""]) => ({ oldName, newName }));

describe("planProvinceUnits", () => {
  const plan = planProvinceUnits(rows);
  const current = plan.filter((u) => u.validTo === null);
  const former = plan.filter((u) => u.validTo !== null);

  it("has 34 current and 63 former provinces with unique codes", () => {
    expect(current).toHaveLength(34);
    expect(former).toHaveLength(63);
    expect(new Set(plan.map((u) => u.code)).size).toBe(97);
  });

  it("links every former province to an existing successor", () => {
    const codes = new Set(current.map((u) => u.code));
    for (const unit of former) expect(codes.has(unit.successorCode!), unit.name).toBe(true);
    const laoCai = former.filter((u) => u.successorCode === "VN34-tinh-lao-cai").map((u) => u.name);
    expect(laoCai.sort()).toEqual(["Tỉnh Lào Cai", "Tỉnh Yên Bái"]);
  });

  it("separates the two periods at 1 July 2025", () => {
    expect(new Set(former.map((u) => u.validTo))).toEqual(new Set(["2025-06-30"]));
    expect(new Set(current.map((u) => u.validFrom))).toEqual(new Set(["2025-07-01"]));
  });
});
