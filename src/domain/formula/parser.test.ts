import { describe, expect, it } from "vitest";
import type { Ast } from "./ast.js";
import { parseFormula } from "./parser.js";
import { formatFormula } from "./print.js";

/** Fully parenthesised, so the table shows exactly how the parser grouped the text. */
function shape(node: Ast): string {
  switch (node.kind) {
    case "number":
    case "boolean":
      return String(node.value);
    case "reference":
      return node.name;
    case "field":
      return `${node.list}:${node.name}`;
    case "negate":
      return `(-${shape(node.operand)})`;
    case "not":
      return `(not ${shape(node.operand)})`;
    case "binary":
      return `(${shape(node.left)} ${node.operator} ${shape(node.right)})`;
    case "call":
      return `${node.function}(${node.args.map(shape).join(", ")})`;
    case "count":
      return `count(${node.list.name}${node.where ? ` where ${shape(node.where)}` : ""})`;
    case "aggregate":
      return `${node.function}(${node.list.name}.${node.field.name}${node.where ? ` where ${shape(node.where)}` : ""})`;
  }
}

function parsedShape(text: string): string {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return shape(parsed.ast);
}

describe("every grammar form", () => {
  it.each([
    ["1234.5", "1234.5"],
    ["0.25", "0.25"],
    ["ww_generated", "ww_generated"],
    ["_internal_2", "_internal_2"],
    ["true", "true"],
    ["false", "false"],
    ["ww_treated_qcvn / ww_generated * 100", "((ww_treated_qcvn / ww_generated) * 100)"],
    ["public_vehicles / urban_population * 10000", "((public_vehicles / urban_population) * 10000)"],
    ["forest_burned_ha + forest_cleared_ha", "(forest_burned_ha + forest_cleared_ha)"],
    ["a - b", "(a - b)"],
    ["-a", "(-a)"],
    ["(a + b) * c", "((a + b) * c)"],
    ["a == b", "(a == b)"],
    ["a != b", "(a != b)"],
    ["a < b", "(a < b)"],
    ["a <= b", "(a <= b)"],
    ["a > b", "(a > b)"],
    ["a >= b", "(a >= b)"],
    ["a and b", "(a and b)"],
    ["a or b", "(a or b)"],
    ["not a", "(not a)"],
    ["min(a, b)", "min(a, b)"],
    ["min(a, b, c)", "min(a, b, c)"],
    ["max(a, 0)", "max(a, 0)"],
    ["sum(landfills.capacity_t)", "sum(landfills.capacity_t)"],
    ["avg(landfills.capacity_t)", "avg(landfills.capacity_t)"],
    ["min(landfills.capacity_t)", "min(landfills.capacity_t)"],
    ["max(landfills.capacity_t)", "max(landfills.capacity_t)"],
    ["sum(landfills.capacity_t where sanitary)", "sum(landfills.capacity_t where landfills:sanitary)"],
    ["count(health_facilities)", "count(health_facilities)"],
    [
      "count(health_facilities where plant_meets_standard) / count(health_facilities) * 100",
      "((count(health_facilities where health_facilities:plant_meets_standard) / count(health_facilities)) * 100)",
    ],
    [
      "count(facilities where discharge_m3_day >= 50 and not compliant)",
      "count(facilities where ((facilities:discharge_m3_day >= 50) and (not facilities:compliant)))",
    ],
    ["count(f where max(x, y) > 1)", "count(f where (max(f:x, f:y) > 1))"],
    [
      "if(urban_population > 0, x / urban_population, 0)",
      "if((urban_population > 0), (x / urban_population), 0)",
    ],
    ["abs(a - b)", "abs((a - b))"],
    ["round(a, 2)", "round(a, 2)"],
    ["round(a)", "round(a)"],
    ["count", "count"],
    [" \t\n a \u00a0+\r\n b ", "(a + b)"],
  ])("%s", (text, expected) => expect(parsedShape(text)).toBe(expected));
});

describe("precedence and associativity", () => {
  it.each([
    ["10 - 4 - 3", "((10 - 4) - 3)"],
    ["2 * 3 + 4", "((2 * 3) + 4)"],
    ["2 + 3 * 4", "(2 + (3 * 4))"],
    ["-2 * 3", "((-2) * 3)"],
    ["-(2 * 3)", "(-(2 * 3))"],
    ["- -2", "(-(-2))"],
    ["a / b / c", "((a / b) / c)"],
    ["a / b * c", "((a / b) * c)"],
    ["a - (b - c)", "(a - (b - c))"],
    ["a + b > c * d", "((a + b) > (c * d))"],
    ["a or b and c", "(a or (b and c))"],
    ["a and b or c", "((a and b) or c)"],
    ["not a and b", "((not a) and b)"],
    ["not a == b", "(not (a == b))"],
    ["not not a", "(not (not a))"],
    ["a > 1 and b < 2 or c", "(((a > 1) and (b < 2)) or c)"],
  ])("%s groups as %s", (text, expected) => expect(parsedShape(text)).toBe(expected));
});

describe("node positions", () => {
  it("every node knows its span, parentheses included", () => {
    const parsed = parseFormula("(a + b) * count(list where ok)");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.ast.kind !== "binary") return;
    expect(parsed.ast).toMatchObject({ position: 0, length: 30 });
    expect(parsed.ast.left).toMatchObject({ position: 0, length: 7 });
    expect(parsed.ast.right).toMatchObject({ kind: "count", position: 10, length: 20 });
    expect(parsed.ast.right).toMatchObject({ list: { name: "list", position: 16, length: 4 } });
  });
});

describe("printing", () => {
  it.each([
    "ww_treated_qcvn / ww_generated * 100",
    "a - (b - c)",
    "a / (b * c)",
    "-(a + b) * -c",
    "not (a and b) or c",
    "(a == b) == c",
    "count(h where plant_ok and capacity > 50) / count(h) * 100",
    "sum(l.capacity_t where sanitary)",
    "if(p > 0, x / p, 0)",
    "round(min(a, b, 3), 2)",
  ])("parse(print(ast)) gives the same tree: %s", (text) => {
    const first = parseFormula(text);
    if (!first.ok) throw new Error(first.error.message);
    expect(parsedShape(formatFormula(first.ast))).toBe(shape(first.ast));
  });
});
