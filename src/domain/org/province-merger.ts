// The 2025 merger of provinces (63 to 34): Resolution 202/2025/QH15, new local governments
// operating from 1 July 2025. Years before use the old provinces, later years the new ones.
import { slugify } from "../text/slug.js";

export const mergerEffectiveDate = "2025-07-01";
export const lastDayBeforeMerger = "2025-06-30";

export interface ProvinceMergerRow {
  oldName: string;
  newName: string;
}

export interface ProvinceUnitPlan {
  code: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
}

/** Old names in the source lack "Tỉnh" where the new ones have it; cities keep "Thành phố". */
function fullOldName(name: string): string {
  return /^(Thành phố|Tỉnh) /.test(name) ? name : `Tỉnh ${name}`;
}

export function planProvinceUnits(rows: ProvinceMergerRow[]): ProvinceUnitPlan[] {
  const newNames = [...new Set(rows.map((r) => r.newName))];
  const newUnits = newNames.map((name) => ({
    code: `VN34-${slugify(name)}`,
    name,
    validFrom: mergerEffectiveDate,
    validTo: null,
    successorCode: null,
  }));
  const oldUnits = rows.map((r) => ({
    code: `VN63-${slugify(fullOldName(r.oldName))}`,
    name: fullOldName(r.oldName),
    validFrom: null,
    validTo: lastDayBeforeMerger,
    successorCode: `VN34-${slugify(r.newName)}`,
  }));
  return [...newUnits, ...oldUnits];
}
