// Long tables rendered in bounded pieces. The docx library holds a whole document three times
// over while it writes it (its objects, their XML form, the XML text): an annex of thousands of
// rows took hundreds of megabytes at once. So a table longer than a piece is written first with
// one placeholder row; its rows are then rendered a piece at a time, each piece as a small
// document of its own whose row XML is kept and the rest let go, and spliced in place of the
// placeholder. The rows are the library's own XML, so the file is what it would have been.
import type JSZip from "jszip";
import { releaseMemory } from "../platform/release-memory.js";
import type { Block, OfficialDocument } from "./model.js";

type TableBlock = Extract<Block, { type: "table" }>;

/** Rows of a table rendered at once: some tens of megabytes of the library's objects. */
export const rowsPerPiece = 300;

const marker = (n: number) => `PEPI-HUB-ROWS-${n}-PLACEHOLDER`;

export interface SplitDocument {
  /** The document with each long table cut down to its placeholder row. */
  document: OfficialDocument;
  /** The long tables, by the number in their placeholder. */
  tables: TableBlock[];
}

export function splitLongTables(doc: OfficialDocument): SplitDocument {
  const tables: TableBlock[] = [];
  const blocks = doc.blocks.map((block): Block => {
    if (block.type !== "table" || block.rows.length <= rowsPerPiece) return block;
    tables.push(block);
    return { ...block, rows: [[{ runs: [marker(tables.length - 1)], colSpan: block.columns.length }]] };
  });
  return { document: { ...doc, blocks }, tables };
}

/** The `<w:tr>` elements of a document's body, in order (tables hold no nested tables here). */
function tableRows(xml: string): string[] {
  return xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
}

/**
 * Puts each long table's rows in place of its placeholder. `render` writes a document to .docx,
 * as for the whole: each piece goes through it with the table's header, which is dropped.
 */
export async function spliceLongTables(
  docx: Buffer,
  split: SplitDocument,
  render: (doc: OfficialDocument) => Promise<Buffer>,
): Promise<Buffer> {
  const { default: Zip } = (await import("jszip")) as unknown as { default: typeof JSZip };
  const zip = await Zip.loadAsync(docx);
  let xml = await zip.file("word/document.xml")!.async("string");
  for (const [n, table] of split.tables.entries()) {
    const rows: string[] = [];
    for (let start = 0; start < table.rows.length; start += rowsPerPiece) {
      const piece = {
        ...split.document,
        blocks: [{ ...table, rows: table.rows.slice(start, start + rowsPerPiece) }],
      };
      const pieceZip = await Zip.loadAsync(await render(piece));
      rows.push(...tableRows(await pieceZip.file("word/document.xml")!.async("string")).slice(1));
      // What the piece left is let go before the next, so pieces never add up.
      releaseMemory({ whenHeapAboveMb: 80 });
    }
    const at = xml.indexOf(marker(n));
    const from = Math.max(xml.lastIndexOf("<w:tr>", at), xml.lastIndexOf("<w:tr ", at));
    const to = xml.indexOf("</w:tr>", at) + "</w:tr>".length;
    if (at < 0 || from < 0) throw new Error(`table placeholder ${n} not found`);
    xml = xml.slice(0, from) + rows.join("") + xml.slice(to);
  }
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
