// The commune of a facility's address among the communes of the province the department works
// for (org units under its unit): set when a list adds or moves a facility and when the department
// edits its address; unknown (null) when no single commune matches.
import { matchCommune } from "../../../domain/facility-lists/commune-match.js";
import type { Db } from "../../db/client.js";
import { ownProvince, pepiCycles } from "../standing/standing.service.js";
import * as repo from "./ghg-register.repo.js";

export async function communeMatcher(db: Db): Promise<(address: string) => string | null> {
  const { orgUnit } = await ownProvince(db, await pepiCycles(db));
  const communes = orgUnit ? await repo.communesUnder(db, orgUnit.id) : [];
  return (address) => (communes.length ? matchCommune(address, communes) : null);
}
