// A list compared with the register: facilities added, listed again, changed (name, address,
// sector, sub-sector, ministry as the list writes them), unchanged, and removed. A facility is the
// same one when its tax code is, or, without a tax code, when its name is. Removed means: still
// listed in the register, under a ministry the file covers, and not in the file; it is delisted,
// never deleted (a facility dropped from the 2024 list owes no 2025 report).
import type { AnnexRow } from "./annex-reader.js";
import { type Ministry, plainText } from "./vocabulary.js";

export interface RegisterFacility {
  id: string;
  name: string;
  taxCode: string | null;
  listedAddress: string;
  sector: string;
  subSector: string | null;
  ministry: string;
  delisted: boolean;
}

export const comparedFields = ["name", "address", "sector", "subSector", "ministry"] as const;
export type ComparedField = (typeof comparedFields)[number];
export interface FieldChange {
  field: ComparedField;
  before: string | null;
  after: string | null;
}

export type ListChange =
  | { kind: "added"; row: AnnexRow }
  | {
      kind: "relisted" | "changed" | "unchanged";
      facilityId: string;
      name: string;
      row: AnnexRow;
      fields: FieldChange[];
    }
  | { kind: "removed"; facilityId: string; name: string; ministry: string };

const registerValue = (f: RegisterFacility, field: ComparedField) =>
  field === "address" ? f.listedAddress : f[field];
const rowValue = (r: AnnexRow, field: ComparedField) => (field === "address" ? r.address : r[field]);
const same = (a: string | null, b: string | null) =>
  (a ?? "").normalize("NFC").trim() === (b ?? "").normalize("NFC").trim();

export function compareWithRegister(
  register: RegisterFacility[],
  rows: AnnexRow[],
  ministries: Ministry[],
): ListChange[] {
  const byTax = new Map<string, RegisterFacility>();
  const byName = new Map<string, RegisterFacility>();
  for (const f of register) {
    if (f.taxCode) byTax.set(f.taxCode, f);
    else byName.set(plainText(f.name), f);
  }
  const matched = new Set<string>();
  const changes: ListChange[] = [];
  for (const row of rows) {
    const found = (row.taxCode ? byTax.get(row.taxCode) : undefined) ?? byName.get(plainText(row.name));
    if (!found || matched.has(found.id)) {
      changes.push({ kind: "added", row });
      continue;
    }
    matched.add(found.id);
    const fields = comparedFields
      .filter((field) => !same(registerValue(found, field), rowValue(row, field)))
      .map((field) => ({ field, before: registerValue(found, field), after: rowValue(row, field) }));
    const kind = found.delisted ? "relisted" : fields.length ? "changed" : "unchanged";
    changes.push({ kind, facilityId: found.id, name: found.name, row, fields });
  }
  const covered = new Set<string>(ministries);
  for (const f of register)
    if (!f.delisted && !matched.has(f.id) && covered.has(f.ministry))
      changes.push({ kind: "removed", facilityId: f.id, name: f.name, ministry: f.ministry });
  return changes;
}
