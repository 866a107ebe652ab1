// The demonstration's years, dated from today: the year being collected now, its deadlines
// ahead, and the two before it approved (the last one sent to the Ministry), so that trends and
// comparisons have something to show. Figures are those of a mid-sized province, moving the way
// real ones do from year to year.
import { localDay } from "../../../domain/cycle/timeliness.js";
import type { Db } from "../../db/client.js";
import type { AuditContext } from "../../platform/audit.js";
import * as cyclesRepo from "../cycles/cycles.repo.js";
import { changeAssignments, cycleFramework, openCycle, transitionCycle } from "../cycles/cycles.service.js";
import * as valuesRepo from "../cycles/values.repo.js";
import { saveValues } from "../cycles/values.service.js";

/** The year whose figures are collected now: from September the current year, before it the last. */
export function currentDemoYear(today: Date): number {
  const [year, month] = localDay(today).split("-").map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

/** QĐ 383's figures for the years two before, one before and the current one. */
const figures: Record<string, [number, number, number | null]> = {
  population_total: [1_310_000, 1_322_000, 1_335_000],
  urban_population: [420_000, 432_000, 445_000],
  public_transport_vehicles: [380, 410, 445],
  env_recurrent_spending_mvnd: [285_000, 310_000, 342_000],
  total_budget_spending_mvnd: [18_600_000, 19_800_000, 21_000_000],
  env_officials: [398, 405, 412],
  hotline_reports_received: [186, 204, 230],
  hotline_reports_handled: [171, 196, 224],
  urban_wastewater_generated_m3: [21_400_000, 22_100_000, 22_900_000],
  urban_wastewater_treated_m3: [6_850_000, 8_400_000, 10_300_000],
  solid_waste_generated_t_day: [1085, 1110, 1140],
  solid_waste_treated_t_day: [890, 955, 1020],
  natural_forest_burned_ha: [12.5, 8.2, 5.4],
  natural_forest_cleared_ha: [6.8, 4.1, 3],
  renewable_electricity_kwh: [1_950_000_000, 2_180_000_000, 2_410_000_000],
  // The citizens' survey is the Ministry's, published after the year: none yet for this one.
  satisfaction_points: [21.5, 22.4, null],
};

/**
 * Who reports what in the demonstration, where the draft QĐ 383 names no agency: as the seed
 * documents have it. A figure left over goes to the department itself.
 */
const reporters: Record<string, string> = {
  public_transport_vehicles: "DEMO-SO-XD",
  urban_wastewater_generated_m3: "DEMO-CAP-THOAT-NUOC",
  urban_wastewater_treated_m3: "DEMO-CAP-THOAT-NUOC",
  solid_waste_generated_t_day: "DEMO-SO-XD",
  solid_waste_treated_t_day: "DEMO-SO-XD",
  renewable_electricity_kwh: "DEMO-SO-CT",
};

/** Every figure the year asks for goes to an agency. */
async function assignAll(db: Db, cycleId: string, agencyIds: Map<string, string>, ctx: AuditContext) {
  const cycle = (await cyclesRepo.findCycle(db, cycleId))!;
  const { byElement } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const assigned = new Set((await cyclesRepo.listAssignments(db, cycleId)).map((a) => a.elementCode));
  const department = agencyIds.get("DEMO-SO-NNMT")!;
  const add = [...byElement.keys()]
    .filter((c) => !assigned.has(c))
    .map((elementCode) => ({
      agencyId: agencyIds.get(reporters[elementCode] ?? "") ?? department,
      elementCode,
    }));
  if (add.length > 0) await changeAssignments(db, cycleId, { add, remove: [] }, ctx);
}

/** The agency's figures of one year, saved as entered. */
async function fill(db: Db, cycleId: string, agencyId: string, column: 0 | 1 | 2, ctx: AuditContext) {
  const elements = (await cyclesRepo.listAssignments(db, cycleId)).filter((a) => a.agencyId === agencyId);
  const values = elements.flatMap(({ elementCode }) => {
    const number = figures[elementCode]?.[column];
    return number === undefined || number === null
      ? []
      : [{ element: elementCode, number: String(number), baseVersion: null }];
  });
  if (values.length > 0)
    await saveValues(db, cycleId, agencyId, values, { ...ctx, displayName: "Dữ liệu trình diễn" });
}

/** Sent on time and accepted, as a year that went well; never dated after today. */
async function accepted(db: Db, cycleId: string, agencyId: string, year: number, today: Date) {
  const submission = await cyclesRepo.findSubmission(db, cycleId, agencyId);
  if (!submission) return;
  const notAfterToday = (date: Date) => (date > today ? today : date);
  const sent = notAfterToday(new Date(`${year + 1}-02-10T09:00:00+07:00`));
  await cyclesRepo.updateSubmission(db, submission.id, {
    status: "accepted",
    signedOffAt: sent,
    submittedAt: sent,
    firstSubmittedAt: sent,
    acceptedAt: notAfterToday(new Date(`${year + 1}-03-02T15:00:00+07:00`)),
  });
  await valuesRepo.acceptAgencyValues(db, cycleId, agencyId);
}

const deadlines = (year: number) => ({
  submissionDue: `${year + 1}-02-20`,
  reviewDue: `${year + 1}-03-10`,
  approvalDue: `${year + 1}-03-20`,
  ministryDue: `${year + 1}-03-30`,
});

/**
 * Opens the demonstration's years: two approved (the later one sent to the Ministry) and the
 * current one with some agencies done, one still filling in and the others not started.
 * Returns the years opened.
 */
export async function openDemoYears(
  db: Db,
  provinceId: string,
  agencyIds: Map<string, string>,
  today: Date,
  ctx: AuditContext,
): Promise<number[]> {
  const current = currentDemoYear(today);
  const years = [current - 2, current - 1, current];
  for (const [column, year] of years.entries() as IterableIterator<[0 | 1 | 2, number]>) {
    const { id } = await openCycle(
      db,
      { frameworkCode: "PEPI-383", orgUnitId: provinceId, year, deadlines: deadlines(year) },
      ctx,
    );
    await assignAll(db, id, agencyIds, ctx);
    const agencies = [...new Set((await cyclesRepo.listAssignments(db, id)).map((a) => a.agencyId))];
    if (year < current) {
      for (const agencyId of agencies) {
        await fill(db, id, agencyId, column, ctx);
        await accepted(db, id, agencyId, year, today);
      }
      await transitionCycle(db, id, "sendForApproval", ctx);
      await transitionCycle(db, id, "approve", ctx);
      await cyclesRepo.updateCycleRow(db, id, { approvedAt: new Date(`${year + 1}-03-18T10:00:00+07:00`) });
      if (year === current - 1) await transitionCycle(db, id, "sendToMinistry", ctx);
      continue;
    }
    // This year: the statistics office and the finance department are done, the construction
    // department is filling in, the others have not started.
    for (const code of ["DEMO-THONG-KE", "DEMO-SO-TC"]) {
      const agencyId = agencyIds.get(code)!;
      await fill(db, id, agencyId, column, ctx);
      if (today >= new Date(`${year + 1}-01-15`)) await accepted(db, id, agencyId, year, today);
    }
    await fill(db, id, agencyIds.get("DEMO-SO-XD")!, column, ctx);
  }
  return years;
}
