// Building pieces of the .docx renderer: runs, paragraphs, borderless two-column tables and
// the short rules of the admin header. The `docx` module is passed in, not imported, so it is
// only loaded when a document is rendered.
import type * as Docx from "docx";
import { nfc } from "./layout.js";
import type { Align, Inline } from "./model.js";

export type DocxModule = typeof Docx;
export type DocxChild = Docx.Paragraph | Docx.Table;

/** Twentieths of a point per millimetre: Word's unit for widths, indents and spacing. */
export const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
export const halfPoints = (pt: number) => Math.round(pt * 2);

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

/** Text runs; every "\n" starts a new line inside the same paragraph. */
export function runs(d: DocxModule, inlines: Inline[], style: RunStyle = {}): Docx.TextRun[] {
  const result: Docx.TextRun[] = [];
  for (const inline of inlines) {
    const own: Exclude<Inline, string> = typeof inline === "string" ? { text: inline } : inline;
    nfc(own.text)
      .split("\n")
      .forEach((line, i) => {
        result.push(
          new d.TextRun({
            text: line,
            break: i > 0 ? 1 : undefined,
            bold: own.bold ?? style.bold,
            italics: own.italic ?? style.italic,
            underline: own.underline ? {} : undefined,
            size: style.size ? halfPoints(style.size) : undefined,
          }),
        );
      });
  }
  return result;
}

export const docxAlign = (d: DocxModule, align: Align | undefined) =>
  align === "center"
    ? d.AlignmentType.CENTER
    : align === "right"
      ? d.AlignmentType.RIGHT
      : align === "left"
        ? d.AlignmentType.LEFT
        : d.AlignmentType.JUSTIFIED;

/** A compact line (no space after, single spacing): the header, signature and table cells. */
export function tightLine(
  d: DocxModule,
  inlines: Inline[],
  style: RunStyle & { align?: Align; before?: number; indentMm?: number; keepNext?: boolean } = {},
) {
  return new d.Paragraph({
    children: runs(d, inlines, style),
    alignment: docxAlign(d, style.align ?? "center"),
    spacing: { before: style.before ?? 0, after: 0, line: 240, lineRule: d.LineRuleType.AUTO },
    indent: style.indentMm ? { left: twip(style.indentMm) } : undefined,
    keepNext: style.keepNext,
  });
}

/** A centred horizontal rule `lengthMm` long inside a column `columnMm` wide. */
export function rule(d: DocxModule, columnMm: number, lengthMm: number) {
  const side = twip(Math.max(0, (columnMm - lengthMm) / 2));
  return new d.Paragraph({
    children: [],
    border: { top: { style: d.BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 60, line: 240, lineRule: d.LineRuleType.AUTO },
    run: { size: 4 },
  });
}

const none = { style: "none", size: 0, color: "FFFFFF" } as const;

/** A table without borders whose cells are laid side by side, e.g. the header and the signature. */
export function borderlessTable(d: DocxModule, widthsMm: number[], rows: DocxChild[][][]) {
  const borders = {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  };
  return new d.Table({
    width: { size: twip(widthsMm.reduce((a, b) => a + b, 0)), type: d.WidthType.DXA },
    columnWidths: widthsMm.map(twip),
    layout: d.TableLayoutType.FIXED,
    borders,
    rows: rows.map(
      (cells) =>
        new d.TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new d.TableCell({
                width: { size: twip(widthsMm[i]!), type: d.WidthType.DXA },
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
                borders: { top: none, bottom: none, left: none, right: none },
                children: children.length ? children : [new d.Paragraph({ children: [] })],
              }),
          ),
        }),
    ),
  });
}
