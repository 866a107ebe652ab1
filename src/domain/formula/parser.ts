// Recursive-descent parser from formula text to the syntax tree. Limits come first: an
// over-long text is refused by its length alone, before a single character is read, and
// nesting is bounded so no input can exhaust the stack.
import type { Ast, BinaryOperator, ComparisonOperator } from "./ast.js";
import { type FormulaError, formulaError } from "./errors.js";
import { type Token, tokenize } from "./lexer.js";
import { parseMessages } from "./messages.js";
import { parseCall } from "./parse-calls.js";
import { SyntaxFailure, spanFrom } from "./syntax-failure.js";

export const MAX_FORMULA_LENGTH = 4000;
export const MAX_NESTING_DEPTH = 64;

export type ParseFormulaResult = { ok: true; ast: Ast } | { ok: false; error: FormulaError };

export function parseFormula(text: string): ParseFormulaResult {
  if (text.length > MAX_FORMULA_LENGTH) {
    const message = parseMessages.tooLong(text.length, MAX_FORMULA_LENGTH);
    const span = { position: MAX_FORMULA_LENGTH, length: text.length - MAX_FORMULA_LENGTH };
    return { ok: false, error: formulaError("TOO_LONG", message, span) };
  }
  const lexed = tokenize(text);
  if (!lexed.ok) return lexed;
  if (lexed.tokens.length === 1) {
    return {
      ok: false,
      error: formulaError("EMPTY", parseMessages.empty(), { position: 0, length: text.length }),
    };
  }
  try {
    const parser = new Parser(lexed.tokens);
    const ast = parser.parseExpression();
    parser.expectEnd();
    return { ok: true, ast };
  } catch (failure) {
    if (failure instanceof SyntaxFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}

const COMPARISONS = new Set<string>(["==", "!=", "<", "<=", ">", ">="]);
const KEYWORDS = new Set(["and", "or", "not", "true", "false", "where"]);

export class Parser {
  private index = 0;
  private depth = 0;
  /** Inside `count(list where …)`: bare names are fields of this list's items. */
  whereList: string | null = null;

  constructor(private readonly tokens: readonly Token[]) {}

  parseExpression(): Ast {
    return this.parseOr();
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.index++;
    return token;
  }

  isOperator(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === "operator" && token.text === text;
  }

  isKeyword(text: string): boolean {
    const token = this.peek();
    return token.kind === "identifier" && token.text === text;
  }

  /** Counts one level of nesting (parenthesis, call, prefix operator) and refuses too many. */
  enter(token: Token): void {
    if (++this.depth > MAX_NESTING_DEPTH) {
      throw new SyntaxFailure(formulaError("TOO_DEEP", parseMessages.tooDeep(MAX_NESTING_DEPTH), token));
    }
  }

  leave(): void {
    this.depth--;
  }

  expectClosing(opening: Token): Token {
    if (this.isOperator(")")) return this.next();
    if (this.peek().kind === "end") {
      throw new SyntaxFailure(
        formulaError("UNCLOSED_PARENTHESIS", parseMessages.unclosedParenthesis(), opening),
      );
    }
    throw this.unexpected();
  }

  expectEnd(): void {
    if (this.peek().kind !== "end") throw this.unexpected();
  }

  expectIdentifier(failure: () => SyntaxFailure): Token {
    const token = this.peek();
    if (token.kind !== "identifier" || KEYWORDS.has(token.text)) throw failure();
    return this.next();
  }

  /** The error for the current token, recognising a decimal comma such as `65,5`. */
  unexpected(): SyntaxFailure {
    const token = this.peek();
    const before = this.tokens[this.index - 1];
    const after = this.peek(1);
    if (token.kind === "end") {
      return new SyntaxFailure(
        formulaError("UNEXPECTED_END", parseMessages.unexpectedEnd("một giá trị"), token),
      );
    }
    if (token.text === "," && before?.kind === "number" && after.kind === "number") {
      const adjacent =
        before.position + before.length === token.position && after.position === token.position + 1;
      if (adjacent) {
        const text = `${before.text},${after.text}`;
        const span = { position: before.position, length: text.length };
        return new SyntaxFailure(formulaError("INVALID_NUMBER", parseMessages.decimalComma(text), span));
      }
    }
    if (token.text === ")") {
      const valueMissing =
        (before?.kind === "operator" && before.text !== ")") ||
        (before?.kind === "identifier" &&
          KEYWORDS.has(before.text) &&
          before.text !== "true" &&
          before.text !== "false");
      const message = valueMissing
        ? parseMessages.valueMissingBefore(")")
        : parseMessages.extraClosingParenthesis();
      return new SyntaxFailure(formulaError("UNEXPECTED_TOKEN", message, token));
    }
    const startsValue = token.kind !== "operator" || token.text === "(";
    const message = startsValue
      ? parseMessages.missingOperator(token.text)
      : parseMessages.unexpectedToken(token.text);
    return new SyntaxFailure(formulaError("UNEXPECTED_TOKEN", message, token));
  }

  private parseOr(): Ast {
    let left = this.parseAnd();
    while (this.isKeyword("or")) {
      this.next();
      left = binary("or", left, this.parseAnd());
    }
    return left;
  }

  private parseAnd(): Ast {
    let left = this.parseNot();
    while (this.isKeyword("and")) {
      this.next();
      left = binary("and", left, this.parseNot());
    }
    return left;
  }

  private parseNot(): Ast {
    if (!this.isKeyword("not")) return this.parseComparison();
    const keyword = this.next();
    this.enter(keyword);
    const operand = this.parseNot();
    this.leave();
    return { kind: "not", operand, ...spanFrom(keyword, operand) };
  }

  private parseComparison(): Ast {
    const left = this.parseAdditive();
    if (!this.isComparisonOperator()) return left;
    const operator = this.next().text as ComparisonOperator;
    const comparison = binary(operator, left, this.parseAdditive());
    if (this.isComparisonOperator()) {
      const span = { position: comparison.position, length: this.peek().position - comparison.position + 1 };
      throw new SyntaxFailure(formulaError("CHAINED_COMPARISON", parseMessages.chainedComparison(), span));
    }
    return comparison;
  }

  private isComparisonOperator(): boolean {
    const token = this.peek();
    return token.kind === "operator" && COMPARISONS.has(token.text);
  }

  private parseAdditive(): Ast {
    let left = this.parseMultiplicative();
    while (this.isOperator("+") || this.isOperator("-")) {
      const operator = this.next().text as "+" | "-";
      left = binary(operator, left, this.parseMultiplicative());
    }
    return left;
  }

  private parseMultiplicative(): Ast {
    let left = this.parseUnary();
    while (this.isOperator("*") || this.isOperator("/")) {
      const operator = this.next().text as "*" | "/";
      left = binary(operator, left, this.parseUnary());
    }
    return left;
  }

  private parseUnary(): Ast {
    if (!this.isOperator("-")) return this.parsePrimary();
    const minus = this.next();
    this.enter(minus);
    const operand = this.parseUnary();
    this.leave();
    return { kind: "negate", operand, ...spanFrom(minus, operand) };
  }

  private parsePrimary(): Ast {
    const token = this.peek();
    if (token.kind === "number") {
      this.next();
      return { kind: "number", value: token.value, position: token.position, length: token.length };
    }
    if (token.kind === "operator" && token.text === "(") return this.parseParenthesised();
    if (token.kind !== "identifier" || ["and", "or", "not", "where"].includes(token.text))
      throw this.unexpected();
    this.next();
    if (token.text === "true" || token.text === "false") {
      return {
        kind: "boolean",
        value: token.text === "true",
        position: token.position,
        length: token.length,
      };
    }
    if (this.isOperator("(")) return parseCall(this, token);
    if (this.isOperator(".")) {
      const field = this.peek(1);
      const span = { position: token.position, length: field.position + field.length - token.position };
      const message = parseMessages.fieldAccessNotAllowed(token.text, field.text);
      throw new SyntaxFailure(formulaError("FIELD_ACCESS_NOT_ALLOWED", message, span));
    }
    const span = { position: token.position, length: token.length };
    if (this.whereList !== null) return { kind: "field", list: this.whereList, name: token.text, ...span };
    return { kind: "reference", name: token.text, ...span };
  }

  private parseParenthesised(): Ast {
    const opening = this.next();
    this.enter(opening);
    const inner = this.parseOr();
    const closing = this.expectClosing(opening);
    this.leave();
    // The parentheses belong to the span, so a message about `(a + b)` underlines all of it.
    return { ...inner, ...spanFrom(opening, closing) };
  }
}

function binary(operator: BinaryOperator, left: Ast, right: Ast): Ast {
  return { kind: "binary", operator, left, right, ...spanFrom(left, right) };
}
