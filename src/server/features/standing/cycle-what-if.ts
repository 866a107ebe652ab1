// Where effort pays most in a cycle, live or approved: each indicator an agency can act on
// brought to full points, with the points and the places it would give against the published
// scores the cycle's standing ranks against. The brief's five largest gains and the dashboard's
// table are this one reading.
import type { Dashboard } from "../../../contracts/cycles.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { whatIfTable } from "../../../domain/results/what-if-table.js";
import type { Db } from "../../db/client.js";
import { cycleFramework } from "../cycles/cycles.service.js";
import { buildDashboard } from "../cycles/dashboard.service.js";
import { loadCycle } from "../cycles/guards.js";
import { cycleStanding, type Standing } from "../documents/standing.js";
import { provinceCountFor } from "../published/published.service.js";

/** The what-if of a dashboard already read, against the published scores of its standing. */
function whatIfOfDashboard(dashboard: Dashboard, standing: Standing, year: number) {
  const base = standing.published;
  return whatIfTable(
    {
      total: dashboard.total.points,
      complete: dashboard.total.complete,
      indicators: dashboard.indicators.filter((i) => i.status !== "not_assessed"),
    },
    base?.scores ?? [],
    base?.provinceCount ?? provinceCountFor(year),
    base?.year ?? null,
    base?.province,
  );
}

/** The dashboard, the standing and the what-if of a cycle, from one reading. */
export async function readCycleStanding(db: Db, cycleId: string, actor: Actor, now = new Date()) {
  const cycle = await loadCycle(db, cycleId);
  const dashboard = await buildDashboard(db, cycleId, actor, now);
  const { framework } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const standing = await cycleStanding(db, cycle, dashboard.cycle.orgUnit.name, {
    points: dashboard.total.points,
    maxPoints: dashboard.total.maxPoints,
    band: dashboard.total.band?.vi ?? null,
    status: dashboard.total.status,
    pepi: framework.def.kind === "pepi",
  });
  return { cycle, dashboard, standing, whatIf: whatIfOfDashboard(dashboard, standing, cycle.year) };
}
