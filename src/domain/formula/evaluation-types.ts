// Shapes shared by the evaluator's files: what inputs look like, what a result is, and the
// internal signal used to leave a computation early.

export type ListItem = Readonly<Record<string, number | boolean | string | null>>;

export type FormulaInput = number | boolean | readonly ListItem[] | null | undefined;

/** Data element code → its value for one province-year. */
export type FormulaInputs = Readonly<Record<string, FormulaInput>>;

export type EvaluationFailureCode = "MISSING_INPUT" | "DIVISION_BY_ZERO" | "NOT_A_NUMBER" | "EMPTY_LIST";

export interface EvaluationFailure {
  readonly code: EvaluationFailureCode;
  /** Vietnamese, shown where the indicator's value would be. */
  readonly message: string;
  /** The data element (or `list.field`) at fault, when there is one. */
  readonly ref?: string;
}

export type EvalResult = { ok: true; value: number } | { ok: false; reason: EvaluationFailure };

export type NumberFn = (inputs: FormulaInputs, item: ListItem | undefined) => number;
export type BooleanFn = (inputs: FormulaInputs, item: ListItem | undefined) => boolean;

/**
 * Thrown inside compiled closures and caught by the compiled formula, which turns it into a
 * result. Instances are built once at compile time for every failure whose wording is known
 * then, so the common failures allocate nothing.
 */
export class EvaluationStop {
  constructor(readonly reason: EvaluationFailure) {}
}

export function stop(code: EvaluationFailureCode, message: string, ref?: string): EvaluationStop {
  const reason: EvaluationFailure = ref === undefined ? { code, message } : { code, message, ref };
  return new EvaluationStop(Object.freeze(reason));
}
