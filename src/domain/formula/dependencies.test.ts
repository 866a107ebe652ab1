import { describe, expect, it } from "vitest";
import type { Ast } from "./ast.js";
import { evaluationOrder, findCycles } from "./check.js";
import { parseFormula } from "./parser.js";

function parsed(text: string): Ast {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.ast;
}

describe("derived elements: cycles and evaluation order", () => {
  const definitions = (texts: Record<string, string>) =>
    Object.fromEntries(Object.entries(texts).map(([code, text]) => [code, parsed(text)]));

  it("finds no cycle in a chain and orders it dependencies first", () => {
    const chain = definitions({
      ww_treated_share: "ww_treated_qcvn / ww_generated",
      ww_generated: "water_supplied_m3_day * 0.8",
      ww_untreated: "ww_generated - ww_treated_qcvn",
      ww_treated_qcvn: "ww_treated_plant_a + ww_treated_plant_b",
    });
    expect(findCycles(chain)).toEqual([]);
    const order = evaluationOrder(chain);
    expect(order).toEqual({
      ok: true,
      order: ["ww_generated", "ww_treated_qcvn", "ww_treated_share", "ww_untreated"],
    });
  });

  it("a self-reference is a cycle of one", () => {
    expect(findCycles(definitions({ a: "a + 1", b: "2" }))).toEqual([["a"]]);
  });

  it("finds a 3-cycle, listed along its references from its first code", () => {
    const threeCycle = definitions({ c: "b * 2", a: "c + 1", b: "a - x", d: "a + 1" });
    expect(findCycles(threeCycle)).toEqual([["a", "c", "b"]]);
    expect(evaluationOrder(threeCycle)).toEqual({ ok: false, cycles: [["a", "c", "b"]] });
  });

  it("finds separate cycles separately, references inside lists and conditions included", () => {
    const two = definitions({
      p: "q",
      q: "if(p > 0, 1, 0)",
      r: "count(s where ok)",
      s: "r",
      t: "p",
    });
    expect(findCycles(two)).toEqual([
      ["p", "q"],
      ["r", "s"],
    ]);
  });

  it("ignores references to raw inputs, which are not defined by formulas", () => {
    expect(evaluationOrder(definitions({ b: "a * 2", c: "b + a" }))).toEqual({ ok: true, order: ["b", "c"] });
  });
});
