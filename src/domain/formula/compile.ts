// Turns a syntax tree into nested closures, once per formula. Evaluating then walks no tree
// and allocates nothing: values flow as plain numbers and booleans, and failures leave through
// EvaluationStop objects prepared here.
import type { Ast, Binary, Call, NumberLiteral } from "./ast.js";
import {
  anyInputReader,
  booleanInputReader,
  fieldReader,
  type ItemCursor,
  numberInputReader,
} from "./compile-inputs.js";
import { compileListFunction } from "./compile-lists.js";
import {
  type BooleanFn,
  type FormulaInputs,
  type ListItem,
  type NumberFn,
  stop,
} from "./evaluation-types.js";
import { evaluationMessages } from "./messages.js";
import { formatFormula } from "./print.js";

/** Inside `where`: the cursor of the list being walked, for field readers' messages. */
export interface CompileScope {
  readonly cursor: ItemCursor;
}

const OUTSIDE_LISTS: CompileScope = { cursor: { index: 0 } };

export function compileNumber(node: Ast, scope: CompileScope = OUTSIDE_LISTS): NumberFn {
  switch (node.kind) {
    case "number": {
      const value = node.value;
      return () => value;
    }
    case "reference":
      return numberInputReader(node.name);
    case "field": {
      const read = fieldReader(node, "number", scope.cursor);
      return (_inputs, item) => read(item) as number;
    }
    case "negate": {
      const operand = compileNumber(node.operand, scope);
      return (inputs, item) => -operand(inputs, item);
    }
    case "binary":
      return compileArithmetic(node, scope);
    case "call":
      return compileNumberCall(node, scope);
    case "count":
    case "aggregate":
      return compileListFunction(node, compileBoolean);
    default:
      return failing(evaluationMessages.numberExpected(formatFormula(node)));
  }
}

export function compileBoolean(node: Ast, scope: CompileScope = OUTSIDE_LISTS): BooleanFn {
  switch (node.kind) {
    case "boolean": {
      const value = node.value;
      return () => value;
    }
    case "reference":
      return booleanInputReader(node.name);
    case "field": {
      const read = fieldReader(node, "boolean", scope.cursor);
      return (_inputs, item) => read(item) as boolean;
    }
    case "not": {
      const operand = compileBoolean(node.operand, scope);
      return (inputs, item) => !operand(inputs, item);
    }
    case "binary":
      return compileCondition(node, scope);
    case "call":
      if (node.function === "if") return compileIf(node, scope, compileBoolean);
      return failing(evaluationMessages.booleanExpected(formatFormula(node)));
    default:
      return failing(evaluationMessages.booleanExpected(formatFormula(node)));
  }
}

function compileArithmetic(node: Binary, scope: CompileScope): NumberFn {
  if (!["+", "-", "*", "/"].includes(node.operator)) {
    return failing(evaluationMessages.numberExpected(formatFormula(node)));
  }
  const left = compileNumber(node.left, scope);
  const right = compileNumber(node.right, scope);
  switch (node.operator) {
    case "+":
      return (inputs, item) => left(inputs, item) + right(inputs, item);
    case "-":
      return (inputs, item) => left(inputs, item) - right(inputs, item);
    case "*":
      return (inputs, item) => left(inputs, item) * right(inputs, item);
    default: {
      const ref = node.right.kind === "reference" ? node.right.name : undefined;
      const byZero = stop(
        "DIVISION_BY_ZERO",
        evaluationMessages.divisionByZero(formatFormula(node.right)),
        ref,
      );
      return (inputs, item) => {
        const numerator = left(inputs, item);
        const denominator = right(inputs, item);
        if (denominator === 0) throw byZero;
        return numerator / denominator;
      };
    }
  }
}

function compileNumberCall(node: Call, scope: CompileScope): NumberFn {
  const args = node.args.map((arg) => compileNumber(arg, scope));
  const [first, second] = args;
  switch (node.function) {
    case "abs":
      return (inputs, item) => Math.abs(first!(inputs, item));
    case "round": {
      const digits = node.args[1] ? (node.args[1] as NumberLiteral).value : 0;
      return roundTo(first!, 10 ** digits);
    }
    case "min":
    case "max": {
      const pick = node.function === "min" ? Math.min : Math.max;
      if (args.length === 2) return (inputs, item) => pick(first!(inputs, item), second!(inputs, item));
      return (inputs, item) => {
        let result = first!(inputs, item);
        for (let index = 1; index < args.length; index++) result = pick(result, args[index]!(inputs, item));
        return result;
      };
    }
    case "if":
      return compileIf(node, scope, compileNumber);
  }
}

/** Half away from zero, as Vietnamese reports round; the epsilon absorbs 1.005 * 100 = 100.4999… */
function roundTo(value: NumberFn, factor: number): NumberFn {
  return (inputs, item) => {
    const x = value(inputs, item);
    const rounded = Math.round(Math.abs(x) * factor * (1 + Number.EPSILON)) / factor;
    return x < 0 ? -rounded : rounded;
  };
}

/** Only the chosen branch runs, so `if(b > 0, a / b, 0)` never divides by zero. */
function compileIf<T>(
  node: Call,
  scope: CompileScope,
  compileBranch: (
    branch: Ast,
    scope: CompileScope,
  ) => (inputs: FormulaInputs, item: ListItem | undefined) => T,
): (inputs: FormulaInputs, item: ListItem | undefined) => T {
  const condition = compileBoolean(node.args[0]!, scope);
  const whenTrue = compileBranch(node.args[1]!, scope);
  const whenFalse = compileBranch(node.args[2]!, scope);
  return (inputs, item) => (condition(inputs, item) ? whenTrue(inputs, item) : whenFalse(inputs, item));
}

function compileCondition(node: Binary, scope: CompileScope): BooleanFn {
  switch (node.operator) {
    case "and": {
      const left = compileBoolean(node.left, scope);
      const right = compileBoolean(node.right, scope);
      return (inputs, item) => left(inputs, item) && right(inputs, item);
    }
    case "or": {
      const left = compileBoolean(node.left, scope);
      const right = compileBoolean(node.right, scope);
      return (inputs, item) => left(inputs, item) || right(inputs, item);
    }
    case "==":
      return compileEquality(node, scope);
    case "!=": {
      const equal = compileEquality(node, scope);
      return (inputs, item) => !equal(inputs, item);
    }
    case "<":
    case "<=":
    case ">":
    case ">=":
      return compileOrdering(node, scope);
    default:
      return failing(evaluationMessages.booleanExpected(formatFormula(node)));
  }
}

function compileOrdering(node: Binary, scope: CompileScope): BooleanFn {
  const left = compileNumber(node.left, scope);
  const right = compileNumber(node.right, scope);
  switch (node.operator) {
    case "<":
      return (inputs, item) => left(inputs, item) < right(inputs, item);
    case "<=":
      return (inputs, item) => left(inputs, item) <= right(inputs, item);
    case ">":
      return (inputs, item) => left(inputs, item) > right(inputs, item);
    default:
      return (inputs, item) => left(inputs, item) >= right(inputs, item);
  }
}

/** Numbers or yes/no answers; when both sides are bare names the values decide, and must agree. */
function compileEquality(node: Binary, scope: CompileScope): BooleanFn {
  const kind = staticKind(node.left) ?? staticKind(node.right);
  if (kind === "number" || kind === "boolean") {
    const compile = kind === "number" ? compileNumber : compileBoolean;
    const left = compile(node.left, scope);
    const right = compile(node.right, scope);
    return (inputs, item) => left(inputs, item) === right(inputs, item);
  }
  const left = compileAny(node.left, scope);
  const right = compileAny(node.right, scope);
  const differ = stop("NOT_A_NUMBER", evaluationMessages.kindsDiffer(formatFormula(node)));
  return (inputs, item) => {
    const a = left(inputs, item);
    const b = right(inputs, item);
    if (typeof a !== typeof b) throw differ;
    return a === b;
  };
}

function compileAny(
  node: Ast,
  scope: CompileScope,
): (inputs: FormulaInputs, item: ListItem | undefined) => number | boolean {
  if (node.kind === "field") {
    const read = fieldReader(node, "any", scope.cursor);
    return (_inputs, item) => read(item);
  }
  return node.kind === "reference" ? anyInputReader(node.name) : compileNumber(node, scope);
}

/** Whether a node yields a number or a yes/no answer, when its shape alone tells. */
function staticKind(node: Ast): "number" | "boolean" | undefined {
  switch (node.kind) {
    case "reference":
    case "field":
      return undefined;
    case "boolean":
    case "not":
      return "boolean";
    case "binary":
      return ["+", "-", "*", "/"].includes(node.operator) ? "number" : "boolean";
    case "call":
      return node.function === "if" ? (staticKind(node.args[1]!) ?? staticKind(node.args[2]!)) : "number";
    default:
      return "number";
  }
}

/** For trees the checker would refuse: the formula still evaluates to a reason, never a throw. */
function failing(message: string): () => never {
  const reason = stop("NOT_A_NUMBER", message);
  return () => {
    throw reason;
  };
}
