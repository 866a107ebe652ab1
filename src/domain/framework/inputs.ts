// Checks the raw figures of a province-year against what the framework says of each element:
// a number where a number is due, whole and not negative for counts, within stated bounds,
// list items with the declared fields. Messages name the element (and the item and field).
import type { FormulaInput } from "../formula/index.js";
import type { DataElementDef, FrameworkDef } from "./schema.js";

export interface InputIssue {
  element: string;
  item?: number;
  field?: string;
  message: string;
}

const fmt = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 6 });

export function checkInputs(def: FrameworkDef, inputs: Readonly<Record<string, FormulaInput>>): InputIssue[] {
  const issues: InputIssue[] = [];
  const elements = new Map(def.dataElements.map((e) => [e.code, e]));
  for (const [code, value] of Object.entries(inputs)) {
    const element = elements.get(code);
    if (value === null || value === undefined) continue;
    if (!element) {
      // Inputs named by an indicator code carry external scores (e.g. PGI sub-indices).
      if (!def.indicators.some((i) => i.code === code))
        issues.push({ element: code, message: "Không có số liệu này trong bộ chỉ số" });
      continue;
    }
    if (element.formula) {
      issues.push({ element: code, message: "Số liệu này được tính từ số liệu khác, không nhập trực tiếp" });
      continue;
    }
    if (element.kind === "list") issues.push(...checkList(element, value));
    else issues.push(...checkNumber(element, value).map((message) => ({ element: code, message })));
  }
  return issues;
}

function checkNumber(element: DataElementDef, value: FormulaInput): string[] {
  if (typeof value !== "number" || !Number.isFinite(value)) return ["Phải là một số"];
  const problems: string[] = [];
  if (element.integer && !Number.isInteger(value))
    problems.push(`Phải là số nguyên (số đếm), không phải ${fmt(value)}`);
  // Reported quantities are never negative unless the framework states a lower bound.
  const min = element.min ?? 0;
  if (value < min)
    problems.push(
      min === 0 ? `Không được âm (${fmt(value)})` : `Nhỏ nhất là ${fmt(min)}, không phải ${fmt(value)}`,
    );
  if (element.max !== undefined && value > element.max)
    problems.push(`Lớn nhất là ${fmt(element.max)}, không phải ${fmt(value)}`);
  return problems;
}

function checkList(element: DataElementDef, value: FormulaInput): InputIssue[] {
  if (!Array.isArray(value)) return [{ element: element.code, message: "Phải là một danh sách" }];
  const issues: InputIssue[] = [];
  value.forEach((item, index) => {
    for (const field of element.fields ?? []) {
      const cell = item[field.code];
      if (cell === null || cell === undefined || cell === "") {
        if (field.type !== "text")
          issues.push({ element: element.code, item: index + 1, field: field.code, message: "Chưa nhập" });
        continue;
      }
      const ok = field.type === "text" ? typeof cell === "string" : typeof cell === field.type;
      if (!ok) {
        const expected = field.type === "boolean" ? "có/không" : field.type === "number" ? "một số" : "chữ";
        issues.push({
          element: element.code,
          item: index + 1,
          field: field.code,
          message: `Phải là ${expected}`,
        });
      }
    }
  });
  return issues;
}
