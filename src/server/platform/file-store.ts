// Content-addressed files: `<filesDir>/<area>/<first 2 hex>/<sha256>`. A file is streamed to a
// temporary name in the area while it is hashed and counted, refused as soon as it passes the
// size limit, and renamed into place only when complete; the same content is kept once. Names
// given by clients never reach a path.
import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

export type FileArea = "evidence";

export interface ReceivedFile {
  area: FileArea;
  tempPath: string;
  sha256: string;
  sizeBytes: number;
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
    this.name = "FileTooLargeError";
  }
}

const sha256Pattern = /^[0-9a-f]{64}$/;

export class FileStore {
  constructor(readonly root: string) {}

  private areaDir(area: FileArea): string {
    return path.join(this.root, area);
  }

  /** Where a content lives; only a well-formed hash makes a path. */
  pathOf(area: FileArea, sha256: string): string {
    if (!sha256Pattern.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(this.areaDir(area), sha256.slice(0, 2), sha256);
  }

  /** Streams `source` to a temporary file; throws FileTooLargeError past `maxBytes` (nothing kept). */
  async receive(area: FileArea, source: Readable, maxBytes: number): Promise<ReceivedFile> {
    const dir = this.areaDir(area);
    await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
    // Same directory as the final place, so the rename is atomic (one file system).
    const tempPath = path.join(dir, `.upload-${randomUUID()}`);
    const hash = createHash("sha256");
    let sizeBytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        sizeBytes += chunk.length;
        if (sizeBytes > maxBytes) return callback(new FileTooLargeError(maxBytes));
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    // Readable by the service's user only, whatever the umask.
    const sink = fs.createWriteStream(tempPath, { flags: "wx", mode: 0o600 });
    try {
      await pipeline(source, meter, sink);
    } catch (error) {
      // A request cut early fails the pipeline while the file may still be opening: removed
      // before the stream closed, it would be created afterwards and left behind.
      if (!sink.closed) await once(sink, "close").catch(() => {});
      await fs.promises.rm(tempPath, { force: true });
      throw error;
    }
    return { area, tempPath, sha256: hash.digest("hex"), sizeBytes };
  }

  /** Moves a received file into place; identical content already there is kept as it is. */
  async commit(file: ReceivedFile): Promise<void> {
    const finalPath = this.pathOf(file.area, file.sha256);
    if (await this.has(file.area, file.sha256)) {
      await this.discard(file);
      return;
    }
    await fs.promises.mkdir(path.dirname(finalPath), { recursive: true, mode: 0o700 });
    await fs.promises.rename(file.tempPath, finalPath);
  }

  async discard(file: ReceivedFile): Promise<void> {
    await fs.promises.rm(file.tempPath, { force: true });
  }

  /**
   * Moves every stored content of `area` that `keep` does not name into `aside` (a folder beside
   * the store, kept for a person to look at), and returns their hashes. Used after a restore:
   * documents added after the backup was taken belong to no restored row.
   */
  async setAside(area: FileArea, keep: ReadonlySet<string>, aside: string): Promise<string[]> {
    const moved: string[] = [];
    const dir = this.areaDir(area);
    for (const prefix of await fs.promises.readdir(dir).catch(() => [] as string[])) {
      for (const name of await fs.promises.readdir(path.join(dir, prefix)).catch(() => [] as string[])) {
        if (!sha256Pattern.test(name) || keep.has(name)) continue;
        await fs.promises.mkdir(aside, { recursive: true, mode: 0o700 });
        await fs.promises.rename(path.join(dir, prefix, name), path.join(aside, name));
        moved.push(name);
      }
    }
    return moved;
  }

  async has(area: FileArea, sha256: string): Promise<boolean> {
    try {
      return (await fs.promises.stat(this.pathOf(area, sha256))).isFile();
    } catch {
      return false;
    }
  }

  read(area: FileArea, sha256: string): fs.ReadStream {
    return fs.createReadStream(this.pathOf(area, sha256));
  }
}
