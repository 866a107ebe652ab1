// The dossier as a zip written as a stream: generated documents (small, in memory) and evidence
// files (read from disk one after another), each hashed while it is written, then a manifest
// with every file's SHA-256 so the Ministry can check that nothing was changed or lost on the
// way. Memory stays flat whatever the number and size of the evidence files.
import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import { Transform } from "node:stream";
import type { Archiver } from "archiver";

export interface GeneratedEntry {
  path: string;
  content: Buffer;
  kind: "report" | "data" | "notice";
}

export interface FileEntry {
  path: string;
  /** Where the content is on disk and the SHA-256 it was stored under. */
  source: string;
  sha256: string;
  sizeBytes: number;
  /** An evidence document, or the report as issued (the signed PDF). */
  kind: "evidence" | "report";
  indicator: string | null;
  agency: string | null;
  docNumber: string | null;
  docDate: string | null;
  issuer: string | null;
}

export type DossierEntry = GeneratedEntry | FileEntry;

export interface ManifestFile {
  path: string;
  sizeBytes: number;
  sha256: string;
  kind: DossierEntry["kind"];
  indicator?: string;
  agency?: string;
  docNumber?: string | null;
  docDate?: string | null;
  issuer?: string | null;
}

export interface Manifest {
  format: "pepi-hub-dossier/1";
  title: string;
  generatedAt: string;
  files: ManifestFile[];
}

export const manifestPath = "manifest.json";
export const checksumsPath = "SHA256SUMS.txt";

// Already compressed formats are stored as they are: deflating them again costs time, not bytes.
const storedAsIs = /\.(pdf|jpe?g|png|docx|xlsx|pptx|zip|gz)$/i;

class StoredFileChanged extends Error {
  constructor(readonly path: string) {
    super(`stored file changed on disk: ${path}`);
  }
}

/** Adds one entry and waits until the archive has written it; returns its size and hash. */
async function addEntry(archive: Archiver, entry: DossierEntry, signal: AbortSignal): Promise<ManifestFile> {
  const hash = createHash("sha256");
  let sizeBytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      callback(null, chunk);
    },
  });
  const source = "content" in entry ? entry.content : fs.createReadStream(entry.source);
  const written = once(archive, "entry", { signal });
  if (Buffer.isBuffer(source)) meter.end(source);
  else source.on("error", (error) => meter.destroy(error)).pipe(meter);
  archive.append(meter, { name: entry.path, store: storedAsIs.test(entry.path) });
  await written;
  const sha256 = hash.digest("hex");
  if ("sha256" in entry && entry.sha256 !== sha256) throw new StoredFileChanged(entry.path);
  const { path, kind } = entry;
  if (!("source" in entry)) return { path, sizeBytes, sha256, kind };
  const { indicator, agency, docNumber, docDate, issuer } = entry;
  return {
    ...{ path, sizeBytes, sha256, kind, docNumber, docDate, issuer },
    ...(indicator ? { indicator } : {}),
    ...(agency ? { agency } : {}),
  };
}

/** `sha256sum -c` reads this: each line is the hash, two spaces and the path. */
export function checksumLines(files: { path: string; sha256: string }[]): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join("");
}

/**
 * Writes every entry into the archive, then the manifest and the checksum list, and finalises
 * it. The caller sends `archive` (a readable stream) to the client while this runs; an error
 * aborts the archive so the client never receives a zip that looks whole but is not.
 */
export async function writeDossier(
  archive: Archiver,
  title: string,
  entries: DossierEntry[],
  now = new Date(),
): Promise<Manifest> {
  // A client that goes away closes the archive: stop reading files for it.
  const closed = new AbortController();
  archive.once("close", () => closed.abort());
  const add = (entry: DossierEntry) => addEntry(archive, entry, closed.signal);
  try {
    const files: ManifestFile[] = [];
    for (const entry of entries) files.push(await add(entry));
    const manifest: Manifest = {
      format: "pepi-hub-dossier/1",
      title,
      generatedAt: now.toISOString(),
      files,
    };
    const manifestFile = await add({
      path: manifestPath,
      content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
      kind: "notice",
    });
    const sums = checksumLines([...files, manifestFile]);
    await add({ path: checksumsPath, content: Buffer.from(sums), kind: "notice" });
    await archive.finalize();
    return manifest;
  } catch (error) {
    archive.abort();
    archive.destroy(error as Error);
    throw error;
  }
}
