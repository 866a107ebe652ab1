// Consistent backup and restore of everything the database holds, in one format for the embedded
// and an external PostgreSQL: gzip'd JSON lines (a header, then one line per row), read in a single snapshot.
import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { fileTimestamp } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { migrationsFolder } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { FileStore } from "../../platform/file-store.js";
import * as repo from "./backup.repo.js";
import { FileRestorer, fileLines, filesToCarry, isChunkLine, isFileLine } from "./backup-files.js";

const format = "pepi-hub-backup";
const formatVersion = 1;

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupFileError";
  }
}

interface BackupHeader {
  format: string;
  version: number;
  schema: string;
  createdAt: string;
  counts: Record<string, number>;
  /** Stored files carried after the rows (absent in backups of versions without them). */
  files?: { count: number; bytes: number };
}

export interface BackupOptions {
  /** The files directory (config.filesDir): evidence documents go into the backup and back. */
  filesDir?: string;
  /**
   * Encrypts the backup (or decrypts it on restore) with this passphrase, in the age format
   * (age-encryption.org/v1: scrypt, then ChaCha20-Poly1305 in authenticated chunks), so it can
   * also be opened with the `age` tool: `age -d FILE | gunzip`.
   */
  passphrase?: string;
}

/** The newest migration applied: a backup restores only into the same schema. */
export function schemaVersion(): string {
  const journal = JSON.parse(fs.readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8"));
  return journal.entries.at(-1).tag;
}

export async function createBackup(
  db: Db,
  file: string,
  ctx?: AuditContext,
  options: BackupOptions = {},
): Promise<Record<string, number>> {
  const tables = await db.transaction(
    async (tx) => {
      const result: [string, Record<string, unknown>[]][] = [];
      for (const table of repo.backedUpTables)
        result.push([repo.tableName(table), await repo.readAll(tx, table)]);
      return result;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const counts = Object.fromEntries(tables.map(([name, rows]) => [name, rows.length]));
  const store = options.filesDir ? new FileStore(options.filesDir) : null;
  const evidenceRows = tables.filter(([name]) => tablesWithFiles.includes(name)).flatMap(([, rows]) => rows);
  const { present, missing } = store ? await filesToCarry(store, evidenceRows) : { present: [], missing: [] };
  const header: BackupHeader = {
    format,
    version: formatVersion,
    schema: schemaVersion(),
    createdAt: new Date().toISOString(),
    counts,
    files: { count: present.length, bytes: present.reduce((sum, f) => sum + f.size, 0) },
  };
  async function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const [name, rows] of tables)
      for (const row of rows) yield `${JSON.stringify({ t: name, r: row })}\n`;
    if (store) yield* fileLines(store, present);
  }
  await writeBackupFile(lines(), file, options.passphrase);
  if (ctx) {
    await db.transaction((tx) =>
      recordAudit(tx, ctx, {
        type: "system.backup_created",
        entityId: null,
        summary: "Tạo bản sao lưu dữ liệu",
        after: { counts, files: header.files, missingFiles: missing },
      }),
    );
  }
  const fileCounts = {
    evidence_files: present.length,
    ...(missing.length ? { evidence_files_missing: missing.length } : {}),
  };
  return { ...counts, ...fileCounts };
}

/**
 * Writes a backup's lines gzipped (and encrypted with a passphrase) to `file`, through a partial
 * file renamed at the end: a failed backup never leaves a file that looks complete, and a line
 * source that fails (an evidence file unreadable midway) fails the backup instead of the process.
 */
export async function writeBackupFile(
  lines: AsyncIterable<string>,
  file: string,
  passphrase?: string,
): Promise<void> {
  const partial = `${file}.partial`;
  // Readable by the service's user only: a backup holds every account and document.
  const output = fs.createWriteStream(partial, { mode: 0o600 });
  // Two pipelines, so that every stream's error is heard (a failing source piped by hand would
  // end the whole server) and both are awaited: the encrypter ends as if complete when its
  // input fails, so only the first pipeline tells.
  const compressed = new PassThrough();
  const sealed = passphrase ? await encrypted(compressed, passphrase) : compressed;
  const compressing = pipeline(Readable.from(lines), createGzip(), compressed);
  const writing = pipeline(sealed, output);
  const failed = (await Promise.allSettled([compressing, writing])).find((r) => r.status === "rejected");
  if (failed) {
    fs.rmSync(partial, { force: true });
    throw failed.reason;
  }
  fs.renameSync(partial, file);
}

/** The age format's first line: an encrypted backup starts with it. */
const ageHeader = "age-encryption.org/v1\n";

async function encrypted(plain: Readable, passphrase: string): Promise<Readable> {
  const { Encrypter } = await import("age-encryption");
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  const sealed = await encrypter.encrypt(Readable.toWeb(plain) as ReadableStream<Uint8Array>);
  return Readable.fromWeb(sealed as unknown as import("node:stream/web").ReadableStream<Uint8Array>);
}

async function decryptedIfNeeded(file: string, passphrase: string | undefined): Promise<Readable> {
  const head = Buffer.alloc(ageHeader.length);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const raw = fs.createReadStream(file);
  if (head.toString("latin1") !== ageHeader) return raw;
  if (!passphrase)
    throw new BackupFileError(
      `Tệp sao lưu ${file} đã được mã hóa: hãy đặt cụm mật khẩu trong biến môi trường BACKUP_PASSPHRASE.`,
    );
  const { Decrypter } = await import("age-encryption");
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  try {
    const opened = await decrypter.decrypt(Readable.toWeb(raw) as ReadableStream<Uint8Array>);
    return Readable.fromWeb(opened as unknown as import("node:stream/web").ReadableStream<Uint8Array>);
  } catch {
    throw new BackupFileError(`Không giải mã được tệp sao lưu ${file}: cụm mật khẩu không đúng.`);
  }
}

async function readBackup(
  file: string,
  files: FileRestorer,
  passphrase?: string,
): Promise<{ header: BackupHeader; rows: Map<string, Record<string, unknown>[]> }> {
  if (!fs.existsSync(file)) throw new BackupFileError(`Không tìm thấy tệp sao lưu: ${file}`);
  const source = await decryptedIfNeeded(file, passphrase);
  const gunzip = createGunzip();
  // .pipe() does not pass errors on: a failed decryption must end the reading, not stall it.
  source.on("error", (error) => gunzip.destroy(error));
  const lines = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  let header: BackupHeader | undefined;
  const rows = new Map<string, Record<string, unknown>[]>();
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (!line) continue;
      const parsed = JSON.parse(line);
      if (!header) {
        header = parsed as BackupHeader;
        if (header.format !== format || header.version !== formatVersion) {
          throw new BackupFileError(
            `Tệp ${file} không phải bản sao lưu PEPI Hub (phiên bản ${formatVersion}).`,
          );
        }
        continue;
      }
      if (isFileLine(parsed)) {
        await files.start(parsed.file);
        continue;
      }
      if (isChunkLine(parsed)) {
        await files.chunk(parsed.chunk);
        continue;
      }
      const list = rows.get(parsed.t) ?? [];
      list.push(parsed.r);
      rows.set(parsed.t, list);
    }
    await files.finish();
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError(`Tệp sao lưu ${file} bị hỏng ở dòng ${lineNo}: ${(error as Error).message}`);
  }
  if (!header) throw new BackupFileError(`Tệp sao lưu ${file} trống.`);
  for (const [name, count] of Object.entries(header.counts)) {
    if ((rows.get(name)?.length ?? 0) !== count) {
      throw new BackupFileError(`Tệp sao lưu ${file} thiếu dữ liệu bảng ${name} (bị cắt ngắn?).`);
    }
  }
  if (header.files && files.count !== header.files.count)
    throw new BackupFileError(`Tệp sao lưu ${file} thiếu tệp minh chứng (bị cắt ngắn?).`);
  return { header, rows };
}

/**
 * Tables whose rows name a document kept in the evidence area by its content: evidence, the
 * letters agencies sent figures by, the signed reports, the plans' issued documents and the documents of their progress reports, the greenhouse-gas reports' documents. Their
 * files travel with a backup and stay in place on restore.
 */
const tablesWithFiles = [
  "evidence",
  "agency_letters",
  "issued_reports",
  "plan_documents",
  "plan_report_files",
  "ghg_report_documents",
];

/** Replaces everything in the database with the backup, in one transaction: all or nothing. */
export async function restoreBackup(
  db: Db,
  file: string,
  ctx: AuditContext,
  options: BackupOptions = {},
): Promise<Record<string, number>> {
  const store = options.filesDir ? new FileStore(options.filesDir) : null;
  const files = new FileRestorer(store, (message) => new BackupFileError(`Tệp sao lưu ${file}: ${message}.`));
  try {
    const { counts, evidenceHashes } = await restoreFrom(db, file, ctx, files, options.passphrase);
    await files.commitAll(); // the files move into place only once the data is in
    if (!store) return counts;
    // Documents stored after the backup was taken belong to no restored row: set aside, not lost.
    const stamp = fileTimestamp();
    const aside = path.join(path.dirname(store.root), `files-set-aside-${stamp}`);
    const setAside = await store.setAside("evidence", evidenceHashes, aside);
    return setAside.length > 0 ? { ...counts, evidence_files_set_aside: setAside.length } : counts;
  } finally {
    await files.discardAll();
  }
}

async function restoreFrom(
  db: Db,
  file: string,
  ctx: AuditContext,
  files: FileRestorer,
  passphrase: string | undefined,
) {
  const { header, rows } = await readBackup(file, files, passphrase);
  if (header.schema !== schemaVersion()) {
    throw new BackupFileError(
      `Bản sao lưu thuộc lược đồ “${header.schema}”, cơ sở dữ liệu đang ở “${schemaVersion()}”. ` +
        "Hãy khôi phục bằng phiên bản PEPI Hub đã tạo ra bản sao lưu.",
    );
  }
  await db.transaction(async (tx) => {
    for (const table of repo.transientTables) await repo.deleteAll(tx, table);
    for (const table of [...repo.backedUpTables].reverse()) await repo.deleteAll(tx, table);
    for (const table of repo.backedUpTables) {
      const tableRows = rows.get(repo.tableName(table)) ?? [];
      await repo.insertRows(
        tx,
        table,
        tableRows.map((row) => repo.reviveRow(table, row)),
      );
    }
    await repo.resetSequences(tx);
    await recordAudit(tx, ctx, {
      type: "system.backup_restored",
      entityId: null,
      summary: `Khôi phục dữ liệu từ bản sao lưu tạo lúc ${header.createdAt}`,
      after: { file, counts: header.counts, files: header.files ?? null },
    });
  });
  const evidenceHashes = new Set(
    tablesWithFiles.flatMap((name) => rows.get(name) ?? []).map((row) => String(row.sha256)),
  );
  return { counts: { ...header.counts, evidence_files: files.count }, evidenceHashes };
}
