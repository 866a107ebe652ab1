// Static check of a parsed formula against the catalog of data elements: every reference
// exists and is used as what it is, lists have the fields asked for, and units agree. All
// problems are reported at once, each with the span it is about.
//
// Units: a number literal is dimensionless in * and /, but in + - comparisons, min, max and
// the branches of if it takes the unit of the other side, so `max(a, 0)` and `x > 0` need no
// unit on the 0. count(list) has the list's itemUnit when declared, otherwise it is
// dimensionless.
import { type Ast, type Binary, type Call, collectReferences, isArithmetic, type Name } from "./ast.js";
import { type FormulaCatalog, type ListElement, type ListField, lookup } from "./catalog.js";
import { type FormulaError, formulaError } from "./errors.js";
import { checkMessages } from "./messages.js";
import { formatFormula } from "./print.js";
import { DIMENSIONLESS, divideUnits, multiplyUnits, sameUnit, type Unit } from "./units.js";

export { evaluationOrder, findCycles } from "./dependencies.js";

export type CheckFormulaResult =
  | { ok: true; unit: Unit; references: string[] }
  | { ok: false; errors: FormulaError[] };

export function checkFormula(ast: Ast, catalog: FormulaCatalog): CheckFormulaResult {
  const checker = new FormulaChecker(catalog);
  const result = checker.check(ast, null);
  if (result.kind === "boolean") checker.report("RESULT_NOT_NUMBER", checkMessages.resultNotNumber(), ast);
  if (checker.errors.length > 0) return { ok: false, errors: checker.errors };
  const unit = result.kind === "number" ? result.unit : DIMENSIONLESS;
  return { ok: true, unit, references: collectReferences(ast) };
}

interface NumberType {
  kind: "number";
  unit: Unit;
  /** Made of literals only, so it adopts the unit of whatever it is added to or compared with. */
  flexible: boolean;
}
type Checked = NumberType | { kind: "boolean" } | { kind: "invalid" };

/** Inside `where`: the list whose item fields bare names refer to. */
interface ItemScope {
  list: string;
  fields: Readonly<Record<string, ListField>>;
}

const BOOLEAN: Checked = { kind: "boolean" };
const INVALID: Checked = { kind: "invalid" };
const LITERAL: NumberType = { kind: "number", unit: DIMENSIONLESS, flexible: true };
type UnitMessage = (a: string, b: string) => string;

class FormulaChecker {
  readonly errors: FormulaError[] = [];

  constructor(private readonly catalog: FormulaCatalog) {}

  report(code: FormulaError["code"], message: string, span: { position: number; length: number }): Checked {
    this.errors.push(formulaError(code, message, span));
    return INVALID;
  }

  check(node: Ast, scope: ItemScope | null): Checked {
    switch (node.kind) {
      case "number":
        return LITERAL;
      case "boolean":
        return BOOLEAN;
      case "reference":
        return this.checkReference(node.name, node);
      case "field":
        return this.checkField(scope, node.name, node);
      case "negate":
        return this.expectNumber(node.operand, scope);
      case "not":
        return this.expectBoolean(node.operand, scope).kind === "invalid" ? INVALID : BOOLEAN;
      case "binary":
        return this.checkBinary(node, scope);
      case "call":
        return this.checkCall(node, scope);
      case "count": {
        const list = this.listElement(node.list, "count");
        const where = this.checkWhere(node.where, list, node.list.name);
        if (list === undefined || where.kind === "invalid") return INVALID;
        return { kind: "number", unit: list.itemUnit ?? DIMENSIONLESS, flexible: false };
      }
      case "aggregate": {
        const list = this.listElement(node.list, node.function);
        const field = list && this.checkListField(list, node.list.name, node.field, node.function);
        const where = this.checkWhere(node.where, list, node.list.name);
        return field === undefined || where.kind === "invalid" ? INVALID : field;
      }
    }
  }

  private checkReference(name: string, span: Name | Ast): Checked {
    const entry = lookup(this.catalog, name);
    if (entry === undefined) {
      return this.report(
        "UNKNOWN_REFERENCE",
        checkMessages.unknownReference(name, Object.keys(this.catalog)),
        span,
      );
    }
    if (entry.kind === "list") return this.report("LIST_AS_NUMBER", checkMessages.listAsNumber(name), span);
    if (entry.kind === "boolean") return BOOLEAN;
    return { kind: "number", unit: entry.unit, flexible: false };
  }

  private checkField(scope: ItemScope | null, name: string, node: Ast): Checked {
    if (scope === null) return INVALID; // the list itself was already reported as unusable
    const field = lookup(scope.fields, name);
    if (field === undefined) {
      const message = checkMessages.unknownField(scope.list, name, Object.keys(scope.fields));
      return this.report("UNKNOWN_FIELD", message, node);
    }
    return field.type === "boolean" ? BOOLEAN : { kind: "number", unit: field.unit, flexible: false };
  }

  private checkBinary(node: Binary, scope: ItemScope | null): Checked {
    const { operator } = node;
    if (operator === "and" || operator === "or") {
      const left = this.expectBoolean(node.left, scope);
      const right = this.expectBoolean(node.right, scope);
      return left.kind === "invalid" || right.kind === "invalid" ? INVALID : BOOLEAN;
    }
    if (operator === "==" || operator === "!=") return this.checkEquality(node, scope);
    const left = this.expectNumber(node.left, scope);
    const right = this.expectNumber(node.right, scope);
    if (left.kind !== "number" || right.kind !== "number") return INVALID;
    if (operator === "*" || operator === "/") {
      const unit =
        operator === "*" ? multiplyUnits(left.unit, right.unit) : divideUnits(left.unit, right.unit);
      return { kind: "number", unit, flexible: left.flexible && right.flexible };
    }
    const message: UnitMessage =
      operator === "+"
        ? checkMessages.cannotAdd
        : operator === "-"
          ? checkMessages.cannotSubtract
          : checkMessages.cannotCompare;
    const unified = this.unify(left, right, node, message);
    return isArithmetic(operator) || unified.kind === "invalid" ? unified : BOOLEAN;
  }

  private checkEquality(node: Binary, scope: ItemScope | null): Checked {
    const left = this.check(node.left, scope);
    const right = this.check(node.right, scope);
    if (left.kind === "invalid" || right.kind === "invalid") return INVALID;
    if (left.kind === "boolean" && right.kind === "boolean") return BOOLEAN;
    if (left.kind === "number" && right.kind === "number") {
      return this.unify(left, right, node, checkMessages.cannotCompare).kind === "invalid"
        ? INVALID
        : BOOLEAN;
    }
    return this.report("TYPE_MISMATCH", checkMessages.kindsDiffer(formatFormula(node)), node);
  }

  private checkCall(node: Call, scope: ItemScope | null): Checked {
    const [first, second, third] = node.args;
    switch (node.function) {
      case "abs":
      case "round":
        return this.expectNumber(first!, scope);
      case "min":
      case "max": {
        const message: UnitMessage = (a, b) => checkMessages.cannotCompareInFunction(node.function, a, b);
        const args = node.args.map((arg) => this.expectNumber(arg, scope));
        return args.reduce((a, b) =>
          a.kind === "number" && b.kind === "number" ? this.unify(a, b, node, message) : INVALID,
        );
      }
      case "if": {
        const condition = this.expectBoolean(first!, scope);
        const whenTrue = this.check(second!, scope);
        const whenFalse = this.check(third!, scope);
        if ([condition, whenTrue, whenFalse].some((part) => part.kind === "invalid")) return INVALID;
        if (whenTrue.kind === "number" && whenFalse.kind === "number") {
          return this.unify(whenTrue, whenFalse, node, checkMessages.branchesDiffer);
        }
        if (whenTrue.kind === "boolean" && whenFalse.kind === "boolean") return BOOLEAN;
        return this.report("TYPE_MISMATCH", checkMessages.branchKindsDiffer(), node);
      }
    }
  }

  private listElement(list: Name, functionName: string): ListElement | undefined {
    const entry = lookup(this.catalog, list.name);
    if (entry === undefined) {
      this.report(
        "UNKNOWN_REFERENCE",
        checkMessages.unknownReference(list.name, Object.keys(this.catalog)),
        list,
      );
      return undefined;
    }
    if (entry.kind !== "list") {
      this.report("NOT_A_LIST", checkMessages.notAList(list.name, functionName), list);
      return undefined;
    }
    return entry;
  }

  private checkListField(
    list: ListElement,
    listName: string,
    field: Name,
    fn: string,
  ): NumberType | undefined {
    const declared = lookup(list.fields, field.name);
    if (declared === undefined) {
      this.report(
        "UNKNOWN_FIELD",
        checkMessages.unknownField(listName, field.name, Object.keys(list.fields)),
        field,
      );
      return undefined;
    }
    if (declared.type === "boolean") {
      this.report("TYPE_MISMATCH", checkMessages.booleanField(fn, listName, field.name), field);
      return undefined;
    }
    return { kind: "number", unit: declared.unit, flexible: false };
  }

  private checkWhere(where: Ast | null, list: ListElement | undefined, listName: string): Checked {
    if (where === null) return BOOLEAN;
    const scope = list === undefined ? null : { list: listName, fields: list.fields };
    return this.expectBoolean(where, scope);
  }

  private expectNumber(node: Ast, scope: ItemScope | null): Checked {
    const checked = this.check(node, scope);
    if (checked.kind !== "boolean") return checked;
    return this.report("TYPE_MISMATCH", checkMessages.numberExpected(formatFormula(node)), node);
  }

  private expectBoolean(node: Ast, scope: ItemScope | null): Checked {
    const checked = this.check(node, scope);
    if (checked.kind !== "number") return checked;
    return this.report("TYPE_MISMATCH", checkMessages.booleanExpected(formatFormula(node)), node);
  }

  /** Both sides of + - or a comparison must have the same unit; a bare literal takes the other's. */
  private unify(a: NumberType, b: NumberType, span: Ast, message: UnitMessage): Checked {
    if (b.flexible) return a;
    if (a.flexible) return b;
    if (sameUnit(a.unit, b.unit)) return a;
    const name = checkMessages.unitName;
    return this.report("UNIT_MISMATCH", message(name(a.unit.label), name(b.unit.label)), span);
  }
}
