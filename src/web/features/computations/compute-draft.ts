// What the trial-computation form holds (figures as typed text, list rows) and how it becomes
// a request: which data elements an edition needs, and the inputs read from the text.
import type { EditionView, FrameworkDetail, IndicatorView } from "../../../contracts/frameworks.js";
import { readDecimal } from "../../lib/decimal.js";
import type { ComputeInput } from "./computations.api.js";

export type DataElement = FrameworkDetail["dataElements"][number];
export type ListRow = { key: string; values: Record<string, string | boolean> };

export interface ComputeDraft {
  /** Element code (or, for a score supplied from outside, indicator code) → text typed. */
  numbers: Record<string, string>;
  lists: Record<string, ListRow[]>;
  /** Indicator code → last year's value as typed. */
  lastYear: Record<string, string>;
}

export const emptyDraft = (): ComputeDraft => ({ numbers: {}, lists: {}, lastYear: {} });

export interface InputSection {
  indicator: IndicatorView;
  elements: DataElement[];
  /** The indicator's score itself is typed (scored from outside, no formula). */
  externalScore: boolean;
}

export interface EditionInputs {
  shared: DataElement[];
  sections: InputSection[];
  assessed: IndicatorView[];
}

const identifiers = (formula: string | null) => formula?.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];

/**
 * The raw figures the edition's assessed indicators read, directly or through derived
 * elements; shared figures first, then each other figure under the first indicator using it.
 */
export function inputsForEdition(framework: FrameworkDetail, edition: EditionView): EditionInputs {
  const elements = new Map(framework.dataElements.map((e) => [e.code, e]));
  const rawInputsOf = (formula: string | null, seen = new Set<string>()): DataElement[] =>
    identifiers(formula).flatMap((name) => {
      const element = elements.get(name);
      if (!element || seen.has(name)) return [];
      seen.add(name);
      return element.formula ? rawInputsOf(element.formula, seen) : [element];
    });
  const assessedCodes = new Set(edition.indicators.filter((i) => i.assessed).map((i) => i.code));
  const scoringOf = new Map(edition.indicators.map((i) => [i.code, i.scoring.type]));
  const assessed = framework.indicators.filter((i) => assessedCodes.has(i.code));
  const placed = new Set<string>();
  const shared = assessed
    .flatMap((i) => rawInputsOf(i.formula))
    .filter((e) => e.shared && !placed.has(e.code) && placed.add(e.code));
  const sections = assessed
    .map((indicator) => ({
      indicator,
      elements: rawInputsOf(indicator.formula).filter((e) => !placed.has(e.code) && placed.add(e.code)),
      externalScore: !indicator.formula && scoringOf.get(indicator.code) === "external",
    }))
    .filter((s) => s.elements.length > 0 || s.externalScore);
  return { shared, sections, assessed };
}

export interface DraftProblem {
  code: string;
  text: string;
}

/** The request the draft describes; numbers that cannot be read are listed instead. */
export function draftToRequest(
  draft: ComputeDraft,
  inputs: EditionInputs,
):
  | { ok: true; request: Pick<ComputeInput, "inputs" | "lastYear"> }
  | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const values: ComputeInput["inputs"] = {};
  const numberCodes = [
    ...inputs.shared.map((e) => e.code),
    ...inputs.sections.flatMap((s) => [
      ...s.elements.filter((e) => e.kind === "number").map((e) => e.code),
      ...(s.externalScore ? [s.indicator.code] : []),
    ]),
  ];
  for (const code of numberCodes) {
    const value = readDecimal(draft.numbers[code]);
    if (value === undefined) problems.push({ code, text: draft.numbers[code] ?? "" });
    else if (value !== null) values[code] = value;
  }
  for (const element of inputs.sections.flatMap((s) => s.elements).filter((e) => e.kind === "list")) {
    const rows = draft.lists[element.code] ?? [];
    if (rows.length === 0) continue;
    values[element.code] = rows.map((row) =>
      Object.fromEntries(
        element.fields.map((field) => {
          const cell = row.values[field.code];
          if (field.type === "boolean") return [field.code, cell === true];
          if (field.type === "number") {
            const value = readDecimal(typeof cell === "string" ? cell : undefined);
            if (value === undefined) problems.push({ code: element.code, text: String(cell) });
            return [field.code, value ?? null];
          }
          return [field.code, typeof cell === "string" && cell.trim() ? cell.trim() : null];
        }),
      ),
    );
  }
  const lastYear: Record<string, number | null> = {};
  for (const indicator of inputs.assessed) {
    const value = readDecimal(draft.lastYear[indicator.code]);
    if (value === undefined)
      problems.push({ code: indicator.code, text: draft.lastYear[indicator.code] ?? "" });
    else if (value !== null) lastYear[indicator.code] = value;
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, request: { inputs: values, lastYear } };
}
