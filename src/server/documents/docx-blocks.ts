// Each block of an official document as Word paragraphs and tables (NĐ 30/2020 layout).
import type * as Docx from "docx";
import {
  borderlessTable,
  type DocxChild,
  type DocxModule,
  docxAlign,
  rule,
  runs,
  tightLine,
  twip,
} from "./docx-parts.js";
import {
  addresseeIndentMm,
  addresseeLabel,
  addresseeLines,
  firstLineIndentMm,
  fontSize,
  linesOf,
  recipientLines,
  ruleMm,
  signatureLabel,
  signatureSpaceMm,
  twoColumnsMm,
  upper,
} from "./layout.js";
import type { AdminHeaderBlock, Block, Cell, OfficialDocument, SignatureBlock } from "./model.js";

type TableBlock = Extract<Block, { type: "table" }>;
type ImageBlock = Extract<Block, { type: "image" }>;

export function adminHeader(d: DocxModule, doc: OfficialDocument, block: AdminHeaderBlock): DocxChild[] {
  const [left, right] = twoColumnsMm(doc, "header");
  const size = fontSize.adminLeft;
  const bodies = [
    ...linesOf(block.superiorBody).map((l) => tightLine(d, [upper(l)], { size })),
    ...linesOf(block.issuingBody).map((l) => tightLine(d, [upper(l)], { size, bold: true })),
    rule(d, left, ruleMm.issuingBody),
  ];
  const nation = [
    tightLine(d, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], { size: fontSize.nationalName, bold: true }),
    tightLine(d, ["Độc lập - Tự do - Hạnh phúc"], { size: fontSize.motto, bold: true }),
    rule(d, right, ruleMm.motto),
  ];
  const number = [tightLine(d, [block.numberSymbol], { size })];
  if (block.letterSubject)
    number.push(tightLine(d, [block.letterSubject], { size: fontSize.letterSubject, before: 60 }));
  const date = [tightLine(d, [{ text: block.placeDate, italic: true }], { size: fontSize.placeDate })];
  return [
    borderlessTable(
      d,
      [left, right],
      [
        [bodies, nation],
        [number, date],
      ],
    ),
    new d.Paragraph({ children: [], spacing: { after: 120 } }),
  ];
}

export function title(d: DocxModule, doc: OfficialDocument, text: string, subtitle?: string): DocxChild[] {
  const lines = [
    tightLine(d, [upper(text)], { size: fontSize.body, bold: true, before: 240, keepNext: true }),
  ];
  if (subtitle) lines.push(tightLine(d, [subtitle], { size: fontSize.body, bold: true, keepNext: true }));
  const width = twoColumnsMm(doc, "header").reduce((a, b) => a + b, 0);
  return [...lines, rule(d, width, ruleMm.title)];
}

export function heading(d: DocxModule, text: string, level: 1 | 2): Docx.Paragraph {
  return new d.Paragraph({
    children: runs(d, [{ text, bold: true, italic: level === 2 }]),
    alignment: d.AlignmentType.JUSTIFIED,
    indent: { firstLine: twip(firstLineIndentMm) },
    spacing: { before: level === 1 ? 120 : 60 },
    keepNext: true,
  });
}

export function addressees(d: DocxModule, names: string[]): DocxChild[] {
  const lines = addresseeLines(names);
  if (lines.length === 1)
    return [tightLine(d, [`${addresseeLabel} ${lines[0]}`], { size: fontSize.body, before: 120 })];
  const indent = twip(addresseeIndentMm.names);
  return [
    tightLine(d, [addresseeLabel], {
      size: fontSize.body,
      align: "left",
      indentMm: addresseeIndentMm.label,
      before: 120,
      keepNext: true,
    }),
    ...lines.map(
      (line) =>
        new d.Paragraph({
          children: runs(d, [line]),
          alignment: d.AlignmentType.LEFT,
          // Wrapped lines align after the "- ".
          indent: { left: indent + twip(3), hanging: twip(3) },
          spacing: { after: 0 },
        }),
    ),
    new d.Paragraph({ children: [], spacing: { after: 0 } }),
  ];
}

export function bullets(d: DocxModule, items: Block & { type: "bullets" }): Docx.Paragraph[] {
  return items.items.map(
    (item) =>
      new d.Paragraph({
        children: runs(d, ["- ", ...item]),
        alignment: d.AlignmentType.JUSTIFIED,
        indent: { firstLine: twip(firstLineIndentMm) },
      }),
  );
}

function cellOf(
  d: DocxModule,
  cell: Cell,
  size: number,
  align: TableBlock["columns"][number]["align"],
  widthMm: number,
  header = false,
) {
  const spec = typeof cell === "string" ? { runs: [cell] } : cell;
  return new d.TableCell({
    columnSpan: spec.colSpan,
    width: { size: twip(widthMm), type: d.WidthType.DXA },
    verticalAlign: d.VerticalAlignTable.CENTER,
    margins: { left: twip(1.2), right: twip(1.2), top: twip(0.5), bottom: twip(0.5) },
    children: [
      new d.Paragraph({
        children: runs(d, spec.runs, { size, bold: header || spec.bold }),
        alignment: docxAlign(d, header ? "center" : (spec.align ?? align ?? "left")),
        spacing: { after: 0, line: 240, lineRule: d.LineRuleType.AUTO },
      }),
    ],
  });
}

export function table(d: DocxModule, width: number, block: TableBlock): DocxChild[] {
  const size = block.fontSize ?? fontSize.table;
  const total = block.columns.reduce((a, c) => a + c.width, 0);
  const widths = block.columns.map((c) => (c.width / total) * width);
  const line = { style: d.BorderStyle.SINGLE, size: 4, color: "000000" };
  const header = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cellOf(d, c.header, size, "center", widths[i]!, true)),
  });
  const body = block.rows.map((row) => {
    let column = 0;
    const cells = row.map((cell) => {
      const span = typeof cell === "string" ? 1 : (cell.colSpan ?? 1);
      const spanned = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      const made = cellOf(d, cell, size, block.columns[column]?.align, spanned);
      column += span;
      return made;
    });
    return new d.TableRow({ cantSplit: true, children: cells });
  });
  return [
    new d.Table({
      width: { size: twip(width), type: d.WidthType.DXA },
      columnWidths: widths.map(twip),
      layout: d.TableLayoutType.FIXED,
      borders: {
        top: line,
        bottom: line,
        left: line,
        right: line,
        insideHorizontal: line,
        insideVertical: line,
      },
      rows: [header, ...body],
    }),
    new d.Paragraph({ children: [], spacing: { after: 60 } }),
  ];
}

export function image(d: DocxModule, block: ImageBlock): Docx.Paragraph[] {
  // docx sizes pictures in pixels at 96 per inch.
  const width = Math.round((block.width / 25.4) * 96);
  const height = Math.round((width * block.pixelHeight) / block.pixelWidth);
  const picture = new d.Paragraph({
    children: [new d.ImageRun({ type: "png", data: block.png, transformation: { width, height } })],
    alignment: d.AlignmentType.CENTER,
    keepNext: Boolean(block.caption),
  });
  if (!block.caption) return [picture];
  return [picture, tightLine(d, [{ text: block.caption, italic: true }], { size: fontSize.table + 1 })];
}

export function signature(d: DocxModule, doc: OfficialDocument, block: SignatureBlock): DocxChild[] {
  const [left, right] = twoColumnsMm(doc, "signature");
  const recipients = [
    tightLine(d, [{ text: signatureLabel, bold: true, italic: true }], {
      size: fontSize.recipientsLabel,
      align: "left",
      before: 120,
    }),
    ...recipientLines(block.recipients).map((r) =>
      tightLine(d, [r], { size: fontSize.recipients, align: "left" }),
    ),
  ];
  const signer = [
    ...linesOf(block.authority).map((l, i) =>
      tightLine(d, [upper(l)], { size: fontSize.body, bold: true, before: i ? 0 : 120 }),
    ),
    ...linesOf(block.title).map((l) => tightLine(d, [upper(l)], { size: fontSize.body, bold: true })),
    // Room for the signature and the seal.
    tightLine(d, [block.signerName], { size: fontSize.body, bold: true, before: twip(signatureSpaceMm) }),
  ];
  return [borderlessTable(d, [left, right], [[recipients, signer]])];
}
