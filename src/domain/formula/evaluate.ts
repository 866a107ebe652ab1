// Public entry of the evaluator: compile a checked syntax tree once, then call the result for
// each province-year. A compiled formula never throws and never returns NaN or Infinity: every
// failure is a reason with a Vietnamese message naming what is missing or zero.
import type { Ast } from "./ast.js";
import { compileNumber } from "./compile.js";
import type { FormulaError } from "./errors.js";
import { type EvalResult, EvaluationStop, type FormulaInputs, stop } from "./evaluation-types.js";
import { evaluationMessages } from "./messages.js";
import { parseFormula } from "./parser.js";

export type CompiledFormula = (inputs: FormulaInputs) => EvalResult;

const NON_FINITE: EvalResult = Object.freeze({
  ok: false,
  reason: stop("NOT_A_NUMBER", evaluationMessages.nonFiniteResult()).reason,
});

export function compileFormula(ast: Ast): CompiledFormula {
  const compute = compileNumber(ast);
  return (inputs) => {
    try {
      const value = compute(inputs, undefined);
      if (!Number.isFinite(value)) return NON_FINITE;
      return { ok: true, value: value === 0 ? 0 : value }; // no -0 in reports
    } catch (thrown) {
      if (thrown instanceof EvaluationStop) return { ok: false, reason: thrown.reason };
      return {
        ok: false,
        reason: { code: "NOT_A_NUMBER", message: evaluationMessages.unexpected(String(thrown)) },
      };
    }
  };
}

export type EvaluateFormulaResult = EvalResult | { ok: false; error: FormulaError };

/** Parse, compile and evaluate in one call: for tests and one-off previews, not for loops. */
export function evaluateFormula(text: string, inputs: FormulaInputs): EvaluateFormulaResult {
  const parsed = parseFormula(text);
  return parsed.ok ? compileFormula(parsed.ast)(inputs) : parsed;
}
