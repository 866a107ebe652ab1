// The syntax tree of a formula. Every node keeps its place in the source text (0-based offset
// and length) so the checker can underline the exact part a message is about.

export interface Span {
  readonly position: number;
  readonly length: number;
}

export interface NumberLiteral extends Span {
  readonly kind: "number";
  readonly value: number;
}

export interface BooleanLiteral extends Span {
  readonly kind: "boolean";
  readonly value: boolean;
}

/** A data element by its code: `urban_population`. */
export interface Reference extends Span {
  readonly kind: "reference";
  readonly name: string;
}

/** A bare name inside `where`: a field of the list item being tested. */
export interface ItemField extends Span {
  readonly kind: "field";
  readonly list: string;
  readonly name: string;
}

export interface Negation extends Span {
  readonly kind: "negate";
  readonly operand: Ast;
}

export interface Not extends Span {
  readonly kind: "not";
  readonly operand: Ast;
}

export type ArithmeticOperator = "+" | "-" | "*" | "/";
export type ComparisonOperator = "==" | "!=" | "<" | "<=" | ">" | ">=";
export type LogicalOperator = "and" | "or";
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | LogicalOperator;

export interface Binary extends Span {
  readonly kind: "binary";
  readonly operator: BinaryOperator;
  readonly left: Ast;
  readonly right: Ast;
}

export type ScalarFunction = "min" | "max" | "abs" | "round" | "if";

/** `min(a, b)`, `abs(x)`, `round(x, 1)`, `if(c, a, b)`; round's digits are a number literal. */
export interface Call extends Span {
  readonly kind: "call";
  readonly function: ScalarFunction;
  readonly args: readonly Ast[];
}

export interface Name extends Span {
  readonly name: string;
}

/** `count(list)` or `count(list where condition)`. */
export interface Count extends Span {
  readonly kind: "count";
  readonly list: Name;
  readonly where: Ast | null;
}

export type AggregateFunction = "sum" | "avg" | "min" | "max";

/** `sum(list.field)`, optionally `sum(list.field where condition)`. */
export interface Aggregate extends Span {
  readonly kind: "aggregate";
  readonly function: AggregateFunction;
  readonly list: Name;
  readonly field: Name;
  readonly where: Ast | null;
}

export type Ast =
  | NumberLiteral
  | BooleanLiteral
  | Reference
  | ItemField
  | Negation
  | Not
  | Binary
  | Call
  | Count
  | Aggregate;

export const FUNCTION_NAMES = ["min", "max", "sum", "avg", "count", "if", "abs", "round"] as const;

export function isComparison(operator: BinaryOperator): operator is ComparisonOperator {
  return ["==", "!=", "<", "<=", ">", ">="].includes(operator);
}

export function isArithmetic(operator: BinaryOperator): operator is ArithmeticOperator {
  return operator === "+" || operator === "-" || operator === "*" || operator === "/";
}

/** Data element codes the formula reads (numbers and lists), in order of first appearance. */
export function collectReferences(ast: Ast): string[] {
  const found = new Set<string>();
  const visit = (node: Ast): void => {
    switch (node.kind) {
      case "reference":
        found.add(node.name);
        return;
      case "negate":
      case "not":
        visit(node.operand);
        return;
      case "binary":
        visit(node.left);
        visit(node.right);
        return;
      case "call":
        for (const arg of node.args) visit(arg);
        return;
      case "count":
      case "aggregate":
        found.add(node.list.name);
        if (node.where) visit(node.where);
        return;
      default:
        return;
    }
  };
  visit(ast);
  return [...found];
}
