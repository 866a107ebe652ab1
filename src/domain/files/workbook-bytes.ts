// Is an uploaded file an Excel workbook we can open, judged from its bytes before any parser
// sees it: a ZIP holding xl/workbook.xml whose parts do not unpack to more than a sane size.
// An OLE2 compound file is either a password-protected workbook (Excel encrypts the whole
// .xlsx into an "EncryptedPackage" stream) or an old .xls; each gets its own explanation.
import { inflateRawSync } from "node:zlib";
import { findZipDirectory, sniffContainer, zipEntryNames } from "./file-type.js";

export type WorkbookVerdict = { ok: true } | { ok: false; reason: string };

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * The total size of a ZIP's entries once unpacked, found by unpacking them, not from the sizes
 * the directory declares: a crafted file can declare small sizes and still unpack to gigabytes.
 * Unpacking stops past `limit` ("too_large"); entries that cannot be unpacked give "corrupt".
 */
export function zipUnpackedBytes(
  bytes: Uint8Array,
  directory: Uint8Array,
  limit: number,
): number | "too_large" | "corrupt" {
  let total = 0;
  let at = 0;
  while (at + 46 <= directory.length && u32(directory, at) === 0x02014b50) {
    const method = u16(directory, at + 10);
    const packed = u32(directory, at + 20);
    const header = u32(directory, at + 42);
    at += 46 + u16(directory, at + 28) + u16(directory, at + 30) + u16(directory, at + 32);
    if (header + 30 > bytes.length || u32(bytes, header) !== 0x04034b50) return "corrupt";
    const start = header + 30 + u16(bytes, header + 26) + u16(bytes, header + 28);
    const data = bytes.subarray(start, start + packed);
    if (method === 0) total += data.length;
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: limit - total + 1 }).length;
      } catch (error) {
        return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "too_large" : "corrupt";
      }
    } else return "corrupt";
    if (total > limit) return "too_large";
  }
  return total;
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

export function judgeWorkbookBytes(bytes: Uint8Array, maxUnpackedBytes: number): WorkbookVerdict {
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
  const tail = bytes.subarray(Math.max(0, bytes.length - (0xffff + 22)));
  const where = findZipDirectory(tail, bytes.length);
  if (!where) return { ok: false, reason: "tệp Excel bị hỏng hoặc bị cắt ngang, không đọc được" };
  const directory = bytes.subarray(where.offset, where.offset + where.size);
  if (!zipEntryNames(directory).includes("xl/workbook.xml"))
    return { ok: false, reason: "tệp nén này không phải là bảng tính Excel (.xlsx)" };
  const unpacked = zipUnpackedBytes(bytes, directory, maxUnpackedBytes);
  if (unpacked === "corrupt")
    return { ok: false, reason: "tệp Excel bị hỏng hoặc bị cắt ngang, không đọc được" };
  if (unpacked === "too_large")
    return {
      ok: false,
      reason: `nội dung bảng tính khi giải nén quá lớn (hơn ${Math.round(maxUnpackedBytes / 1024 / 1024)} MB)`,
    };
  return { ok: true };
}
