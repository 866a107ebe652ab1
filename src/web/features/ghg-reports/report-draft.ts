// A report's figures as the form holds them (text, as typed) and as the server takes them, and
// the server's problems placed on the row and box they name: an emissions problem names the
// row of the activity data, factor or declared year counted from 1 ("lines[3].amount",
// "factors[2].code"); a field refused by the contract its path from 0 ("factors.0.source").
import type {
  GhgActivityLine,
  GhgDeclaredYear,
  GhgFactorInput,
  GhgReportVersion,
} from "../../../contracts/ghg-reports.js";
import type { Translate } from "../../i18n/index.js";
import type { FieldProblem } from "../../lib/api.js";
import { decimalText, readDecimal } from "../../lib/decimal.js";

export type Gas = "CO2" | "CH4" | "N2O";
export const gasList: Gas[] = ["CO2", "CH4", "N2O"];

export interface LineDraft {
  key: number;
  year: string;
  label: string;
  scope: "direct" | "indirect_electricity";
  amount: string;
  unit: string;
  factors: string[];
  /** A gas measured directly instead of factors (CO2, CH4, N2O or other). */
  gas: string | null;
}

export interface FactorDraft {
  key: number;
  code: string;
  name: string;
  gas: Gas;
  value: string;
  unit: string;
  source: string;
  document: string;
  validFrom: string;
  validTo: string;
}

export interface DeclaredDraft {
  key: number;
  year: string;
  total: string;
  CO2: string;
  CH4: string;
  N2O: string;
}

export interface FiguresDraft {
  lines: LineDraft[];
  factors: FactorDraft[];
  declared: DeclaredDraft[];
}

let counter = 0;
export const nextKey = () => ++counter;

export const emptyLine = (year = ""): LineDraft => ({
  key: nextKey(),
  year,
  label: "",
  scope: "direct",
  amount: "",
  unit: "",
  factors: [],
  gas: null,
});

export const emptyFactor = (): FactorDraft => ({
  key: nextKey(),
  code: "",
  name: "",
  gas: "CO2",
  value: "",
  unit: "",
  source: "",
  document: "",
  validFrom: "",
  validTo: "",
});

export const emptyDeclared = (year = ""): DeclaredDraft => ({
  key: nextKey(),
  year,
  total: "",
  CO2: "",
  CH4: "",
  N2O: "",
});

const text = (v: unknown) =>
  v === null || v === undefined ? "" : typeof v === "number" ? decimalText(v) : String(v);

/** The figures of a stored version, to be revised. */
export function draftOf(version: GhgReportVersion): FiguresDraft {
  return {
    lines: version.lines.map((l) => ({
      key: nextKey(),
      year: String(l.year),
      label: l.label,
      scope: l.scope === "indirect_electricity" ? "indirect_electricity" : "direct",
      amount: text(l.amount),
      unit: l.unit,
      factors: l.factors ?? [],
      gas: l.gas ?? null,
    })),
    factors: version.factors.map((f) => ({
      key: nextKey(),
      code: f.code,
      name: f.name ?? "",
      gas: f.gas,
      value: text(f.value),
      unit: f.unit,
      source: f.source ?? "",
      document: f.document ?? "",
      validFrom: String(f.validFrom),
      validTo: String(f.validTo),
    })),
    declared: version.declared.map((d) => ({
      key: nextKey(),
      year: String(d.year),
      total: text(d.total),
      CO2: text(d.gases?.CO2),
      CH4: text(d.gases?.CH4),
      N2O: text(d.gases?.N2O),
    })),
  };
}

/** Where a problem is shown: "lines.0.amount", "factors.1.value", "declared.0.total", or a form field. */
export type Problems = Map<string, string[]>;

const add = (problems: Problems, place: string, message: string) =>
  problems.set(place, [...(problems.get(place) ?? []), message]);

const wholeYear = (v: string) => (/^\d{4}$/.test(v.trim()) ? Number(v.trim()) : undefined);

/**
 * The figures to send, or the problems found before sending: numbers typed the Vietnamese way
 * ("1.234,5") are read here; a text that is not a number is refused on its box.
 */
export function figuresOf(
  draft: FiguresDraft,
  t: Translate,
): { lines: GhgActivityLine[]; factors: GhgFactorInput[]; declared: GhgDeclaredYear[]; problems: Problems } {
  const problems: Problems = new Map();
  const number = (place: string, value: string, required: boolean): number | null => {
    const read = readDecimal(value);
    if (read === undefined) add(problems, place, t("validation.notNumber", { text: value.trim() }));
    else if (read === null && required)
      add(problems, place, t("ghgReports.form.required", { field: "" }).trim());
    return read ?? null;
  };
  const year = (place: string, value: string) => {
    const y = wholeYear(value);
    if (y === undefined) add(problems, place, t("validation.notNumber", { text: value.trim() }));
    return y ?? 0;
  };
  const lines = draft.lines.map((l, i): GhgActivityLine => {
    const amount = number(`lines.${i}.amount`, l.amount, true);
    return {
      year: wholeYear(l.year) ?? l.year.trim(),
      label: l.label,
      scope: l.scope,
      amount,
      unit: l.unit,
      ...(l.gas ? { gas: l.gas } : { factors: l.factors }),
    };
  });
  const factors = draft.factors.map(
    (f, i): GhgFactorInput => ({
      code: f.code,
      name: f.name || undefined,
      gas: f.gas,
      value: number(`factors.${i}.value`, f.value, true) ?? 0,
      unit: f.unit,
      source: f.source || null,
      document: f.document || null,
      validFrom: year(`factors.${i}.validFrom`, f.validFrom),
      validTo: year(`factors.${i}.validTo`, f.validTo),
    }),
  );
  const declared = draft.declared.map((d, i): GhgDeclaredYear => {
    const gases = Object.fromEntries(
      gasList.map((g) => [g, number(`declared.${i}.${g}`, d[g], false)]).filter(([, v]) => v !== null),
    );
    return {
      year: year(`declared.${i}.year`, d.year),
      total: number(`declared.${i}.total`, d.total, false),
      ...(Object.keys(gases).length ? { gases } : {}),
    };
  });
  return { lines, factors, declared, problems };
}

/** The server's problems by place; those it could not place are kept under "". */
export function problemsOf(error: unknown): Problems {
  const problems: Problems = new Map();
  // An ApiError's details (checked by shape: this module stays free of the browser-only client).
  const details = (error as { details?: FieldProblem[] } | null)?.details;
  if (!Array.isArray(details)) return problems;
  for (const d of details) {
    const field = d.field ?? "";
    // The server's own checks count from 1: "lines[3].amount", "factors[2].code", "declared[1].year".
    const counted = /^(lines|factors|declared)\[(\d+)\]\.(\w+)$/.exec(field);
    if (counted) add(problems, `${counted[1]}.${Number(counted[2]) - 1}.${counted[3]}`, d.message);
    else if (d.row !== undefined && d.row > 0 && !/[.[]/.test(field))
      add(problems, `lines.${d.row - 1}.${field}`, d.message);
    else add(problems, field.replace(/^body\./, ""), d.message);
  }
  return problems;
}

/** The messages of a place, or undefined. */
export const messagesAt = (problems: Problems, place: string) => problems.get(place)?.join(" ");
