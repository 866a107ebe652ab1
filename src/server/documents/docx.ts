// Renders an official document to Word (.docx) in the layout of Nghị định 30/2020/NĐ-CP: A4,
// margins 20/20/30/15 mm, Times New Roman 14 pt justified with a 1 cm first-line indent.
import type * as Docx from "docx";
import { addressees, adminHeader, bullets, heading, image, signature, table, title } from "./docx-blocks.js";
import { type DocxChild, type DocxModule, docxAlign, halfPoints, runs, twip } from "./docx-parts.js";
import { spliceLongTables, splitLongTables } from "./docx-pieces.js";
import {
  a4,
  draftMarkText,
  firstLineIndentMm,
  fontSize,
  headerDistanceMm,
  lineSpacing,
  marginsMm,
  nfc,
  spaceAfterPt,
  textWidthMm,
} from "./layout.js";
import type { Block, OfficialDocument } from "./model.js";

/** Whether the block is kept on the page of the one after it. */
function keptWithNext(block: Block, next: Block | undefined): boolean {
  return block.type === "paragraph" && (block.keepWithNext === true || next?.type === "signature");
}

function blockToDocx(d: DocxModule, doc: OfficialDocument, block: Block, next?: Block): DocxChild[] {
  switch (block.type) {
    case "adminHeader":
      return adminHeader(d, doc, block);
    case "signature":
      return signature(d, doc, block);
    case "title":
      return title(d, doc, block.text, block.subtitle);
    case "heading":
      return [heading(d, block.text, block.level)];
    case "paragraph":
      return [
        new d.Paragraph({
          children: runs(d, block.runs, { size: block.size }),
          alignment: docxAlign(d, block.align),
          indent:
            block.indent === false || block.align === "center"
              ? undefined
              : { firstLine: twip(firstLineIndentMm) },
          // A signature is never alone on a page: the last paragraph goes over with it.
          keepNext: keptWithNext(block, next),
        }),
      ];
    case "addressees":
      return addressees(d, block.names);
    case "bullets":
      return bullets(d, block);
    case "table":
      return table(d, textWidthMm(doc), block);
    case "image":
      return image(d, block);
    case "pageBreak":
      return [new d.Paragraph({ children: [new d.PageBreak()], spacing: { after: 0 } })];
  }
}

/** The running header: the page number in the centre, "DỰ THẢO" on the right when marked. */
function runningHeader(d: DocxModule, doc: OfficialDocument, withNumber: boolean): Docx.Header {
  const width = twip(textWidthMm(doc));
  const children: Docx.ParagraphChild[] = [new d.TextRun({ text: "\t" })];
  if (withNumber)
    children.push(new d.TextRun({ children: [d.PageNumber.CURRENT], size: halfPoints(fontSize.pageNumber) }));
  if (doc.draftMark)
    children.push(
      // The tab in a run of its own: a run's border boxes all of it, the tab's width included.
      new d.TextRun({ text: "\t" }),
      new d.TextRun({
        text: draftMarkText,
        bold: true,
        size: halfPoints(12),
        border: { style: d.BorderStyle.SINGLE, size: 6, color: "000000", space: 2 },
      }),
    );
  return new d.Header({
    children: [
      new d.Paragraph({
        children,
        tabStops: [
          { type: d.TabStopType.CENTER, position: Math.round(width / 2) },
          { type: d.TabStopType.RIGHT, position: width },
        ],
      }),
    ],
  });
}

/** The document as .docx; a table of more rows than a piece is written a piece at a time. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const split = splitLongTables(doc);
  const whole = await renderWhole(split.document);
  return split.tables.length === 0 ? whole : spliceLongTables(whole, split, renderWhole);
}

async function renderWhole(doc: OfficialDocument): Promise<Buffer> {
  // docx is large: it is loaded when the first document is rendered, not at server start.
  const d: DocxModule = await import("docx");
  const landscape = doc.orientation === "landscape";
  const first = runningHeader(d, doc, false);
  const other = runningHeader(d, doc, Boolean(doc.pageNumbers));
  const file = new d.Document({
    title: nfc(doc.title),
    creator: "PEPI Hub",
    lastModifiedBy: "PEPI Hub",
    styles: {
      default: {
        document: {
          run: { font: "Times New Roman", size: halfPoints(fontSize.body), language: { value: "vi-VN" } },
          paragraph: {
            spacing: {
              after: spaceAfterPt * 20,
              line: Math.round(240 * lineSpacing),
              lineRule: d.LineRuleType.AUTO,
            },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // docx swaps width and height itself for a landscape page.
            size: {
              width: twip(a4.widthMm),
              height: twip(a4.heightMm),
              orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT,
            },
            margin: {
              top: twip(marginsMm.top),
              bottom: twip(marginsMm.bottom),
              left: twip(marginsMm.left),
              right: twip(marginsMm.right),
              header: twip(headerDistanceMm),
              footer: twip(headerDistanceMm),
            },
          },
        },
        headers: { first, default: other },
        children: doc.blocks.flatMap((block, i) => blockToDocx(d, doc, block, doc.blocks[i + 1])),
      },
    ],
  });
  return d.Packer.toBuffer(file);
}
