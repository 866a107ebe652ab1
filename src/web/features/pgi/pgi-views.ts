// Whose results the page's summary and trend show. A merged province has one view per province
// of the registry (each former province up to 2024, the merged one from 2025), never one series
// made of several; a province that was not merged reads as one series across its registry codes.
import type { PgiOverview } from "../../../contracts/pgi.js";
import type { Translate } from "../../i18n/index.js";
import { type PgiRow, unitName } from "./pgi-text.js";

export interface PgiView {
  key: string;
  label: string;
  codes: string[];
  rows: PgiRow[];
}

export function pgiViews(t: Translate, data: PgiOverview): PgiView[] {
  const byYear = (rows: PgiRow[]) => [...rows].sort((a, b) => a.year - b.year);
  if (!data.merger) {
    const codes = data.units.length ? data.units.map((u) => u.code) : [data.province.code];
    return [
      {
        key: data.province.code,
        label: data.province.name,
        codes,
        rows: byYear(data.rows.filter((r) => codes.includes(r.unitCode))),
      },
    ];
  }
  // Former provinces first (in the registry's order), the merged one last.
  const units = [...data.units.filter((u) => u.former), ...data.units.filter((u) => !u.former)];
  return units.map((unit) => ({
    key: unit.code,
    label: unitName(t, unit, true),
    codes: [unit.code],
    rows: byYear(data.rows.filter((r) => r.unitCode === unit.code)),
  }));
}

/**
 * The view with the latest results; on a tie the merged province itself, then the former one it
 * is named after (Bắc Ninh before Bắc Giang for the new Bắc Ninh).
 */
export function defaultView(views: PgiView[], data: PgiOverview): PgiView | undefined {
  const last = (view: PgiView) => view.rows.at(-1)?.year ?? -1;
  const preference = (view: PgiView) => {
    const unit = data.units.find((u) => u.code === view.key);
    if (!unit?.former) return 2;
    return unit.name === data.province.name ? 1 : 0;
  };
  return [...views].sort((a, b) => last(b) - last(a) || preference(b) - preference(a))[0];
}
