// Gathers the leadership brief from the coordinator's dashboard (progress, timeliness, returns,
// indicator points), the standing (total, last year, rank), the what-if table and the province's
// green index (the PGI page's overview up to the cycle's year), draws its charts and renders it
// to .pdf or .docx.
import type { Actor } from "../../../domain/auth/permissions.js";
import { plottedYears } from "../../../domain/charts/trend-chart.js";
import { localDay } from "../../../domain/cycle/timeliness.js";
import { lockedCycleStatuses } from "../../../domain/cycle/workflow.js";
import type { Db } from "../../db/client.js";
import { chartBlock, columnBars, horizontalBars, trendChart } from "../../documents/charts.js";
import { renderDocx } from "../../documents/docx.js";
import { renderPdf } from "../../documents/pdf.js";
import { findFramework } from "../frameworks/frameworks.repo.js";
import { pgiDocumentSection } from "../pgi/pgi-document.js";
import { pgiOverviewOfCycle } from "../pgi/pgi-export.js";
import { readCycleStanding } from "../standing/cycle-what-if.js";
import { trendOfProvince } from "../standing/standing.service.js";
import { type BriefData, briefBars, briefFileBase, buildBriefDocument } from "./brief-document.js";

/** Whoever reads the dashboard for a document: it only changes the actions listed, not the figures. */
const documentReader: Actor = {
  userId: "00000000-0000-0000-0000-000000000000",
  role: "leader",
  agencyId: null,
};

const chartWidthMm = 150;

const isPepi = async (db: Db, frameworkCode: string) =>
  (await findFramework(db, frameworkCode))?.kind === "pepi";

export async function gatherBriefData(db: Db, cycleId: string, now = new Date()): Promise<BriefData> {
  const { cycle, dashboard, standing, whatIf } = await readCycleStanding(db, cycleId, documentReader, now);
  const assessed = dashboard.indicators.filter((i) => i.status !== "not_assessed");
  const computed = new Set(assessed.filter((i) => i.status === "computed").map((i) => i.code));
  const pgi = await pgiOverviewOfCycle(db, cycle, dashboard.cycle.orgUnit.name);
  return {
    year: cycle.year,
    provinceName: dashboard.cycle.orgUnit.name,
    // The PEPI trend: a province's own framework of another kind has no such history.
    trend: (await isPepi(db, cycle.frameworkCode))
      ? await trendOfProvince(db, cycle, dashboard.cycle.orgUnit.name, {
          points: dashboard.total.points,
          maxPoints: dashboard.total.maxPoints,
          complete: dashboard.total.complete,
          provisional: dashboard.total.status.provisional,
          approved: lockedCycleStatuses.includes(dashboard.cycle.status),
          source: "cycle",
        })
      : [],
    approved: lockedCycleStatuses.includes(dashboard.cycle.status),
    asOf: localDay(now),
    standing,
    progress: { ...dashboard.totals },
    indicators: assessed.map((i) => ({ code: i.code, points: i.points, maxPoints: i.maxPoints })),
    gains: whatIf.rows.slice(0, 5).map((row) => ({
      code: row.code,
      name: row.name.vi,
      points: row.points,
      maxPoints: row.maxPoints,
      gain: row.gain,
      computed: computed.has(row.code),
      rank: row.rank?.rank ?? null,
    })),
    agencies: dashboard.agencies.map((a) => ({
      name: a.agency.name,
      shortName: a.agency.shortName,
      completenessPct: a.completenessPct,
      timeliness: a.timeliness,
      daysOverdue: a.daysOverdue,
      returned: a.status === "returned",
    })),
    pgi: pgi ? pgiDocumentSection(pgi, cycle.year) : null,
  };
}

export async function buildBrief(db: Db, cycleId: string, format: "docx" | "pdf") {
  const data = await gatherBriefData(db, cycleId);
  const bars = briefBars(data);
  const indicators = await chartBlock(columnBars(bars.indicators, { height: 110 }), chartWidthMm);
  // The home page's trend chart, when it has at least two years to draw.
  const trend =
    plottedYears(data.trend) > 1
      ? await chartBlock(trendChart(data.trend, { height: 200 }), chartWidthMm)
      : null;
  const agencies =
    bars.agencies.length > 0 ? await chartBlock(horizontalBars(bars.agencies), chartWidthMm) : null;
  const document = buildBriefDocument(data, { indicators, agencies, trend });
  const content = format === "docx" ? await renderDocx(document) : await renderPdf(document);
  return { content, fileName: `${briefFileBase(data.year)}.${format}` };
}
