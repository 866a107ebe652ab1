// Whether an Office document an agency attaches as evidence carries something that acts when it
// is opened: macros, links that fetch from elsewhere, formulas that call the network or other
// programs, embedded objects, or files that have nothing to do in a document. Such a file is
// refused before it is stored, so it never reaches the Ministry's dossier.
import { walkEntry, zipDirectoryOf, zipEntries } from "./zip.js";

/** The reasons, in Vietnamese, one per kind of thing found; empty when the document is plain. */
export type ActiveContentFindings = string[];

/** Parts whose presence alone says what they are. */
const parts: [RegExp, string][] = [
  [/(^|\/)vbaProject\.bin$/i, "có macro (VBA)"],
  [/^(xl|word)\/activeX\//i, "có điều khiển ActiveX"],
  [/^(xl|word)\/embeddings\//i, "có đối tượng nhúng (OLE) từ chương trình khác"],
  [/^xl\/externalLinks\//i, "có liên kết tới sổ làm việc bên ngoài"],
  [/^xl\/connections\.xml$/i, "có kết nối dữ liệu bên ngoài"],
  [/^xl\/queryTables\//i, "có truy vấn dữ liệu bên ngoài"],
];

/** The folders an Office document is made of; anything else is a file hidden in the archive. */
const documentPart = /^(\[Content_Types\]\.xml|_rels\/|docProps\/|customXml\/|xl\/|word\/)/;

/** In a part's XML: what reaches outside when the document opens. */
const insideParts: { entry: RegExp; pattern: RegExp; reason: string }[] = [
  {
    entry: /^xl\/worksheets\/[^/]+\.xml$/,
    // A formula calling the network, or DDE (=cmd|'…'!A0), which starts another program.
    pattern: /<f[\s>][^<]*?(WEBSERVICE\(|FILTERXML\(|[A-Za-z0-9_]+\|['"]?)/i,
    reason: "có công thức gọi mạng hoặc chương trình khác (WEBSERVICE, DDE)",
  },
  {
    entry: /\.rels$/,
    // A relationship to something outside the file (a remote template, a linked object).
    pattern:
      /TargetMode\s*=\s*["']External["'][^>]*Type\s*=\s*["'][^"']*(attachedTemplate|oleObject|subDocument|frame|image)|Type\s*=\s*["'][^"']*(attachedTemplate|oleObject|subDocument|frame|image)["'][^>]*TargetMode\s*=\s*["']External["']/i,
    reason: "có liên kết tự tải nội dung từ bên ngoài khi mở",
  },
];

export async function findActiveContent(bytes: Uint8Array): Promise<ActiveContentFindings> {
  const directory = zipDirectoryOf(bytes);
  if (!directory) return [];
  const findings = new Set<string>();
  for (const entry of zipEntries(bytes, directory)) {
    for (const [part, reason] of parts) if (part.test(entry.name)) findings.add(reason);
    if (!documentPart.test(entry.name))
      findings.add(`có tệp lạ trong tài liệu (“${entry.name.slice(0, 80)}”)`);
    const look = insideParts.find((p) => p.entry.test(entry.name));
    if (!look || !entry.data) continue;
    // Parts are read in pieces with a tail kept, so a match across two pieces is still found.
    let tail = "";
    await walkEntry(entry.data, entry.deflated, (chunk) => {
      const text = tail + chunk.toString("latin1");
      tail = text.slice(-400);
      if (look.pattern.test(text)) {
        findings.add(look.reason);
        return "found";
      }
      return undefined;
    });
  }
  return [...findings];
}
