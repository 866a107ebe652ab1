// The index engine recomputes every indicator of every province-year when a parameter changes.
// Its speed is measured by `npm run bench`; this checks that every result is sound.
import { describe, expect, it } from "vitest";
import { checkFormula } from "./check.js";
import { compileFormula } from "./evaluate.js";
import type { FormulaInputs } from "./evaluation-types.js";
import { PEPI_2782_CATALOG, PEPI_2782_FORMULAS, sampleInputs, seededRandom } from "./fixtures.js";
import { parseFormula } from "./parser.js";

function compileIndicators() {
  return Object.entries(PEPI_2782_FORMULAS).map(([code, [formula]]) => {
    const parsed = parseFormula(formula);
    if (!parsed.ok) throw new Error(`${code}: ${parsed.error.message}`);
    expect(checkFormula(parsed.ast, PEPI_2782_CATALOG).ok).toBe(true);
    return compileFormula(parsed.ast);
  });
}

describe("computing the 2782 indicators", () => {
  const indicators = compileIndicators();
  const random = seededRandom(63);
  const provinceYears: FormulaInputs[] = Array.from({ length: 63 * 6 }, () => sampleInputs(random));

  it("every indicator of every province-year gives a finite value or a reason", () => {
    for (const inputs of provinceYears) {
      for (const compute of indicators) {
        const result = compute(inputs);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.reason.code).toBe("DIVISION_BY_ZERO");
      }
    }
  });
});
