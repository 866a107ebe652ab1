// Long tables rendered in bounded pieces. The docx library holds a whole document three times
// over while it writes it (its objects, their XML form, the XML text): an annex of thousands of
// rows took hundreds of megabytes at once, and seconds. So a table longer than a piece is
// written first with one placeholder row; its rows' XML is then made from one rendered row of
// each shape (rowsXml), a piece at a time, and spliced in place of the placeholder.
import { randomUUID } from "node:crypto";
import type JSZip from "jszip";
import { releaseMemory } from "../platform/release-memory.js";
import { nfc } from "./layout.js";
import type { Block, Cell, OfficialDocument } from "./model.js";

type TableBlock = Extract<Block, { type: "table" }>;

/** Rows of a table rendered at once: some tens of megabytes of the library's objects. */
export const rowsPerPiece = 300;

/** A placeholder no text of the document can hold: made anew for each document. */
const markerOf = (run: string) => (n: number) => `PEPI-HUB-ROWS-${run}-${n}-PLACEHOLDER`;

export interface SplitDocument {
  /** The document with each long table cut down to its placeholder row. */
  document: OfficialDocument;
  marker: (n: number) => string;
  /** The long tables, by the number in their placeholder. */
  tables: TableBlock[];
}

export function splitLongTables(doc: OfficialDocument): SplitDocument {
  const marker = markerOf(randomUUID());
  const tables: TableBlock[] = [];
  const blocks = doc.blocks.map((block): Block => {
    if (block.type !== "table" || block.rows.length <= rowsPerPiece) return block;
    tables.push(block);
    return { ...block, rows: [[{ runs: [marker(tables.length - 1)], colSpan: block.columns.length }]] };
  });
  return { document: { ...doc, blocks }, marker, tables };
}

/** The `<w:tr>` elements of a document's body, in order (tables hold no nested tables here). */
function tableRows(xml: string): string[] {
  return xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
}

/** A numbered stand-in for one line of a run's words, in a row rendered as the model of its shape. */
const word = (n: number) => `PEPIHUBWORD${n}X`;
const words = /PEPIHUBWORD(\d+)X/g;

/**
 * A row's shape is everything that makes its XML but its words: the cells, their spans,
 * alignment and weight, and each run's style and number of lines. The model row has the same
 * shape with a numbered stand-in for each line of words (an empty line stays empty: the library
 * writes it differently).
 */
function shapeOf(row: Cell[]): { key: string; model: Cell[]; lines: string[] } {
  const lines: string[] = [];
  const key: string[] = [];
  const model = row.map((cell): Cell => {
    const spec = typeof cell === "string" ? { runs: [cell] } : cell;
    const runs = spec.runs.map((inline) => {
      const own = typeof inline === "string" ? { text: inline } : inline;
      const text = nfc(own.text)
        .split("\n")
        .map((line) => {
          if (line === "") return "";
          lines.push(line);
          return word(lines.length - 1);
        });
      key.push(`${own.bold}/${own.italic}/${own.underline}/${text.map((t) => (t ? "w" : "e")).join("")}`);
      return { ...own, text: text.join("\n") };
    });
    key.push(`|${spec.colSpan}/${spec.align}/${spec.bold}|`);
    return { ...spec, runs };
  });
  return { key: key.join(""), model, lines };
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
/** Text as the library writes it inside `<w:t>`: XML's five special characters escaped. */
const xmlText = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

/**
 * The XML of a long table's rows. Rendering every row through the library took most of a large
 * report's time (seconds for the annex of 165 agencies), yet its rows have only a few shapes: one
 * row of each shape is rendered, a piece at a time, and every row is its shape's XML with its own
 * words put in. The rows are the library's own XML, so the file is what it would have been.
 */
async function rowsXml(
  table: TableBlock,
  doc: OfficialDocument,
  render: (doc: OfficialDocument) => Promise<Buffer>,
  Zip: typeof JSZip,
): Promise<string[]> {
  const shaped = table.rows.map(shapeOf);
  const models = new Map<string, { model: Cell[]; xml: string }>();
  for (const row of shaped) if (!models.has(row.key)) models.set(row.key, { model: row.model, xml: "" });
  const distinct = [...models.values()];
  for (let start = 0; start < distinct.length; start += rowsPerPiece) {
    const some = distinct.slice(start, start + rowsPerPiece);
    const piece = { ...doc, blocks: [{ ...table, rows: some.map((m) => m.model) }] };
    const pieceZip = await Zip.loadAsync(await render(piece));
    const rendered = tableRows(await pieceZip.file("word/document.xml")!.async("string")).slice(1);
    some.forEach((m, i) => {
      m.xml = rendered[i]!;
    });
    // What the piece left is let go before the next, so pieces never add up.
    releaseMemory({ whenHeapAboveMb: 80 });
  }
  return shaped.map(({ key, lines }) =>
    models.get(key)!.xml.replace(words, (_, n: string) => xmlText(lines[Number(n)]!)),
  );
}

/**
 * Puts each long table's rows in place of its placeholder. `render` writes a document to .docx,
 * as for the whole: the model rows go through it with the table's header, which is dropped.
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
    const rows = await rowsXml(table, split.document, render, Zip);
    const at = xml.indexOf(split.marker(n));
    const from = Math.max(xml.lastIndexOf("<w:tr>", at), xml.lastIndexOf("<w:tr ", at));
    const to = xml.indexOf("</w:tr>", at) + "</w:tr>".length;
    if (at < 0 || from < 0) throw new Error(`table placeholder ${n} not found`);
    xml = xml.slice(0, from) + rows.join("") + xml.slice(to);
  }
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
