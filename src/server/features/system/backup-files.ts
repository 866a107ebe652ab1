// The stored files a backup carries (evidence documents), as JSON lines after the tables: one
// line naming a file, then its content in base64 chunks, so neither side holds a whole file in
// memory. A restore receives each file beside its final place and moves them in only at the end.
import { PassThrough } from "node:stream";
import type { FileArea, FileStore, ReceivedFile } from "../../platform/file-store.js";

/** Bytes per chunk line (a multiple of 3, so every chunk is whole base64). */
const chunkBytes = 192 * 1024;

export interface FileEntry {
  area: FileArea;
  sha256: string;
  size: number;
}
export interface FileLine {
  file: FileEntry;
}
export interface ChunkLine {
  chunk: string;
}

export const isFileLine = (line: object): line is FileLine => "file" in line;
export const isChunkLine = (line: object): line is ChunkLine => "chunk" in line;

/** The distinct evidence contents of a snapshot's rows, split into those on disk and those missing. */
export async function filesToCarry(
  store: FileStore,
  evidenceRows: Record<string, unknown>[],
): Promise<{ present: FileEntry[]; missing: string[] }> {
  const bySha = new Map<string, number>();
  for (const row of evidenceRows) bySha.set(String(row.sha256), Number(row.sizeBytes));
  const present: FileEntry[] = [];
  const missing: string[] = [];
  for (const [sha256, size] of [...bySha].sort(([a], [b]) => a.localeCompare(b))) {
    if (await store.has("evidence", sha256)) present.push({ area: "evidence", sha256, size });
    else missing.push(sha256);
  }
  return { present, missing };
}

export async function* fileLines(store: FileStore, files: FileEntry[]): AsyncGenerator<string> {
  for (const file of files) {
    yield `${JSON.stringify({ file } satisfies FileLine)}\n`;
    const stream = store.read(file.area, file.sha256);
    // Re-cut into fixed chunks: the stream's own chunks need not be multiples of 3.
    let pending = Buffer.alloc(0);
    for await (const data of stream as AsyncIterable<Buffer>) {
      pending = Buffer.concat([pending, data]);
      while (pending.length >= chunkBytes) {
        yield `${JSON.stringify({ chunk: pending.subarray(0, chunkBytes).toString("base64") })}\n`;
        pending = pending.subarray(chunkBytes);
      }
    }
    if (pending.length > 0) yield `${JSON.stringify({ chunk: pending.toString("base64") })}\n`;
  }
}

/** Receives the files of a backup being read; nothing reaches its final place before `commitAll`. */
export class FileRestorer {
  private current: { entry: FileEntry; input: PassThrough; done: Promise<ReceivedFile> } | null = null;
  private readonly received: ReceivedFile[] = [];
  /** Set while the chunks of a file are being passed over (no store given). */
  private skipping = false;
  private seen = 0;

  /** Without a store the files are only counted (a restore of the database alone). */
  constructor(
    private readonly store: FileStore | null,
    private readonly fail: (message: string) => Error,
  ) {}

  /** Files read to their end so far. */
  get count(): number {
    return this.seen;
  }

  async start(entry: FileEntry): Promise<void> {
    await this.finish();
    if (
      entry?.area !== "evidence" ||
      !/^[0-9a-f]{64}$/.test(entry.sha256) ||
      !Number.isSafeInteger(entry.size)
    )
      throw this.fail(`tệp không hợp lệ trong bản sao lưu: ${JSON.stringify(entry)}`);
    if (!this.store) {
      this.skipping = true;
      return;
    }
    const input = new PassThrough();
    const done = this.store.receive(entry.area, input, entry.size);
    done.catch(() => {}); // observed in finish()
    this.current = { entry, input, done };
  }

  async chunk(base64: string): Promise<void> {
    if (this.skipping) return;
    if (!this.current) throw this.fail("dữ liệu tệp không thuộc tệp nào");
    const { input } = this.current;
    if (input.destroyed) return this.finish(); // it failed: finish says why
    if (!input.write(Buffer.from(base64, "base64")))
      await new Promise((resolve) => {
        input.once("drain", resolve);
        input.once("close", resolve);
      });
  }

  /** Ends the file being received and checks it is whole and unchanged. */
  async finish(): Promise<void> {
    if (this.skipping) {
      this.skipping = false;
      this.seen++;
      return;
    }
    const current = this.current;
    if (!current) return;
    this.current = null;
    current.input.end();
    let file: ReceivedFile;
    try {
      file = await current.done;
    } catch {
      throw this.fail(`tệp ${current.entry.sha256} dài hơn kích thước ghi trong bản sao lưu`);
    }
    this.received.push(file);
    this.seen++;
    if (file.sha256 !== current.entry.sha256 || file.sizeBytes !== current.entry.size)
      throw this.fail(`tệp ${current.entry.sha256} bị hỏng hoặc bị cắt ngắn`);
  }

  async commitAll(): Promise<void> {
    for (const file of this.received) await this.store?.commit(file);
  }

  async discardAll(): Promise<void> {
    if (this.current) {
      this.current.input.destroy();
      await this.current.done.catch(() => {});
      this.current = null;
    }
    for (const file of this.received) await this.store?.discard(file);
  }
}
