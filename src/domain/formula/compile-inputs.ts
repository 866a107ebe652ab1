// Readers of inputs and list item fields. Each validates the value it reads, so no missing or
// malformed figure can turn into NaN further down.
import type { ItemField } from "./ast.js";
import {
  EvaluationStop,
  type FormulaInput,
  type FormulaInputs,
  type ListItem,
  stop,
} from "./evaluation-types.js";
import { evaluationMessages } from "./messages.js";

/** The position of the list item being tested, for messages such as "(mục thứ 3)". */
export interface ItemCursor {
  index: number;
}

export function readInput(inputs: FormulaInputs, name: string, inherited: boolean): FormulaInput {
  // Codes such as `constructor` must not find Object.prototype's members.
  return inherited && !Object.hasOwn(inputs, name) ? undefined : inputs[name];
}

export function isInherited(name: string): boolean {
  return name in Object.prototype;
}

export function numberInputReader(name: string): (inputs: FormulaInputs) => number {
  const inherited = isInherited(name);
  const missing = stop("MISSING_INPUT", evaluationMessages.missingInput(name), name);
  const wrong = stop("NOT_A_NUMBER", evaluationMessages.notANumber(name), name);
  return (inputs) => {
    const value = readInput(inputs, name, inherited);
    if (typeof value === "number" && Number.isFinite(value)) return value;
    throw value === null || value === undefined ? missing : wrong;
  };
}

export function booleanInputReader(name: string): (inputs: FormulaInputs) => boolean {
  const inherited = isInherited(name);
  const missing = stop("MISSING_INPUT", evaluationMessages.missingInput(name), name);
  const wrong = stop("NOT_A_NUMBER", evaluationMessages.notABoolean(name), name);
  return (inputs) => {
    const value = readInput(inputs, name, inherited);
    if (typeof value === "boolean") return value;
    throw value === null || value === undefined ? missing : wrong;
  };
}

/** For `a == b` when neither side says whether it is a number or a yes/no answer. */
export function anyInputReader(name: string): (inputs: FormulaInputs) => number | boolean {
  const inherited = isInherited(name);
  const missing = stop("MISSING_INPUT", evaluationMessages.missingInput(name), name);
  const wrong = stop("NOT_A_NUMBER", evaluationMessages.notANumber(name), name);
  return (inputs) => {
    const value = readInput(inputs, name, inherited);
    if (typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) return value;
    throw value === null || value === undefined ? missing : wrong;
  };
}

export function listInputReader(name: string): (inputs: FormulaInputs) => readonly ListItem[] {
  const inherited = isInherited(name);
  const missing = stop("MISSING_INPUT", evaluationMessages.missingInput(name), name);
  const wrong = stop("NOT_A_NUMBER", evaluationMessages.notAList(name), name);
  return (inputs) => {
    const value = readInput(inputs, name, inherited);
    if (Array.isArray(value)) return value;
    throw value === null || value === undefined ? missing : wrong;
  };
}

type FieldKind = "number" | "boolean" | "any";

/** Reads a field of the current item; failures name the list, the field and the item. */
export function fieldReader(
  field: Pick<ItemField, "list" | "name">,
  kind: FieldKind,
  cursor: ItemCursor,
): (item: ListItem | undefined) => number | boolean {
  const { name } = field;
  const ref = `${field.list}.${name}`;
  const inherited = isInherited(name);
  return (item) => {
    if (typeof item !== "object" || item === null) {
      throw stop("NOT_A_NUMBER", evaluationMessages.invalidItem(field.list, cursor.index + 1), field.list);
    }
    const value = inherited && !Object.hasOwn(item, name) ? undefined : item[name];
    if (value === null || value === undefined) {
      throw stop("MISSING_INPUT", evaluationMessages.missingField(ref, cursor.index + 1), ref);
    }
    const isNumber = typeof value === "number" && Number.isFinite(value);
    if ((kind !== "boolean" && isNumber) || (kind !== "number" && typeof value === "boolean")) return value;
    const message =
      kind === "boolean"
        ? evaluationMessages.fieldNotABoolean(ref, cursor.index + 1)
        : evaluationMessages.fieldNotANumber(ref, cursor.index + 1);
    throw stop("NOT_A_NUMBER", message, ref);
  };
}

export function isEvaluationStop(value: unknown): value is EvaluationStop {
  return value instanceof EvaluationStop;
}
