// The obligation rules a report is recorded against and judged on time by: the shipped rules file,
// read through the rules loader once.
import fs from "node:fs";
import path from "node:path";
import { describeGhgIssue } from "../../../domain/ghg/data-file.js";
import { loadObligationRules, type ObligationRulesFile } from "../../../domain/ghg/obligation-rules.js";
import type { DbOrTx } from "../../db/client.js";
import { runtimePaths } from "../../platform/paths.js";

let cached: ObligationRulesFile | undefined;

export async function reportRules(_db: DbOrTx): Promise<Pick<ObligationRulesFile, "rules" | "sources">> {
  if (!cached) {
    const file = "obligation-rules.yaml";
    const loaded = loadObligationRules(
      fs.readFileSync(path.join(runtimePaths.frameworks, "ghg", file), "utf8"),
      file,
    );
    if (!loaded.ok) throw new Error(loaded.issues.map(describeGhgIssue).join("\n"));
    cached = loaded.value;
  }
  return cached;
}
