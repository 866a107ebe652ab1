// Turns a framework's data elements into the formula checker's catalog, reporting bad units.
import {
  type CatalogEntry,
  type FormulaCatalog,
  type ListField,
  parseUnit,
  type Unit,
} from "../formula/index.js";
import type { DataElementDef } from "./schema.js";

export interface CatalogProblem {
  index: number;
  field: string;
  message: string;
}

export function buildCatalog(elements: DataElementDef[]): {
  catalog: FormulaCatalog;
  problems: CatalogProblem[];
} {
  const catalog: Record<string, CatalogEntry> = {};
  const problems: CatalogProblem[] = [];
  const unitOf = (index: number, field: string, text: string | undefined): Unit | undefined => {
    if (text === undefined) {
      problems.push({ index, field, message: "Thiếu đơn vị (unit)" });
      return undefined;
    }
    const parsed = parseUnit(text);
    if (!parsed.ok) problems.push({ index, field, message: parsed.message });
    return parsed.ok ? parsed.unit : undefined;
  };
  elements.forEach((element, index) => {
    if (element.kind === "list") {
      if (!element.fields?.length) {
        problems.push({ index, field: "fields", message: "Danh sách phải khai báo các trường (fields)" });
      }
      const fields: Record<string, ListField> = {};
      element.fields?.forEach((field, fieldIndex) => {
        if (field.type === "boolean") fields[field.code] = { type: "boolean" };
        if (field.type === "number") {
          const unit = unitOf(index, `fields[${fieldIndex}].unit`, field.unit);
          if (unit) fields[field.code] = { type: "number", unit };
        }
      });
      catalog[element.code] = { kind: "list", fields };
      return;
    }
    const unit = unitOf(index, "unit", element.unit);
    if (unit) catalog[element.code] = { kind: "number", unit, integer: element.integer };
  });
  return { catalog, problems };
}
