// Reads just the parts of a stored file that type detection needs: its first bytes, a ZIP's
// central directory from the end, or an OLE2 file's directory entries.
import fs from "node:fs";
import {
  type Detected,
  findZipDirectory,
  officePartsOfZip,
  scanOleDirectory,
  sniffContainer,
  zipEntryNames,
} from "../../domain/files/file-type.js";

/** A central directory larger than this is not an Office document we take. */
const maxZipDirectoryBytes = 4 * 1024 * 1024;
const blockBytes = 64 * 1024; // a multiple of 128, so OLE2 entries never straddle two blocks

async function readAt(handle: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

export async function detectFileContent(file: string, sizeBytes: number): Promise<Detected | null> {
  const handle = await fs.promises.open(file, "r");
  try {
    const container = sniffContainer(await readAt(handle, 0, Math.min(sizeBytes, 4096)));
    if (container === "zip") {
      const tailLength = Math.min(sizeBytes, 0xffff + 22);
      const where = findZipDirectory(await readAt(handle, sizeBytes - tailLength, tailLength), sizeBytes);
      const names =
        where && where.size <= maxZipDirectoryBytes
          ? zipEntryNames(await readAt(handle, where.offset, where.size))
          : [];
      return { container, ...officePartsOfZip(names) };
    }
    if (container === "ole2") {
      const found = { word: false, excel: false };
      for (let at = 512; at < sizeBytes && !(found.word && found.excel); at += blockBytes)
        scanOleDirectory(await readAt(handle, at, blockBytes), found);
      return { container, ...found };
    }
    return container ? { container } : null;
  } finally {
    await handle.close();
  }
}
