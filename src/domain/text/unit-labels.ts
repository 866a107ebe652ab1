// Units as people write them in Vietnamese documents and spreadsheets: "person" → "người",
// "m3" → "m³", nothing for a plain number. Shared by the interface and the generated files.

export const vietnameseUnits: Record<string, string> = {
  person: "người",
  household: "hộ",
  vehicle: "xe",
  station: "trạm",
  report: "tin",
  incident: "vụ",
  facility: "cơ sở",
  official: "người",
  t: "tấn",
  "t/day": "tấn/ngày",
  "million VND": "triệu đồng",
};

/** The label when there is one, else the unit code in Vietnamese; "" for a plain number ("1"). */
export function vietnameseUnitText(unit: string | null | undefined, unitLabel?: string | null): string {
  if (unitLabel) return unitLabel;
  if (!unit || unit === "1") return "";
  if (unit === "m3") return "m³";
  return vietnameseUnits[unit] ?? unit;
}
