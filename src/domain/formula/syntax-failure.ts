import type { FormulaError } from "./errors.js";

/** Carries the first syntax error out of the recursion; parseFormula turns it into a result. */
export class SyntaxFailure extends Error {
  constructor(readonly error: FormulaError) {
    super(error.message);
  }
}

/** The span from the start of one token or node to the end of another. */
export function spanFrom(
  first: { position: number },
  last: { position: number; length: number },
): { position: number; length: number } {
  return { position: first.position, length: last.position + last.length - first.position };
}
