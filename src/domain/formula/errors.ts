// One error shape for every stage before evaluation: a stable code for programs, a Vietnamese
// message for people, and the span of the source text it is about.

export type ParseErrorCode =
  | "TOO_LONG"
  | "TOO_DEEP"
  | "EMPTY"
  | "UNEXPECTED_CHARACTER"
  | "UNEXPECTED_TOKEN"
  | "UNEXPECTED_END"
  | "UNCLOSED_PARENTHESIS"
  | "INVALID_NUMBER"
  | "INVALID_IDENTIFIER"
  | "UNKNOWN_FUNCTION"
  | "WRONG_ARGUMENT_COUNT"
  | "FIELD_ACCESS_NOT_ALLOWED"
  | "LIST_EXPECTED"
  | "LIST_FIELD_EXPECTED"
  | "NESTED_LIST_FUNCTION"
  | "CHAINED_COMPARISON"
  | "INVALID_ROUND_DIGITS";

export type CheckErrorCode =
  | "UNKNOWN_REFERENCE"
  | "LIST_AS_NUMBER"
  | "NOT_A_LIST"
  | "UNKNOWN_FIELD"
  | "UNIT_MISMATCH"
  | "TYPE_MISMATCH"
  | "RESULT_NOT_NUMBER";

export type FormulaErrorCode = ParseErrorCode | CheckErrorCode;

export interface FormulaError {
  readonly code: FormulaErrorCode;
  /** Vietnamese, for the person editing the formula. */
  readonly message: string;
  /** 0-based offset in the formula text. */
  readonly position: number;
  readonly length: number;
}

export function formulaError(
  code: FormulaErrorCode,
  message: string,
  span: { position: number; length: number },
): FormulaError {
  return { code, message, position: span.position, length: span.length };
}
