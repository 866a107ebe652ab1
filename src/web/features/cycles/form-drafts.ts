// What a person types into an agency form before it is saved: figures as typed text, list rows
// with their cells, each with the version it was typed over. Plain functions, no React, so the
// autosave can turn drafts into requests, compare them with the server and keep them on disk.
import type { FormElement, ValueInput } from "../../../contracts/cycles.js";
import { readDecimal } from "../../lib/decimal.js";

export type CellValue = string | boolean;
export interface EditRow {
  key: string;
  values: Record<string, CellValue>;
}
export type DraftValue = { kind: "number"; text: string } | { kind: "list"; rows: EditRow[] };
export interface Draft {
  value: DraftValue;
  /** The version this was typed over (null: there was no value yet). */
  baseVersion: number | null;
}

let rowCounter = 0;
export const newRowKey = () => `row-${Date.now().toString(36)}-${++rowCounter}`;

/**
 * A stored number as a person would type it, the Vietnamese way: "83108003.5" → "83.108.003,5".
 * Three decimals get a trailing zero ("1,2340"), since "1,234" reads as one thousand two
 * hundred thirty-four.
 */
export function numberText(stored: string | number | null | undefined): string {
  if (stored === null || stored === undefined || stored === "") return "";
  const text = String(stored);
  const negative = text.startsWith("-");
  const [whole = "", fraction] = text.replace(/^-/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const decimals = fraction === undefined ? "" : `,${fraction.length === 3 ? `${fraction}0` : fraction}`;
  return `${negative ? "-" : ""}${grouped}${decimals}`;
}

type ServerRow = NonNullable<FormElement["list"]>[number];

// The same server list gives the same rows (and row keys) on every render.
const rowCache = new WeakMap<ServerRow[], EditRow[]>();

export function rowsFromServer(list: ServerRow[] | null): EditRow[] {
  if (!list) return [];
  const cached = rowCache.get(list);
  if (cached) return cached;
  const rows = list.map((row) => ({
    key: newRowKey(),
    values: Object.fromEntries(
      Object.entries(row).map(([field, cell]) => [
        field,
        typeof cell === "number" ? numberText(cell) : typeof cell === "boolean" ? cell : (cell ?? ""),
      ]),
    ),
  }));
  rowCache.set(list, rows);
  return rows;
}

/** The element's saved value in the shape the inputs edit. */
export function serverValue(element: FormElement): DraftValue {
  return element.kind === "list"
    ? { kind: "list", rows: rowsFromServer(element.list) }
    : { kind: "number", text: numberText(element.number) };
}

type Built = { ok: true; input: ValueInput } | { ok: false; message: string };
type Cell = ServerRow[string];

/** A draft as the API takes it; list cells are read here, figures are read by the server. */
export function toValueInput(
  element: FormElement,
  draft: Draft,
  badCell: (row: number, text: string) => string,
): Built {
  const base = { element: element.code, baseVersion: draft.baseVersion };
  if (draft.value.kind === "number") {
    const text = draft.value.text.trim();
    return { ok: true, input: { ...base, number: text === "" ? null : text } };
  }
  const rows: Record<string, Cell>[] = [];
  for (const [index, row] of draft.value.rows.entries()) {
    const out: Record<string, Cell> = {};
    for (const field of element.fields) {
      const cell = row.values[field.code];
      if (field.type === "boolean") out[field.code] = cell === true;
      else if (field.type === "text") out[field.code] = typeof cell === "string" ? cell.trim() : "";
      else {
        const number = readDecimal(typeof cell === "string" ? cell : null);
        if (number === undefined) return { ok: false, message: badCell(index + 1, String(cell)) };
        out[field.code] = number;
      }
    }
    rows.push(out);
  }
  // An emptied list is an answer ("there are none"), not a missing one.
  return { ok: true, input: { ...base, list: rows } };
}

/** Whether a draft says the same as a saved value (so restoring it would change nothing). */
export function sameAsServer(element: FormElement, value: DraftValue): boolean {
  if (value.kind === "number") {
    const typed = readDecimal(value.text);
    const saved = element.number === null ? null : Number(element.number);
    return typed === saved;
  }
  const built = toValueInput(element, { value, baseVersion: null }, () => "");
  return built.ok && JSON.stringify(built.input.list ?? null) === JSON.stringify(element.list ?? null);
}

// Unsaved drafts are also kept in the browser, so a closed tab or a crash loses nothing.
export const draftStorageKey = (cycleId: string, agencyId: string) =>
  `pepi.cycle-drafts.${cycleId}.${agencyId}`;

export function readStoredDrafts(key: string): Map<string, Draft> {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? "{}") as { drafts?: Record<string, Draft> };
    return new Map(Object.entries(parsed.drafts ?? {}));
  } catch {
    return new Map();
  }
}

export function writeStoredDrafts(key: string, drafts: Map<string, Draft>): void {
  try {
    if (drafts.size === 0) localStorage.removeItem(key);
    else
      localStorage.setItem(
        key,
        JSON.stringify({ storedAt: new Date().toISOString(), drafts: Object.fromEntries(drafts) }),
      );
  } catch {
    // A full or disabled storage only loses the copy; the drafts stay in the page.
  }
}
