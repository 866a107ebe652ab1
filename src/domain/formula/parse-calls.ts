// Function calls: the list functions (count, sum, avg, and min/max over a list field) have
// their own argument shapes; the others take ordinary expressions. Argument counts are checked
// here, so `if(a, b)` is refused with its position before any data is looked at.
import { type AggregateFunction, type Ast, FUNCTION_NAMES, type Name, type ScalarFunction } from "./ast.js";
import { formulaError } from "./errors.js";
import type { Token } from "./lexer.js";
import { parseMessages } from "./messages.js";
import type { Parser } from "./parser.js";
import { SyntaxFailure, spanFrom } from "./syntax-failure.js";

export const MAX_ROUND_DIGITS = 10;

/** Parses `name(...)`; the parser stands on the opening parenthesis. */
export function parseCall(parser: Parser, name: Token): Ast {
  if (!(FUNCTION_NAMES as readonly string[]).includes(name.text)) {
    const message = parseMessages.unknownFunction(name.text, FUNCTION_NAMES);
    throw new SyntaxFailure(formulaError("UNKNOWN_FUNCTION", message, name));
  }
  const opening = parser.next();
  parser.enter(opening);
  const overList =
    name.text === "count" || name.text === "sum" || name.text === "avg" || startsListField(parser);
  if (overList && parser.whereList !== null) {
    throw new SyntaxFailure(
      formulaError("NESTED_LIST_FUNCTION", parseMessages.nestedListFunction(name.text), name),
    );
  }
  let node: Ast;
  if (name.text === "count") node = parseCount(parser, name, opening);
  else if (overList) node = parseAggregate(parser, name, opening);
  else node = parseScalarCall(parser, name, opening);
  parser.leave();
  return node;
}

/** `min(list.field)` rather than `min(a, b)`: a field access that makes up the whole argument. */
function startsListField(parser: Parser): boolean {
  if (parser.peek().kind !== "identifier" || !parser.isOperator(".", 1)) return false;
  const after = parser.peek(3);
  return after.kind !== "operator" || after.text === ")" || after.text === "," || isWhere(after);
}

function isWhere(token: Token): boolean {
  return token.kind === "identifier" && token.text === "where";
}

/** After the list (or list.field) only `where`, `)` or `,` may come; `sum(l.f + 1)` is refused here. */
function expectArgumentEnd(parser: Parser, failure: () => SyntaxFailure): void {
  const token = parser.peek();
  const fits = isWhere(token) || (token.kind === "operator" && (token.text === ")" || token.text === ","));
  if (!fits && token.kind !== "end") throw failure();
}

function parseCount(parser: Parser, name: Token, opening: Token): Ast {
  const listExpected = () => failure("LIST_EXPECTED", parseMessages.listExpected("count"), parser.peek());
  const list = asName(parser.expectIdentifier(listExpected));
  if (parser.isOperator(".")) throw failure("LIST_EXPECTED", parseMessages.listExpected("count"), list);
  expectArgumentEnd(parser, listExpected);
  const where = parseWhere(parser, list.name);
  const closing = closeListCall(parser, name, opening);
  return { kind: "count", list, where, ...spanFrom(name, closing) };
}

function parseAggregate(parser: Parser, name: Token, opening: Token): Ast {
  const fieldExpected = () =>
    failure("LIST_FIELD_EXPECTED", parseMessages.listFieldExpected(name.text), parser.peek());
  const list = asName(parser.expectIdentifier(fieldExpected));
  if (!parser.isOperator("."))
    throw failure("LIST_FIELD_EXPECTED", parseMessages.listFieldExpected(name.text), list);
  parser.next();
  const field = asName(parser.expectIdentifier(fieldExpected));
  expectArgumentEnd(parser, fieldExpected);
  const where = parseWhere(parser, list.name);
  const closing = closeListCall(parser, name, opening);
  const aggregate = name.text as AggregateFunction;
  return { kind: "aggregate", function: aggregate, list, field, where, ...spanFrom(name, closing) };
}

/** `where condition`: bare names in the condition are fields of the list's items. */
function parseWhere(parser: Parser, list: string): Ast | null {
  if (!parser.isKeyword("where")) return null;
  parser.next();
  parser.whereList = list;
  const condition = parser.parseExpression();
  parser.whereList = null;
  return condition;
}

/** List functions take exactly one argument; extra ones are read only to report how many. */
function closeListCall(parser: Parser, name: Token, opening: Token): Token {
  let count = 1;
  while (parser.isOperator(",")) {
    parser.next();
    parser.parseExpression();
    count++;
  }
  const closing = parser.expectClosing(opening);
  if (count !== 1) {
    const message = parseMessages.wrongArgumentCount(
      name.text,
      "đúng 1 tham số khi tính trên danh sách",
      count,
    );
    throw failure("WRONG_ARGUMENT_COUNT", message, spanFrom(name, closing));
  }
  return closing;
}

function parseScalarCall(parser: Parser, name: Token, opening: Token): Ast {
  const args: Ast[] = [];
  if (!parser.isOperator(")")) {
    args.push(parser.parseExpression());
    while (parser.isOperator(",")) {
      parser.next();
      args.push(parser.parseExpression());
    }
  }
  const closing = parser.expectClosing(opening);
  const span = spanFrom(name, closing);
  const fn = name.text as ScalarFunction;
  const expected = expectedArguments(fn, args.length);
  if (expected !== null) {
    throw failure("WRONG_ARGUMENT_COUNT", parseMessages.wrongArgumentCount(fn, expected, args.length), span);
  }
  const digits = args[1];
  if (fn === "round" && digits !== undefined && !isRoundDigits(digits)) {
    throw failure("INVALID_ROUND_DIGITS", parseMessages.invalidRoundDigits(MAX_ROUND_DIGITS), digits);
  }
  return { kind: "call", function: fn, args, ...span };
}

/** What the function needs, in words, when `count` arguments do not fit; null when they do. */
function expectedArguments(fn: ScalarFunction, count: number): string | null {
  switch (fn) {
    case "if":
      return count === 3 ? null : "đúng 3 tham số: điều kiện, giá trị khi đúng, giá trị khi sai";
    case "abs":
      return count === 1 ? null : "đúng 1 tham số";
    case "round":
      return count === 1 || count === 2 ? null : "1 hoặc 2 tham số: giá trị và số chữ số thập phân";
    case "min":
    case "max":
      return count >= 2
        ? null
        : `ít nhất 2 tham số, hoặc một trường của danh sách như ${fn}(landfills.capacity_t)`;
  }
}

function isRoundDigits(node: Ast): boolean {
  return node.kind === "number" && Number.isInteger(node.value) && node.value <= MAX_ROUND_DIGITS;
}

function asName(token: Token): Name {
  return { name: token.text, position: token.position, length: token.length };
}

function failure(
  code: "LIST_EXPECTED" | "LIST_FIELD_EXPECTED" | "WRONG_ARGUMENT_COUNT" | "INVALID_ROUND_DIGITS",
  message: string,
  span: { position: number; length: number },
): SyntaxFailure {
  return new SyntaxFailure(formulaError(code, message, span));
}
