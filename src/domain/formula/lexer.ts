// Splits formula text into tokens. Characters people type by habit from Excel or other
// languages (`=`, `&&`, `;`, `×`, `1.234,5`) get a message saying what to write instead.
import { type FormulaError, formulaError } from "./errors.js";
import { parseMessages } from "./messages.js";

export type TokenKind = "number" | "identifier" | "operator" | "end";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly position: number;
  readonly length: number;
  /** The numeric value of a number token; 0 otherwise. */
  readonly value: number;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: FormulaError };

const OPERATORS = ["==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", ",", "."];
const WHITESPACE = /[\s\u00a0]/u;
const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{M}\p{N}_]/u;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (WHITESPACE.test(char)) {
      index++;
      continue;
    }
    const scanned = isDigit(char)
      ? scanNumber(text, index)
      : WORD_START.test(char)
        ? scanWord(text, index)
        : scanOperator(text, index);
    if ("code" in scanned) return { ok: false, error: scanned };
    tokens.push(scanned);
    index += scanned.length;
  }
  tokens.push({ kind: "end", text: "", position: text.length, length: 0, value: 0 });
  return { ok: true, tokens };
}

function scanNumber(text: string, start: number): Token | FormulaError {
  let end = skipDigits(text, start);
  if (text[end] === "." && isDigit(text[end + 1])) end = skipDigits(text, end + 1);
  const digits = text.slice(start, end);
  const fraction = digits.split(".")[1];
  // "1.234.567" or "1.234,5": Vietnamese thousands dots, which would silently mean 1.234.
  const vietnameseGrouping =
    (text[end] === "." && isDigit(text[end + 1])) ||
    (fraction?.length === 3 && text[end] === "," && isDigit(text[end + 1]));
  if (vietnameseGrouping) {
    const whole = /^[\d.,]+/.exec(text.slice(start))![0];
    return formulaError("INVALID_NUMBER", parseMessages.vietnameseNumber(whole), {
      position: start,
      length: whole.length,
    });
  }
  if (end < text.length && WORD_PART.test(text[end]!)) {
    const whole = scanWordRun(text, start);
    return formulaError("INVALID_NUMBER", parseMessages.numberFollowedByLetters(whole), {
      position: start,
      length: whole.length,
    });
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) {
    const span = { position: start, length: digits.length };
    return formulaError("INVALID_NUMBER", parseMessages.numberTooLarge(digits), span);
  }
  return { kind: "number", text: digits, position: start, length: digits.length, value };
}

function scanWord(text: string, start: number): Token | FormulaError {
  const word = scanWordRun(text, start);
  if (!IDENTIFIER.test(word)) {
    return formulaError("INVALID_IDENTIFIER", parseMessages.invalidIdentifier(word), {
      position: start,
      length: word.length,
    });
  }
  return { kind: "identifier", text: word, position: start, length: word.length, value: 0 };
}

function scanOperator(text: string, start: number): Token | FormulaError {
  for (const operator of OPERATORS) {
    if (text.startsWith(operator, start)) {
      return { kind: "operator", text: operator, position: start, length: operator.length, value: 0 };
    }
  }
  const char = String.fromCodePoint(text.codePointAt(start)!);
  return formulaError("UNEXPECTED_CHARACTER", parseMessages.unexpectedCharacter(char), {
    position: start,
    length: char.length,
  });
}

function scanWordRun(text: string, start: number): string {
  let end = start;
  while (end < text.length && WORD_PART.test(text[end]!)) end++;
  return text.slice(start, end);
}

function skipDigits(text: string, start: number): number {
  let end = start;
  while (isDigit(text[end])) end++;
  return end;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}
