// Prints a syntax tree back as formula text with only the parentheses it needs. Messages use
// it to name a part of a formula ("mẫu số “ww_generated”"), and parse(print(ast)) gives the
// same tree, which the tests rely on.
import type { Ast, BinaryOperator } from "./ast.js";

const ATOM = 8;

export function formatFormula(ast: Ast): string {
  return print(ast).text;
}

interface Printed {
  text: string;
  precedence: number;
}

function print(node: Ast): Printed {
  switch (node.kind) {
    case "number":
      return { text: String(node.value), precedence: ATOM };
    case "boolean":
      return { text: String(node.value), precedence: ATOM };
    case "reference":
    case "field":
      return { text: node.name, precedence: ATOM };
    case "negate":
      return { text: `-${operand(node.operand, 7)}`, precedence: 7 };
    case "not":
      return { text: `not ${operand(node.operand, 3)}`, precedence: 3 };
    case "binary": {
      const precedence = binaryPrecedence(node.operator);
      // Operators group to the left, so a right operand at the same level keeps its parentheses;
      // comparisons do not chain, so both sides do.
      const leftMinimum = precedence === 4 ? precedence + 1 : precedence;
      const left = operand(node.left, leftMinimum);
      const right = operand(node.right, precedence + 1);
      return { text: `${left} ${node.operator} ${right}`, precedence };
    }
    case "call":
      return { text: `${node.function}(${node.args.map(formatFormula).join(", ")})`, precedence: ATOM };
    case "count":
      return { text: `count(${node.list.name}${whereText(node.where)})`, precedence: ATOM };
    case "aggregate": {
      const target = `${node.list.name}.${node.field.name}`;
      return { text: `${node.function}(${target}${whereText(node.where)})`, precedence: ATOM };
    }
  }
}

function operand(node: Ast, minimumPrecedence: number): string {
  const printed = print(node);
  return printed.precedence < minimumPrecedence ? `(${printed.text})` : printed.text;
}

function whereText(where: Ast | null): string {
  return where ? ` where ${formatFormula(where)}` : "";
}

export function binaryPrecedence(operator: BinaryOperator): number {
  switch (operator) {
    case "or":
      return 1;
    case "and":
      return 2;
    case "+":
    case "-":
      return 5;
    case "*":
    case "/":
      return 6;
    default:
      return 4;
  }
}
