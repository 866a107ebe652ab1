// A cycle's data as one CSV table for Vietnamese Excel: UTF-8 with a BOM, ";" between fields,
// decimal comma. Values, list items (one line per field of an item) and indicators share one
// table, told apart by the first column, so it can be filtered and pivoted as it is.
import type { CycleExport } from "../../contracts/forms.js";
import { booleanText, indicatorStatusText, reviewStatusText, vietnamTimeText } from "./cycle-data-labels.js";
import { safeCellText } from "./spreadsheet-safety.js";

type Cell = string | number | null | undefined;

export const csvHeader = [
  "Loại",
  "Năm",
  "Cơ quan",
  "Mã",
  "Tên",
  "Đơn vị",
  "Mục",
  "Trường",
  "Giá trị",
  "Tình trạng",
  "Phiên bản",
  "Sửa lần cuối lúc",
  "Sửa lần cuối bởi",
  "Điểm",
  "Điểm tối đa",
  "Năm trước",
  "Thay đổi (%)",
];

const numberText = (n: number) =>
  n.toLocaleString("vi-VN", { useGrouping: false, maximumFractionDigits: 10 });

function field(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  const textual = typeof cell === "number" ? numberText(cell) : safeCellText(cell);
  return /[;"\r\n]/.test(textual) ? `"${textual.replaceAll('"', '""')}"` : textual;
}

export function writeCycleDataCsv(data: CycleExport): Buffer {
  const lines: Cell[][] = [csvHeader];
  const year = data.cycle.year;
  for (const v of data.values)
    lines.push([
      "Số liệu",
      year,
      v.agency,
      v.element,
      v.elementName,
      v.kind === "list" ? "mục (danh sách)" : v.unit,
      null,
      null,
      v.kind === "list" ? v.itemCount : v.value,
      v.reviewStatus ? reviewStatusText[v.reviewStatus] : "Chưa nhập",
      v.version,
      v.updatedAt ? vietnamTimeText(v.updatedAt) : null,
      v.updatedBy,
    ]);
  for (const list of data.lists) {
    const counters = new Map<string, number>();
    for (const item of list.items) {
      const n = (counters.get(item.agency) ?? 0) + 1;
      counters.set(item.agency, n);
      for (const f of list.fields) {
        const value = item.values[f.code];
        const cell =
          f.type === "boolean" ? booleanText(value) : typeof value === "number" ? value : String(value ?? "");
        lines.push(["Mục danh sách", year, item.agency, list.element, list.name, null, n, f.name, cell]);
      }
    }
  }
  for (const i of data.indicators)
    lines.push([
      "Chỉ số",
      year,
      null,
      i.code,
      i.name,
      i.unit,
      null,
      null,
      i.value,
      indicatorStatusText[i.status],
      null,
      null,
      null,
      i.points,
      i.maxPoints,
      i.lastYear,
      i.changePct === null ? null : Math.round(i.changePct * 10) / 10,
    ]);
  return csvTable(lines);
}

/** Rows as CSV for Vietnamese Excel: a BOM, ";" between fields, decimal comma, safe cells. */
export function csvTable(lines: Cell[][]): Buffer {
  return Buffer.from(`\ufeff${lines.map((l) => l.map(field).join(";")).join("\r\n")}\r\n`, "utf8");
}
