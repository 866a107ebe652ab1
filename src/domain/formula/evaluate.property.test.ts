// The evaluator agrees with plain arithmetic on a few hundred random expressions, printed both
// fully parenthesised and flat (so precedence decides the grouping).
import { describe, expect, it } from "vitest";
import { evaluateFormula } from "./evaluate.js";
import { seededRandom } from "./fixtures.js";

type Expression = number | { operator: "+" | "-" | "*"; left: Expression; right: Expression };

function randomExpression(random: () => number, depth: number): Expression {
  if (depth === 0 || random() < 0.3) return Math.floor(random() * 41) - 20;
  const operator = (["+", "-", "*"] as const)[Math.floor(random() * 3)]!;
  return { operator, left: randomExpression(random, depth - 1), right: randomExpression(random, depth - 1) };
}

function reference(expression: Expression): number {
  if (typeof expression === "number") return expression;
  const left = reference(expression.left);
  const right = reference(expression.right);
  return expression.operator === "+"
    ? left + right
    : expression.operator === "-"
      ? left - right
      : left * right;
}

function parenthesised(expression: Expression): string {
  if (typeof expression === "number") return expression < 0 ? `(${expression})` : String(expression);
  return `(${parenthesised(expression.left)} ${expression.operator} ${parenthesised(expression.right)})`;
}

/** Flat text and its value computed the school way: products first, then left to right. */
function flatWithReference(random: () => number): [string, number] {
  const count = 1 + Math.floor(random() * 8);
  const numbers = Array.from({ length: count }, () => Math.floor(random() * 21) - 10);
  const operators = Array.from(
    { length: count - 1 },
    () => (["+", "-", "*"] as const)[Math.floor(random() * 3)]!,
  );
  const terms: number[] = [numbers[0]!];
  const signs: number[] = [1];
  operators.forEach((operator, index) => {
    const next = numbers[index + 1]!;
    if (operator === "*") terms[terms.length - 1] = terms.at(-1)! * next;
    else {
      terms.push(next);
      signs.push(operator === "+" ? 1 : -1);
    }
  });
  const text = numbers.map((n, index) => (index === 0 ? `${n}` : ` ${operators[index - 1]} ${n}`)).join("");
  return [text, terms.reduce((total, term, index) => total + signs[index]! * term, 0)];
}

describe("the evaluator agrees with arithmetic", () => {
  it("on 400 random parenthesised expressions", () => {
    const random = seededRandom(20_21);
    for (let run = 0; run < 400; run++) {
      const expression = randomExpression(random, 5);
      const text = parenthesised(expression);
      expect(evaluateFormula(text, {}), text).toEqual({ ok: true, value: reference(expression) + 0 });
    }
  });

  it("on 400 random flat expressions, where precedence decides", () => {
    const random = seededRandom(383);
    for (let run = 0; run < 400; run++) {
      const [text, expected] = flatWithReference(random);
      expect(evaluateFormula(text, {}), text).toEqual({ ok: true, value: expected + 0 });
    }
  });
});
