// Units as dimensions (base → integer exponent) with a scale and the label shown to users.
// The checker multiplies and divides them along the formula, so a ratio of two counts of the
// same thing comes out dimensionless and adding hectares to persons is caught before any data
// is entered.
import { unitMessages } from "./messages.js";
import {
  BASE_ALIASES,
  BASE_DIMENSIONS,
  DIMENSIONLESS_SPELLINGS,
  SCALE_NAMES,
  SCALE_WORDS,
} from "./unit-catalog.js";

export interface Unit {
  /** Base dimension → non-zero integer exponent: vehicle/person is { vehicle: 1, person: -1 }. */
  readonly dimensions: Readonly<Record<string, number>>;
  /** Multiple of the base units: 1 for VND, 1e6 for million VND. "%" is a label, scale 1. */
  readonly scale: number;
  /** As the framework file wrote it ("xe/người"), or the canonical text of a derived unit. */
  readonly label: string;
}

export type ParseUnitResult = { ok: true; unit: Unit } | { ok: false; message: string };

export const DIMENSIONLESS: Unit = Object.freeze({ dimensions: Object.freeze({}), scale: 1, label: "1" });

export function parseUnit(text: string): ParseUnitResult {
  const label = text.normalize("NFC").trim().replace(/\s+/g, " ");
  if (label === "") return { ok: false, message: unitMessages.empty() };
  const dimensions: Record<string, number> = {};
  let scale = 1;
  const parts = label.split("/");
  for (const [index, part] of parts.entries()) {
    const sign = index === 0 ? 1 : -1;
    for (const rawTerm of part.split(/[*·]/)) {
      const term = rawTerm.trim();
      if (term === "") return { ok: false, message: unitMessages.missingPart(label, index > 0) };
      const parsed = parseTerm(term);
      if (parsed === undefined) return { ok: false, message: unitMessages.unknownPart(term) };
      scale = sign > 0 ? scale * parsed.scale : scale / parsed.scale;
      if (parsed.base !== undefined) addExponent(dimensions, parsed.base, sign * parsed.exponent);
    }
  }
  return { ok: true, unit: Object.freeze({ dimensions: Object.freeze(dimensions), scale, label }) };
}

export function multiplyUnits(a: Unit, b: Unit): Unit {
  return combine(a, b, 1);
}

export function divideUnits(a: Unit, b: Unit): Unit {
  return combine(a, b, -1);
}

/** Same physical kind, whatever the scale or label ("%" and "1"; "VND" and "million VND"). */
export function sameDimensions(a: Unit, b: Unit): boolean {
  const aKeys = Object.keys(a.dimensions);
  if (aKeys.length !== Object.keys(b.dimensions).length) return false;
  return aKeys.every((key) => a.dimensions[key] === b.dimensions[key]);
}

/** Interchangeable in a sum or a comparison: same dimensions and same scale. */
export function sameUnit(a: Unit, b: Unit): boolean {
  return sameDimensions(a, b) && Math.abs(a.scale - b.scale) <= 1e-12 * Math.max(a.scale, b.scale);
}

/** Canonical English text, which parseUnit reads back: "vehicle/person", "million VND", "1". */
export function formatUnit(unit: Unit): string {
  const ordered = Object.entries(unit.dimensions).sort(([a], [b]) => baseRank(a) - baseRank(b));
  const power = ([base, exponent]: [string, number]) =>
    Math.abs(exponent) === 1 ? base : `${base}^${Math.abs(exponent)}`;
  const numerator = ordered.filter(([, exponent]) => exponent > 0).map(power);
  const denominator = ordered.filter(([, exponent]) => exponent < 0).map(power);
  const inverse = 1 / unit.scale;
  if (unit.scale < 1 && Number.isInteger(Math.round(inverse * 1e6) / 1e6)) {
    const factor = scaleText(Math.round(inverse));
    if (denominator.length > 0) denominator[0] = `${factor} ${denominator[0]}`;
    else denominator.push(factor);
  } else if (unit.scale !== 1) {
    numerator[0] = numerator.length > 0 ? `${scaleText(unit.scale)} ${numerator[0]}` : scaleText(unit.scale);
  }
  const top = numerator.length > 0 ? numerator.join("*") : "1";
  return [top, ...denominator].join("/");
}

interface ParsedTerm {
  base: string | undefined;
  exponent: number;
  scale: number;
}

/** One term: an optional factor ("10.000"), an optional scale word ("triệu"), a name, a power. */
function parseTerm(term: string): ParsedTerm | undefined {
  const words = term.split(" ");
  let scale = 1;
  let next = 0;
  const factor = parseFactor(words[next]);
  if (factor !== undefined) {
    scale *= factor;
    next++;
  }
  const scaleWord = SCALE_WORDS.get(words[next]?.toLowerCase() ?? "");
  if (scaleWord !== undefined) {
    scale *= scaleWord;
    next++;
  }
  const rest = words.slice(next).join(" ");
  if (rest === "") return next > 0 ? { base: undefined, exponent: 0, scale } : undefined;
  if (DIMENSIONLESS_SPELLINGS.has(rest.toLowerCase())) return { base: undefined, exponent: 0, scale };
  // The whole name first: "m³" is a spelling of m3, not m cubed.
  const base = BASE_ALIASES.get(rest.toLowerCase());
  if (base !== undefined) return { base, exponent: 1, scale };
  const powered = /^(.+?)(?:\^(\d+)|([²³]))$/u.exec(rest);
  const poweredBase = powered && BASE_ALIASES.get(powered[1]!.toLowerCase());
  if (!poweredBase) return undefined;
  return { base: poweredBase, exponent: Number(powered[2] ?? (powered[3] === "²" ? 2 : 3)), scale };
}

/** "10000" or, the Vietnamese way, "10.000"; decimals are not units' business. */
function parseFactor(word: string | undefined): number | undefined {
  if (word === undefined || !/^(\d+|\d{1,3}(\.\d{3})+)$/.test(word)) return undefined;
  const factor = Number(word.replaceAll(".", ""));
  return factor > 0 ? factor : undefined;
}

function combine(a: Unit, b: Unit, sign: 1 | -1): Unit {
  const dimensions: Record<string, number> = { ...a.dimensions };
  for (const [base, exponent] of Object.entries(b.dimensions)) addExponent(dimensions, base, sign * exponent);
  const scale = sign > 0 ? a.scale * b.scale : a.scale / b.scale;
  const partial = { dimensions: Object.freeze(dimensions), scale, label: "" };
  return Object.freeze({ ...partial, label: formatUnit(partial) });
}

function addExponent(dimensions: Record<string, number>, base: string, exponent: number): void {
  const total = (dimensions[base] ?? 0) + exponent;
  if (total === 0) delete dimensions[base];
  else dimensions[base] = total;
}

function baseRank(base: string): number {
  const rank = (BASE_DIMENSIONS as readonly string[]).indexOf(base);
  return rank === -1 ? BASE_DIMENSIONS.length : rank;
}

function scaleText(scale: number): string {
  return SCALE_NAMES.get(scale) ?? String(scale);
}
