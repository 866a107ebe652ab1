// Whether an Office document an agency attaches as evidence carries something that acts when it
// is opened: macros (VBA or Excel 4.0), links that fetch from elsewhere, formulas that call the
// network or other programs, embedded objects, or files that have nothing to do in a document.
// Such a file is refused before it is stored, so it never reaches the Ministry's dossier.
//
// The parts that can hold such things are read element by element (a relationship, a formula, a
// defined name), whole, however the unpacked bytes are cut into pieces; what they unpack to is
// bounded, so an archive built to inflate without end is refused rather than read.
import { walkEntry, zipDirectoryOf, zipEntries } from "./zip.js";

/** The reasons, in Vietnamese, one per kind of thing found; empty when the document is plain. */
export type ActiveContentFindings = string[];

/** What the scanned parts of one document may unpack to together. */
export const activeContentUnpackedLimit = 200 * 1024 * 1024;

/** Longer than any formula (8.192 characters) or relationship Office writes. */
const longestElement = 65_536;

/** Parts whose presence alone says what they are. */
const parts: [RegExp, string][] = [
  [/(^|\/)vbaProject\.bin$/i, "có macro (VBA)"],
  [/^xl\/(macrosheets|dialogsheets)\//i, "có macro Excel 4.0 (XLM)"],
  [/^(xl|word)\/activeX\//i, "có điều khiển ActiveX"],
  [/^(xl|word)\/embeddings\//i, "có đối tượng nhúng (OLE) từ chương trình khác"],
  [/^xl\/externalLinks\//i, "có liên kết tới sổ làm việc bên ngoài"],
  [/^xl\/connections\.xml$/i, "có kết nối dữ liệu bên ngoài"],
  [/^xl\/queryTables\//i, "có truy vấn dữ liệu bên ngoài"],
];

/** The folders an Office document is made of; anything else is a file hidden in the archive. */
const documentPart = /^(\[Content_Types\]\.xml|_rels\/|docProps\/|customXml\/|xl\/|word\/)/;

const formulaReason = "có công thức gọi mạng hoặc chương trình khác (WEBSERVICE, DDE)";

/** In a part's XML: the elements that can reach outside when the document opens. */
const insideParts: {
  entry: RegExp;
  element: RegExp;
  opening: RegExp;
  check: (element: string) => string | null;
}[] = [
  {
    // Cell formulas, and the formulas of defined names.
    entry: /^xl\/(worksheets\/[^/]+|workbook)\.xml$/,
    element: /<(f|definedName)\b[^>]*>([^<]*)<\/\1>/g,
    opening: /<(f|definedName)\b/,
    check: (element) =>
      formulaReachesOut(xmlText(element.replace(/^<[^>]*>|<[^>]*>$/g, ""))) ? formulaReason : null,
  },
  {
    // A relationship to something outside the file (a remote template, a linked object).
    entry: /\.rels$/,
    element: /<Relationship\b[^>]*>/g,
    opening: /<Relationship\b/,
    check: (element) =>
      /TargetMode\s*=\s*["']External["']/i.test(element) &&
      /Type\s*=\s*["'][^"']*(attachedTemplate|oleObject|subDocument|frame|image)["']/i.test(element)
        ? "có liên kết tự tải nội dung từ bên ngoài khi mở"
        : null,
  },
];

const xmlText = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * A formula that calls the network (WEBSERVICE, FILTERXML over it) or starts another program by
 * DDE (`cmd|' /C calc'!A0`). Text in quotes is only text: `CONCAT("Tổng|", B1)` is plain.
 */
export function formulaReachesOut(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return /\b(WEBSERVICE|FILTERXML)\s*\(/i.test(code) || /(^|[=(,;+\-*/&^<>\s])[A-Za-z0-9_.]+\|/.test(code);
}

export async function findActiveContent(
  bytes: Uint8Array,
  unpackedLimit = activeContentUnpackedLimit,
): Promise<ActiveContentFindings | "too_large"> {
  const directory = zipDirectoryOf(bytes);
  if (!directory) return [];
  const findings = new Set<string>();
  let unpacked = 0;
  for (const entry of zipEntries(bytes, directory)) {
    for (const [part, reason] of parts) if (part.test(entry.name)) findings.add(reason);
    if (!documentPart.test(entry.name))
      findings.add(`có tệp lạ trong tài liệu (“${entry.name.slice(0, 80)}”)`);
    const look = insideParts.find((p) => p.entry.test(entry.name));
    if (!look || !entry.data) continue;
    // What is left after the last complete element waits for the next piece.
    let pending = "";
    const verdict = await walkEntry(entry.data, entry.deflated, (chunk) => {
      unpacked += chunk.length;
      if (unpacked > unpackedLimit) return "too_large";
      // latin1 keeps every byte as one character: a piece may end inside a UTF-8 letter.
      pending += chunk.toString("latin1");
      let consumed = 0;
      for (const match of pending.matchAll(look.element)) {
        const reason = look.check(match[0]);
        if (reason) findings.add(reason);
        consumed = match.index + match[0].length;
      }
      // An element opened after the last complete one is still open; else keep a cut tag name.
      const rest = pending.slice(consumed);
      const open = rest.search(look.opening);
      const cut = rest.lastIndexOf("<");
      pending = open >= 0 ? rest.slice(open) : cut >= 0 ? rest.slice(cut) : "";
      if (pending.length > longestElement) {
        findings.add("có công thức hoặc liên kết dài bất thường");
        pending = "";
      }
      return undefined;
    });
    if (verdict === "too_large") return "too_large";
  }
  return [...findings];
}
