import { describe, expect, it } from "vitest";
import type { Block, OfficialDocument } from "./model.js";
import { table } from "./pdf-blocks.js";

const doc: OfficialDocument = { title: "Thử", blocks: [] };
const tableOf = (rows: string[][]): Extract<Block, { type: "table" }> => ({
  type: "table",
  columns: [
    { header: "Giá trị", width: 14 },
    { header: "Đơn vị", width: 10 },
    { header: "Giải trình", width: 76 },
  ],
  rows,
});
type PdfTable = { table: { dontBreakRows: boolean; body: { text: { text: string }[] }[][] } };
const pdfTable = (rows: string[][]) => table(doc, tableOf(rows)) as unknown as PdfTable;

describe("a table in the PDF", () => {
  it("keeps each row whole on a page, as the .docx does", () => {
    expect(pdfTable([["12", "%", "Tăng do thêm nhà máy."]]).table.dontBreakRows).toBe(true);
  });

  it("lets rows continue on the next page when one is taller than a page", () => {
    const long = Array.from({ length: 180 }, (_, i) => `Câu giải trình thứ ${i + 1} của xã.`).join("\n");
    expect(pdfTable([["12", "%", long]]).table.dontBreakRows).toBe(false);
  });

  it("measures a cell spanning columns against their widths together", () => {
    // An agency's name across the table: long for one column, short for all three.
    const heading = { runs: ["Ủy ban nhân dân phường Trung Tâm ".repeat(12)], colSpan: 3 };
    const block = { ...tableOf([]), rows: [[heading], ["12", "%", "—"]] };
    const pdf = table(doc, block) as unknown as PdfTable;
    expect(pdf.table.dontBreakRows).toBe(true);
  });

  it("wraps a unit after its slash and a long number between its thousands, never inside a group", () => {
    const [, row] = pdfTable([["2.180.000.000", "xe/10.000 dân đô thị", "—"]]).table.body;
    expect(row![0]!.text[0]!.text).toBe("2.\u200B180.\u200B000.\u200B000");
    expect(row![1]!.text[0]!.text).toBe("xe/\u200B10.000 dân đô thị");
    // A short number and a date stay as written.
    const [, plain] = pdfTable([["1.234", "15/01/2025", "—"]]).table.body;
    expect(plain![0]!.text[0]!.text).toBe("1.234");
    expect(plain![1]!.text[0]!.text).toBe("15/01/2025");
  });
});
