// Each block of an official document as pdfmake content, laid out as the .docx renderer does.
import type { Content, CustomTableLayout, TableCell } from "pdfmake/interfaces";
import {
  addresseeIndentMm,
  addresseeLabel,
  addresseeLines,
  firstLineIndentMm,
  fontSize,
  linesOf,
  marginsMm,
  mmToPt,
  nfc,
  pageSizeMm,
  recipientLines,
  ruleMm,
  signatureLabel,
  signatureSpaceMm,
  spaceAfterPt,
  textWidthMm,
  twoColumnsMm,
  upper,
} from "./layout.js";
import type {
  AdminHeaderBlock,
  Align,
  Block,
  Cell,
  Inline,
  OfficialDocument,
  SignatureBlock,
} from "./model.js";

type TableBlock = Extract<Block, { type: "table" }>;
type ImageBlock = Extract<Block, { type: "image" }>;

const indent = mmToPt(firstLineIndentMm);

export const inlines = (items: Inline[]) =>
  items.map((i) =>
    typeof i === "string"
      ? { text: nfc(i) }
      : {
          text: nfc(i.text),
          bold: i.bold,
          italics: i.italic,
          decoration: i.underline ? ("underline" as const) : undefined,
        },
  );

export const pdfAlign = (align: Align | undefined) => align ?? "justify";

interface LineStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  top?: number;
  bottom?: number;
}

/** One centred line with single spacing: the header, the title and the signature. */
const line = (text: string, style: LineStyle): Content => ({
  text: nfc(text),
  fontSize: style.size,
  bold: style.bold,
  italics: style.italics,
  alignment: "center",
  lineHeight: 1,
  margin: [0, style.top ?? 0, 0, style.bottom ?? 0],
});

/** A centred horizontal rule `lengthMm` long inside a column `columnMm` wide. */
function rule(columnMm: number, lengthMm: number): Content {
  const x1 = mmToPt(Math.max(0, (columnMm - lengthMm) / 2));
  return {
    canvas: [{ type: "line", x1, y1: 0, x2: x1 + mmToPt(lengthMm), y2: 0, lineWidth: 0.6 }],
    margin: [0, 4, 0, 4],
  };
}

const zero = () => 0;
export const borderless: CustomTableLayout = {
  hLineWidth: zero,
  vLineWidth: zero,
  paddingLeft: zero,
  paddingRight: zero,
  paddingTop: zero,
  paddingBottom: zero,
};
const ruled: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

export function adminHeader(doc: OfficialDocument, block: AdminHeaderBlock): Content {
  const [left, right] = twoColumnsMm(doc, "header");
  const size = fontSize.adminLeft;
  const bodies: Content[] = [
    ...linesOf(block.superiorBody).map((l) => line(upper(l), { size })),
    ...linesOf(block.issuingBody).map((l) => line(upper(l), { size, bold: true })),
    rule(left, ruleMm.issuingBody),
  ];
  const nation: Content[] = [
    line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: fontSize.nationalName, bold: true }),
    line("Độc lập - Tự do - Hạnh phúc", { size: fontSize.motto, bold: true }),
    rule(right, ruleMm.motto),
  ];
  const number: Content[] = [line(block.numberSymbol, { size })];
  if (block.letterSubject) number.push(line(block.letterSubject, { size: fontSize.letterSubject, top: 3 }));
  return {
    table: {
      widths: [mmToPt(left), mmToPt(right)],
      body: [
        [{ stack: bodies }, { stack: nation }],
        [{ stack: number }, line(block.placeDate, { size: fontSize.placeDate, italics: true })],
      ],
      dontBreakRows: true,
    },
    layout: borderless,
    margin: [0, 0, 0, 12],
  };
}

export function title(doc: OfficialDocument, text: string, subtitle?: string): Content {
  const stack: Content[] = [line(upper(text), { size: fontSize.body, bold: true, top: 12 })];
  if (subtitle) stack.push(line(subtitle, { size: fontSize.body, bold: true }));
  stack.push(rule(textWidthMm(doc), ruleMm.title));
  return { stack, unbreakable: true };
}

export function heading(text: string, level: 1 | 2): Content {
  return {
    text: nfc(text),
    bold: true,
    italics: level === 2,
    alignment: "justify",
    leadingIndent: indent,
    headlineLevel: level,
    margin: [0, level === 1 ? 6 : 3, 0, spaceAfterPt],
  };
}

export function addressees(names: string[]): Content {
  const lines = addresseeLines(names);
  if (lines.length === 1)
    return { text: `${addresseeLabel} ${lines[0]}`, alignment: "center", margin: [0, 6, 0, 6] };
  return {
    stack: [
      { text: addresseeLabel, margin: [mmToPt(addresseeIndentMm.label), 6, 0, 0] },
      ...lines.map(
        (l): Content => ({
          // Wrapped lines align after the "- ".
          columns: [
            { text: "-", width: mmToPt(3) },
            { text: l.replace(/^- /, ""), width: "*" },
          ],
          margin: [mmToPt(addresseeIndentMm.names), 0, 0, 0],
        }),
      ),
    ],
    margin: [0, 0, 0, spaceAfterPt * 2],
  };
}

export function bullets(block: Block & { type: "bullets" }): Content[] {
  return block.items.map((item) => ({
    text: inlines(["- ", ...item]),
    alignment: "justify",
    leadingIndent: indent,
    margin: [0, 0, 0, spaceAfterPt],
  }));
}

/**
 * Where a narrow cell may wrap besides spaces: after a unit's slash ("xe/10.000 dân đô thị", not
 * a date's) and between the thousands of a long number, instead of inside a group of
 * digits ("2.180.00" / "0.000"). A zero-width space, which prints nothing.
 */
const breakable = (text: string) =>
  text
    .replace(/(?<=\p{L})\/(?=\d)/gu, "/\u200B")
    .replace(/(\d{1,3}(?:\.\d{3}){3,})/g, (n) => n.replaceAll(".", ".\u200B"));

const cellRuns = (runs: Inline[]) =>
  runs.map((r) => (typeof r === "string" ? breakable(r) : { ...r, text: breakable(r.text) }));

/** Lines a cell's text takes at a width in points: a generous guess (half an em per character). */
function estimatedLines(cell: Cell, widthPt: number, size: number): number {
  const text =
    typeof cell === "string" ? cell : cell.runs.map((r) => (typeof r === "string" ? r : r.text)).join("");
  const perLine = Math.max(1, Math.floor(widthPt / (size * 0.5)));
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

function cellOf(cell: Cell, align: Align | undefined, header = false): TableCell {
  const spec = typeof cell === "string" ? { runs: [cell] as Inline[] } : cell;
  return {
    text: inlines(header ? spec.runs : cellRuns(spec.runs)),
    bold: header || ("bold" in spec && spec.bold) || undefined,
    alignment: header ? "center" : ("align" in spec && spec.align) || align || "left",
    colSpan: "colSpan" in spec ? spec.colSpan : undefined,
  };
}

export function table(doc: OfficialDocument, block: TableBlock): Content {
  const total = block.columns.reduce((a, c) => a + c.width, 0);
  // The ruling adds its padding to each column: widths are what is left for the text.
  const widths = block.columns.map((c) => (c.width / total) * mmToPt(textWidthMm(doc)) - 6.5);
  const body: TableCell[][] = [block.columns.map((c) => cellOf(c.header, "center", true))];
  for (const row of block.rows) {
    const cells: TableCell[] = [];
    for (const cell of row) {
      cells.push(cellOf(cell, block.columns[cells.length]?.align));
      const span = typeof cell === "string" ? 1 : (cell.colSpan ?? 1);
      for (let i = 1; i < span; i++) cells.push({}); // pdfmake wants a placeholder per spanned column
    }
    while (cells.length < widths.length) cells.push({ text: "" });
    body.push(cells);
  }
  const size = block.fontSize ?? fontSize.table;
  // Rows stay whole on a page, as in the .docx, unless one is too tall for a page (an indicator
  // with a long explanation): cut off, it would drop what follows, so that table's rows may
  // continue on the next page.
  const pageLines = (mmToPt(pageSizeMm(doc).height - marginsMm.top - marginsMm.bottom) * 0.6) / (size * 1.2);
  const tallRow = block.rows.some((row) => {
    let column = 0;
    return row.some((cell) => {
      // A cell spanning columns has their widths together.
      const span = typeof cell === "string" ? 1 : (cell.colSpan ?? 1);
      const width = widths.slice(column, column + span).reduce((a, w) => a + w, 0);
      column += span;
      return estimatedLines(cell, width || widths.at(-1)!, size) > pageLines;
    });
  });
  return {
    table: { headerRows: 1, widths, body, dontBreakRows: !tallRow },
    layout: ruled,
    fontSize: size,
    lineHeight: 1,
    margin: [0, 0, 0, spaceAfterPt],
  };
}

export function image(block: ImageBlock): Content {
  const picture: Content = {
    image: `data:image/png;base64,${block.png.toString("base64")}`,
    width: mmToPt(block.width),
    alignment: "center",
    margin: [0, 0, 0, block.caption ? 2 : spaceAfterPt],
  };
  if (!block.caption) return picture;
  return {
    stack: [picture, line(block.caption, { size: fontSize.table + 1, italics: true, bottom: spaceAfterPt })],
    unbreakable: true,
  };
}

export function signature(doc: OfficialDocument, block: SignatureBlock): Content {
  const [left, right] = twoColumnsMm(doc, "signature");
  const recipients: Content[] = [
    {
      text: signatureLabel,
      bold: true,
      italics: true,
      fontSize: fontSize.recipientsLabel,
      margin: [0, 6, 0, 0],
    },
    ...recipientLines(block.recipients).map((r): Content => ({ text: r, fontSize: fontSize.recipients })),
  ];
  const signer: Content[] = [
    ...linesOf(block.authority).map((l, i) =>
      line(upper(l), { size: fontSize.body, bold: true, top: i ? 0 : 6 }),
    ),
    ...linesOf(block.title).map((l) => line(upper(l), { size: fontSize.body, bold: true })),
    line(block.signerName, { size: fontSize.body, bold: true, top: mmToPt(signatureSpaceMm) }),
  ];
  return {
    table: {
      widths: [mmToPt(left), mmToPt(right)],
      body: [[{ stack: recipients, lineHeight: 1 }, { stack: signer }]],
      dontBreakRows: true,
    },
    layout: borderless,
    unbreakable: true,
  };
}
