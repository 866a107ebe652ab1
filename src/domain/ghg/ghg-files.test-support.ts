// Reads a shipped greenhouse-gas data file (frameworks/ghg/) for tests.
import { readFileSync } from "node:fs";

export function shippedGhgText(file: string): string {
  return readFileSync(new URL(`../../../frameworks/ghg/${file}`, import.meta.url), "utf8");
}
