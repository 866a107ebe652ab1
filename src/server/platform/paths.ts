// Files the server reads at run time (migrations, shipped frameworks, reference lists), found
// from the project root, so that they resolve the same from source (tsx) and from the bundle
// that `npm start` runs (dist/server).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "frameworks")))
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`PEPI Hub project root not found above ${start}`);
  }
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

export const runtimePaths = {
  migrations: path.join(projectRoot, "src/server/db/migrations"),
  frameworks: path.join(projectRoot, "frameworks"),
  provincesCsv: path.join(projectRoot, "src/server/features/org-units/provinces-2025.csv"),
};
