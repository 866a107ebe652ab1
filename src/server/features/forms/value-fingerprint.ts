// A short, stable text for a stored value, written into the form workbook beside its version:
// comparing fingerprints tells whether the person changed a value in the file and whether the
// file's value is already the one stored. Lists are compared field by field in the framework's
// order, so the order the database keeps a JSON object's keys in does not matter.
import { createHash } from "node:crypto";
import type { ListItem } from "../../../domain/formula/index.js";

export interface ListField {
  code: string;
  type: "boolean" | "number" | "text";
}

/** An item as the form saves it: every field, text trimmed ("" when empty), others or null. */
export function canonicalItem(fields: readonly ListField[], item: ListItem): ListItem {
  const out: Record<string, ListItem[string]> = {};
  for (const f of fields) {
    const value = item[f.code];
    out[f.code] =
      f.type === "text"
        ? typeof value === "string"
          ? value.trim()
          : value == null
            ? ""
            : String(value)
        : (value ?? null);
  }
  return out;
}

export function numberFingerprint(value: string | number | null): string {
  return value === null || value === "" ? "" : String(Number(value));
}

export function listFingerprint(fields: readonly ListField[], list: readonly ListItem[] | null): string {
  if (list === null) return "";
  const canonical = list.map((item) => {
    const c = canonicalItem(fields, item);
    return fields.map((f) => c[f.code] ?? null);
  });
  return createHash("sha256").update(JSON.stringify(canonical)).digest("base64url").slice(0, 32);
}
