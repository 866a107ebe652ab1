// The obligation rules a report is recorded against and judged on time by: the rules as the
// province keeps them (editable, seeded from the shipped file), so a corrected due date moves
// every report's timeliness with it.
import type { ObligationRulesFile } from "../../../domain/ghg/obligation-rules.js";
import type { DbOrTx } from "../../db/client.js";
import { currentObligationRules } from "../ghg-obligations/obligation-rules.service.js";

export async function reportRules(db: DbOrTx): Promise<Pick<ObligationRulesFile, "rules" | "sources">> {
  return currentObligationRules(db);
}
