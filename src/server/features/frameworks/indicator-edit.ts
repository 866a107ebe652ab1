// Applies an edit of one indicator to a framework definition, marking the edited fields with the
// provenance the editor states. The result is a whole new definition, validated like an import.
import type { z } from "zod";
import type { updateIndicatorRequestSchema } from "../../../contracts/frameworks.js";
import { defaultOf, withFieldsAt } from "../../../domain/framework/provenance.js";
import type { FrameworkDef } from "../../../domain/framework/schema.js";
import { AppError, notFound } from "../../platform/errors.js";

export type IndicatorEdit = z.infer<typeof updateIndicatorRequestSchema>;

const indicatorKeys = ["name", "unit", "unitLabel", "direction", "formula", "agencies", "evidence"] as const;

export function applyIndicatorEdit(source: FrameworkDef, code: string, edit: IndicatorEdit): FrameworkDef {
  const def: FrameworkDef = structuredClone(source);
  const indicator = def.indicators.find((i) => i.code === code);
  if (!indicator) throw notFound("indicator");
  const top = defaultOf(def.provenance, "provisional");
  const changed = indicatorKeys.filter((key) => edit[key] !== undefined);
  for (const key of changed) {
    const value = edit[key];
    if (value === null) delete (indicator as Record<string, unknown>)[key];
    else (indicator as Record<string, unknown>)[key] = value;
  }
  if (changed.length > 0) {
    const fields = changed.map((k) => (k === "unitLabel" ? "unit" : k));
    indicator.provenance = withFieldsAt(indicator.provenance, top, fields, edit.provenance);
  }

  if (edit.points !== undefined || edit.scoring !== undefined) {
    if (!edit.edition) {
      throw new AppError("VALIDATION_FAILED", {}, [
        { field: "edition", message: "Cần chọn phiên bản áp dụng để sửa điểm" },
      ]);
    }
    const edition = def.editions.find((e) => e.code === edit.edition);
    if (!edition) throw new AppError("EDITION_NOT_FOUND", { what: `mã “${edit.edition}”` });
    const entry = edition.indicators.find((i) => i.code === code);
    if (!entry)
      throw new AppError("VALIDATION_FAILED", {}, [
        { field: "edition", message: `Phiên bản “${edition.code}” không có chỉ số ${code}` },
      ]);
    const fields: string[] = [];
    if (edit.points !== undefined) {
      if (edit.points === null) delete entry.points;
      else entry.points = edit.points;
      fields.push("points");
    }
    if (edit.scoring !== undefined) {
      entry.scoring = edit.scoring;
      fields.push("scoring");
    }
    const editionDefault = defaultOf(edition.provenance, top);
    entry.provenance = withFieldsAt(entry.provenance, editionDefault, fields, edit.provenance);
  }
  return def;
}
