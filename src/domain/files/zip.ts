// Reading a ZIP held in memory (an .xlsx, a .docx) without trusting what it declares: its
// entries as the central directory lists them, and an entry's unpacked bytes fed in 64 kB pieces,
// so no part is ever held whole. Workbook checks and the active-content scan both read through it.
import { createInflateRaw } from "node:zlib";
import { findZipDirectory } from "./file-type.js";

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

export interface ZipEntry {
  name: string;
  deflated: boolean;
  /** The entry's packed bytes, or undefined when the directory points outside the file. */
  data: Buffer | undefined;
}

/** The entries a ZIP's central directory lists, each with its packed bytes. */
export function zipEntries(bytes: Uint8Array, directory: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 46 <= directory.length && u32(directory, at) === 0x02014b50) {
    const method = u16(directory, at + 10);
    const packed = u32(directory, at + 20);
    const nameLength = u16(directory, at + 28);
    const name = Buffer.from(directory.subarray(at + 46, at + 46 + nameLength)).toString("utf8");
    const header = u32(directory, at + 42);
    at += 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
    const valid =
      header + 30 <= bytes.length && u32(bytes, header) === 0x04034b50 && (method === 0 || method === 8);
    const start = valid ? header + 30 + u16(bytes, header + 26) + u16(bytes, header + 28) : 0;
    entries.push({
      name,
      deflated: method === 8,
      data: valid
        ? Buffer.from(
            bytes.buffer,
            bytes.byteOffset + start,
            Math.min(packed, Math.max(0, bytes.length - start)),
          )
        : undefined,
    });
  }
  return entries;
}

/** The central directory of a ZIP held in memory, or undefined when there is none. */
export function zipDirectoryOf(bytes: Uint8Array): Uint8Array | undefined {
  const where = findZipDirectory(bytes.subarray(Math.max(0, bytes.length - (0xffff + 22))), bytes.length);
  return where ? bytes.subarray(where.offset, where.offset + where.size) : undefined;
}

/** Feeds an entry's unpacked bytes to `look` in pieces of 64 kB; stops at its first verdict. */
export async function walkEntry<V extends string>(
  data: Buffer,
  deflated: boolean,
  look: (chunk: Buffer) => V | undefined,
): Promise<V | "corrupt" | undefined> {
  if (!deflated) {
    for (let i = 0; i < data.length; i += 65536) {
      const verdict = look(data.subarray(i, i + 65536));
      if (verdict) return verdict;
    }
    return undefined;
  }
  const inflater = createInflateRaw({ chunkSize: 65536 });
  inflater.end(data);
  try {
    for await (const chunk of inflater) {
      const verdict = look(chunk as Buffer);
      if (verdict) {
        inflater.destroy();
        return verdict;
      }
    }
  } catch {
    return "corrupt";
  }
  return undefined;
}
