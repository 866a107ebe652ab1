// What an uploaded file really is, judged from its bytes and never from its name, and whether
// its name's extension agrees. The reader (server) supplies the bytes; this module does no I/O.
import { extensionOf } from "../text/file-names.js";

export type FileKind = "pdf" | "docx" | "xlsx" | "doc" | "xls" | "jpeg" | "png";

export const fileKinds: Record<FileKind, { mediaType: string; extensions: string[]; vi: string }> = {
  pdf: { mediaType: "application/pdf", extensions: ["pdf"], vi: "tài liệu PDF" },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    vi: "tài liệu Word (.docx)",
  },
  xlsx: {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    vi: "bảng tính Excel (.xlsx)",
  },
  doc: { mediaType: "application/msword", extensions: ["doc"], vi: "tài liệu Word cũ (.doc)" },
  xls: { mediaType: "application/vnd.ms-excel", extensions: ["xls"], vi: "bảng tính Excel cũ (.xls)" },
  jpeg: { mediaType: "image/jpeg", extensions: ["jpg", "jpeg"], vi: "ảnh JPEG" },
  png: { mediaType: "image/png", extensions: ["png"], vi: "ảnh PNG" },
};

export const acceptedExtensions = Object.values(fileKinds).flatMap((k) => k.extensions);

/** What an agency may attach as evidence: not the old Office formats, which may carry macros. */
export const evidenceExtensions = (Object.keys(fileKinds) as FileKind[])
  .filter((kind) => kind !== "doc" && kind !== "xls")
  .flatMap((kind) => fileKinds[kind].extensions);

/** The outer format, from the first bytes. Office files need a second look inside. */
export type Container = "pdf" | "zip" | "ole2" | "jpeg" | "png";

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffContainer(head: Uint8Array): Container | null {
  if (startsWith(head, ZIP)) return "zip";
  if (startsWith(head, OLE2)) return "ole2";
  if (startsWith(head, JPEG)) return "jpeg";
  if (startsWith(head, PNG)) return "png";
  // Readers accept a PDF header anywhere in the first kilobyte (some generators write a BOM first).
  for (let at = 0; at <= Math.min(1024, head.length) - PDF.length; at++)
    if (startsWith(head, PDF, at)) return "pdf";
  return null;
}

/** Which Office parts a ZIP or OLE2 container holds; both can be true in odd files. */
export interface OfficeParts {
  word: boolean;
  excel: boolean;
}

export type Detected = { container: "pdf" | "jpeg" | "png" } | ({ container: "zip" | "ole2" } & OfficeParts);

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * Where a ZIP's central directory is, from the end of the file (`tail`: its last bytes, up to
 * 64 KiB + 22). Null when there is no end record or the archive needs ZIP64 (never for our sizes).
 */
export function findZipDirectory(
  tail: Uint8Array,
  fileSize: number,
): { offset: number; size: number; entries: number } | null {
  for (let i = tail.length - 22; i >= 0 && i >= tail.length - 22 - 0xffff; i--) {
    if (u32(tail, i) !== 0x06054b50) continue;
    if (i + 22 + u16(tail, i + 20) !== tail.length) continue; // the comment must end the file
    const entries = u16(tail, i + 10);
    const size = u32(tail, i + 12);
    const offset = u32(tail, i + 16);
    if (entries === 0xffff || offset === 0xffffffff || offset + size > fileSize) return null;
    return { offset, size, entries };
  }
  return null;
}

/** The entry names listed in a ZIP central directory. */
export function zipEntryNames(directory: Uint8Array): string[] {
  const names: string[] = [];
  let at = 0;
  while (at + 46 <= directory.length && u32(directory, at) === 0x02014b50) {
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const commentLength = u16(directory, at + 32);
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    names.push(new TextDecoder().decode(nameBytes));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

export function officePartsOfZip(names: string[]): OfficeParts {
  return { word: names.includes("word/document.xml"), excel: names.includes("xl/workbook.xml") };
}

/**
 * Looks for Word's and Excel's main streams among OLE2 directory entries. Entries are 128 bytes
 * at 128-byte boundaries; `block` must start at such a boundary of the file. The name, its length
 * and the stream type are all checked, so text inside a document cannot pass for an entry.
 */
export function scanOleDirectory(block: Uint8Array, found: OfficeParts): void {
  for (let at = 0; at + 128 <= block.length; at += 128) {
    if (block[at + 0x42] !== 2) continue; // a stream
    const nameBytes = u16(block, at + 0x40);
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0) continue;
    let name = "";
    for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(u16(block, at + i));
    if (name === "WordDocument") found.word = true;
    else if (name === "Workbook" || name === "Book") found.excel = true;
  }
}

export type TypeVerdict = { ok: true; kind: FileKind; mediaType: string } | { ok: false; reason: string };

function describe(detected: Detected | null): string {
  if (!detected) return "nội dung không phải PDF, Word, Excel hay ảnh JPEG, PNG";
  switch (detected.container) {
    case "pdf":
    case "jpeg":
    case "png":
      return `nội dung là ${fileKinds[detected.container].vi}`;
    case "zip":
      if (detected.word) return `nội dung là ${fileKinds.docx.vi}`;
      if (detected.excel) return `nội dung là ${fileKinds.xlsx.vi}`;
      return "nội dung là tệp nén ZIP, không phải tài liệu Word hay Excel";
    case "ole2":
      if (detected.word) return `nội dung là ${fileKinds.doc.vi}`;
      if (detected.excel) return `nội dung là ${fileKinds.xls.vi}`;
      return "nội dung là tệp Office cũ nhưng không phải Word hay Excel";
  }
}

/** Does the content match a kind? Office containers must hold that kind's main part. */
function contentIs(kind: FileKind, detected: Detected): boolean {
  switch (kind) {
    case "pdf":
    case "jpeg":
    case "png":
      return detected.container === kind;
    case "docx":
      return detected.container === "zip" && detected.word;
    case "xlsx":
      return detected.container === "zip" && detected.excel;
    case "doc":
      return detected.container === "ole2" && detected.word;
    case "xls":
      return detected.container === "ole2" && detected.excel;
  }
}

/** Accepts the file when its extension is one we take and its content is of that kind. */
export function judgeFileType(fileName: string, detected: Detected | null): TypeVerdict {
  const extension = extensionOf(fileName);
  if (!extension) return { ok: false, reason: `tên tệp không có đuôi (${describe(detected)})` };
  const kind = (Object.keys(fileKinds) as FileKind[]).find((k) =>
    fileKinds[k].extensions.includes(extension),
  );
  if (!kind) return { ok: false, reason: `không nhận tệp có đuôi .${extension}` };
  if (detected && contentIs(kind, detected)) return { ok: true, kind, mediaType: fileKinds[kind].mediaType };
  return { ok: false, reason: `tên tệp có đuôi .${extension} nhưng ${describe(detected)}` };
}
