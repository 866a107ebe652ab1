// Builds the web bundle only when its sources changed since the last build, so that
// `npm start` is quick on an unchanged tree.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isStale, repoRoot, sourceStamp } from "./build-stamp.js";

export const webDistDir = path.join(repoRoot, "dist", "web");
const stampFile = path.join(webDistDir, ".build-stamp");
// src/domain is included because the interface imports its pure rules (roles, password policy).
const sources = ["src/web", "src/contracts", "src/domain", "vite.config.ts", "package-lock.json"];

export function isWebBuildStale(): boolean {
  return isStale(stampFile, path.join(webDistDir, "index.html"), sources);
}

/** Returns true when it built. `force` builds even when nothing changed (`npm run build:web`). */
export async function buildWebIfStale(force = false): Promise<boolean> {
  if (!force && !isWebBuildStale()) return false;
  console.log("Đang dựng giao diện web (dist/web) / Building the web interface…");
  const stamp = sourceStamp(sources);
  const { build } = await import("vite");
  // Vite takes React's build flavour from NODE_ENV, which a test runner sets to "test": that
  // would ship React's development build, twice the size and slower.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: path.join(repoRoot, "vite.config.ts"), mode: "production", logLevel: "warn" });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  fs.writeFileSync(stampFile, `${stamp}\n`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildWebIfStale(process.argv.includes("--force")).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
