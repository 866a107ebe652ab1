// Every obligation of every facility from its first listed year to this year, with how it was
// met, for the picture's compliance figures: the same derivation as a facility's calendar.
import { obligationCalendar } from "../../../domain/ghg/obligations.js";
import type { PictureObligation } from "../../../domain/ghg/picture.js";
import { firstListedYear, fulfilmentOf, standingOf } from "../../../domain/ghg/standing.js";
import type { DbOrTx } from "../../db/client.js";
import { reportsOf } from "../ghg-obligations/ghg-obligations.repo.js";
import { currentObligationRules } from "../ghg-obligations/obligation-rules.service.js";
import { loadFacts, reportIndex } from "../ghg-obligations/obligations.service.js";

export async function pictureObligations(db: DbOrTx, today: string): Promise<PictureObligation[]> {
  const rules = await currentObligationRules(db);
  const facilities = await loadFacts(db);
  const reports = reportIndex(await reportsOf(db, {}));
  const thisYear = Number(today.slice(0, 4));
  const owed: PictureObligation[] = [];
  for (const facility of facilities) {
    const first = firstListedYear(facility.facts);
    if (first === null || first > thisYear) continue;
    for (const year of obligationCalendar(standingOf(facility.facts), rules, first, thisYear)) {
      for (const o of year.owed) {
        const report = reports.get(`${facility.id}|${o.ruleCode}|${o.year}`);
        owed.push({
          facilityId: facility.id,
          year: o.year,
          fulfilment: fulfilmentOf(o.dueDate, report?.receivedOn ?? null, today),
        });
      }
    }
  }
  return owed;
}
