// A build's stamp: a hash of every source path and modification time, so that any added,
// removed or touched file makes the build stale.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function listFiles(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .flatMap((entry) => listFiles(path.join(target, entry.name)))
    .sort();
}

export function sourceStamp(sources: string[]): string {
  const hash = createHash("sha256");
  for (const file of sources.flatMap((s) => listFiles(path.join(repoRoot, s)))) {
    hash.update(`${path.relative(repoRoot, file)}\t${fs.statSync(file).mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export function isStale(stampFile: string, output: string, sources: string[]): boolean {
  if (!fs.existsSync(output) || !fs.existsSync(stampFile)) return true;
  return fs.readFileSync(stampFile, "utf8").trim() !== sourceStamp(sources);
}
