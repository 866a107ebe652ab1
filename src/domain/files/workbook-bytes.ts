// Is an uploaded file an Excel workbook we can open, judged from its bytes before any parser
// sees it: a ZIP holding xl/workbook.xml whose parts do not unpack to more than a sane size.
// An OLE2 compound file is either a password-protected workbook (Excel encrypts the whole
// .xlsx into an "EncryptedPackage" stream) or an old .xls; each gets its own explanation.
import { formatNumberVi } from "../text/format-vi.js";
import { sniffContainer, zipEntryNames } from "./file-type.js";
import { walkEntry, zipDirectoryOf, zipEntries } from "./zip.js";

export type WorkbookVerdict = { ok: true } | { ok: false; reason: string };

export interface ZipLimits {
  /** Bytes all entries may unpack to together. */
  unpacked: number;
  /** Cells all worksheets may hold together, and entries of the shared-string table. */
  cells: number;
}

export interface ZipMeasure {
  unpacked: number;
  cells: number;
  sharedStrings: number;
}

/** Where a worksheet's cells and the shared strings are, in an .xlsx. */
const worksheetEntry = /^xl\/worksheets\/[^/]+\.xml$/;
const sharedStringsEntry = "xl/sharedStrings.xml";

/** Counts `<c …>` (a cell) or `<si…>` (a shared string) across the chunks of one entry. */
function tokenCounter(pattern: RegExp) {
  let carry = "";
  let count = 0;
  return {
    add(chunk: Buffer) {
      const text = carry + chunk.toString("latin1");
      count += text.match(pattern)?.length ?? 0;
      // Two characters cannot hold a whole three-character token, so none is counted twice.
      carry = text.slice(-2);
    },
    get count() {
      return count;
    },
  };
}

/**
 * The size of a ZIP's entries once unpacked, and the cells of its worksheets, found by
 * unpacking them in small pieces that are counted and dropped, not from the sizes the
 * directory declares: a crafted file can declare small sizes and still unpack to gigabytes, or
 * pack a million cells into a few megabytes. Unpacking stops at the first limit passed.
 */
export async function measureZip(
  bytes: Uint8Array,
  directory: Uint8Array,
  limits: ZipLimits,
  /** Filled with the cells counted in each worksheet entry, even when a limit stops the count. */
  sheetCells = new Map<string, number>(),
): Promise<ZipMeasure | "too_large" | "too_many_cells" | "corrupt"> {
  const measure: ZipMeasure = { unpacked: 0, cells: 0, sharedStrings: 0 };
  for (const { name, deflated, data } of zipEntries(bytes, directory)) {
    if (!data) return "corrupt";
    const counter = worksheetEntry.test(name)
      ? tokenCounter(/<c[\s>/]/g)
      : name === sharedStringsEntry
        ? tokenCounter(/<si[\s>/]/g)
        : undefined;
    const verdict = await walkEntry(data, deflated, (chunk) => {
      measure.unpacked += chunk.length;
      counter?.add(chunk);
      if (counter && worksheetEntry.test(name)) sheetCells.set(name, counter.count);
      if (measure.unpacked > limits.unpacked) return "too_large";
      const cells = measure.cells + (worksheetEntry.test(name) ? (counter?.count ?? 0) : 0);
      const strings = name === sharedStringsEntry ? (counter?.count ?? 0) : measure.sharedStrings;
      if (cells > limits.cells || strings > limits.cells) return "too_many_cells";
      return undefined;
    });
    if (verdict) return verdict;
    if (worksheetEntry.test(name)) measure.cells += counter?.count ?? 0;
    if (name === sharedStringsEntry) measure.sharedStrings = counter?.count ?? 0;
  }
  return measure;
}

/** The text of a small entry (the workbook and its relationships), at most 1 MB of it. */
async function smallEntryText(bytes: Uint8Array, directory: Uint8Array, entryName: string): Promise<string> {
  const entry = zipEntries(bytes, directory).find((e) => e.name === entryName);
  if (!entry?.data) return "";
  let text = "";
  await walkEntry(entry.data, entry.deflated, (chunk) => {
    text += chunk.toString("utf8");
    return text.length > 1024 * 1024 ? "enough" : undefined;
  });
  return text;
}

const xmlAttribute = (element: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(element)?.[1];

/** Worksheet entries ("xl/worksheets/sheet3.xml") → the names people see on the tabs. */
async function sheetNames(bytes: Uint8Array, directory: Uint8Array): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  for (const [element] of (await smallEntryText(bytes, directory, "xl/_rels/workbook.xml.rels")).matchAll(
    /<Relationship\b[^>]*>/g,
  )) {
    const id = xmlAttribute(element, "Id");
    const target = xmlAttribute(element, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [element] of (await smallEntryText(bytes, directory, "xl/workbook.xml")).matchAll(
    /<sheet\b[^>]*>/g,
  )) {
    const entry = targets.get(xmlAttribute(element, "r:id") ?? "");
    const name = xmlAttribute(element, "name");
    if (entry && name)
      names.set(
        entry,
        name
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&amp;/g, "&"),
      );
  }
  return names;
}

const encryptedStream = new TextEncoder().encode("EncryptedPackage");

/** Whether the UTF-16 name "EncryptedPackage" appears (a directory entry of an encrypted file). */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = new Uint8Array(encryptedStream.length * 2);
  encryptedStream.forEach((c, i) => {
    needle[i * 2] = c;
  });
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export async function judgeWorkbookBytes(bytes: Uint8Array, limits: ZipLimits): Promise<WorkbookVerdict> {
  if (bytes.length === 0) return { ok: false, reason: "tệp rỗng" };
  const container = sniffContainer(bytes.subarray(0, 4096));
  if (container === "ole2") {
    if (hasEncryptedPackage(bytes))
      return {
        ok: false,
        reason:
          "tệp Excel được đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi tải lên",
      };
    return {
      ok: false,
      reason:
        "tệp là định dạng Excel cũ (.xls) hoặc đã được đặt mật khẩu. Hãy dùng biểu mẫu .xlsx tải về từ PEPI Hub (nếu có mật khẩu, hãy bỏ mật khẩu trước)",
    };
  }
  if (container !== "zip") return { ok: false, reason: "tệp không phải là bảng tính Excel (.xlsx)" };
  const directory = zipDirectoryOf(bytes);
  if (!directory) return { ok: false, reason: "tệp Excel bị hỏng hoặc bị cắt ngang, không đọc được" };
  if (!zipEntryNames(directory).includes("xl/workbook.xml"))
    return { ok: false, reason: "tệp nén này không phải là bảng tính Excel (.xlsx)" };
  const sheetCells = new Map<string, number>();
  const measure = await measureZip(bytes, directory, limits, sheetCells);
  if (measure === "corrupt")
    return { ok: false, reason: "tệp Excel bị hỏng hoặc bị cắt ngang, không đọc được" };
  if (measure === "too_large")
    return {
      ok: false,
      reason: `nội dung bảng tính khi giải nén quá lớn (hơn ${Math.round(limits.unpacked / 1024 / 1024)} MB)`,
    };
  if (measure === "too_many_cells") {
    // The usual cause is one sheet formatted down to its last row: name the largest.
    const [entry, cells] = [...sheetCells].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    const sheet = (await sheetNames(bytes, directory)).get(entry);
    const where = sheet ? `; trang tính “${sheet}” có ít nhất ${formatNumberVi(cells)} ô` : "";
    return {
      ok: false,
      reason: `bảng tính có quá nhiều ô (hơn ${formatNumberVi(limits.cells)} ô${where}). Biểu mẫu của PEPI Hub không cần nhiều như vậy: hãy xóa các trang tính, hàng hoặc cột thừa`,
    };
  }
  return { ok: true };
}
