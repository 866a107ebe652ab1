// The formula language of the index engine: parse, check against the data element catalog,
// order derived elements, and evaluate compiled formulas. See README.md in this folder.
export type * from "./ast.js";
export { collectReferences, FUNCTION_NAMES } from "./ast.js";
export type {
  BooleanElement,
  CatalogEntry,
  FormulaCatalog,
  ListElement,
  ListField,
  NumberElement,
} from "./catalog.js";
export { type CheckFormulaResult, checkFormula } from "./check.js";
export { type Definitions, type EvaluationOrderResult, evaluationOrder, findCycles } from "./dependencies.js";
export type { CheckErrorCode, FormulaError, FormulaErrorCode, ParseErrorCode } from "./errors.js";
export {
  type CompiledFormula,
  compileFormula,
  type EvaluateFormulaResult,
  evaluateFormula,
} from "./evaluate.js";
export type {
  EvalResult,
  EvaluationFailure,
  EvaluationFailureCode,
  FormulaInput,
  FormulaInputs,
  ListItem,
} from "./evaluation-types.js";
export { MAX_FORMULA_LENGTH, MAX_NESTING_DEPTH, type ParseFormulaResult, parseFormula } from "./parser.js";
export { formatFormula } from "./print.js";
export { BASE_DIMENSIONS, type BaseDimension } from "./unit-catalog.js";
export {
  DIMENSIONLESS,
  divideUnits,
  formatUnit,
  multiplyUnits,
  type ParseUnitResult,
  parseUnit,
  sameDimensions,
  sameUnit,
  type Unit,
} from "./units.js";
