// Benchmark of the generated documents: the self-assessment report of a 26-indicator cycle
// (PEPI 2782, assessment year 2020) for the demonstration province, every figure filled in,
// rendered to .docx (goal < 1 s) and .pdf, and the one-page brief. In process, on the embedded
// database: what is measured is the reading of the cycle and the rendering, not the network.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "../src/server/db/client.js";
import { cycles } from "../src/server/db/schema.js";
import { listAssignments } from "../src/server/features/cycles/cycles.repo.js";
import { cycleFramework, openCycle } from "../src/server/features/cycles/cycles.service.js";
import { writeExplanation } from "../src/server/features/cycles/values.repo.js";
import { saveValues } from "../src/server/features/cycles/values.service.js";
import { buildBrief } from "../src/server/features/documents/brief.js";
import { buildReport } from "../src/server/features/documents/report.js";
import { bootstrap } from "../src/server/features/system/bootstrap.js";
import { loadDemo } from "../src/server/features/system/demo.service.js";
import { systemContext } from "../src/server/platform/audit.js";
import { sampleRows } from "./sample-rows.js";

export interface DocumentFigures {
  indicators: number;
  figures: number;
  /** The first report after start, when the renderer is loaded. */
  reportDocxColdMs: number;
  reportDocxMs: number;
  reportPdfMs: number;
  briefPdfMs: number;
}

const ctx = systemContext("bench");
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Every assigned figure of a 2020 cycle: numbers that keep ratios under 100 %, lists of three rows. */
async function filledCycle(
  db: Parameters<typeof saveValues>[0],
): Promise<{ cycleId: string; figures: number }> {
  const { id: cycleId } = await openCycle(
    db,
    {
      frameworkCode: "PEPI-2782",
      orgUnitId: (await demoCycle(db)).orgUnitId,
      year: 2020,
      deadlines: { submissionDue: "2021-02-20" },
    },
    ctx,
  );
  const { framework } = await cycleFramework(db, "PEPI-2782", "2020");
  const defs = new Map(framework.def.dataElements.map((e) => [e.code, e]));
  const byAgency = new Map<string, string[]>();
  for (const a of await listAssignments(db, cycleId))
    byAgency.set(a.agencyId, [...(byAgency.get(a.agencyId) ?? []), a.elementCode]);
  let figures = 0;
  for (const [agencyId, elements] of byAgency) {
    const values = elements.map((code, i) => {
      const def = defs.get(code)!;
      if (def.kind === "list") return { element: code, list: sampleRows(def.fields), baseVersion: null };
      // Wholes (population, generated, received) large, parts smaller, so most ratios compute.
      const whole = /population|households|generated|received|required|planned|total|supplied/.test(code);
      return { element: code, number: String(whole ? 1_000_000 + i : 700_000 + i * 10), baseVersion: null };
    });
    await saveValues(db, cycleId, agencyId, values, { ...ctx, displayName: "Đo tải" });
    await writeExplanation(
      db,
      { cycleId, agencyId, subject: `element:${elements[0]}` },
      "Số liệu năm nay tăng do mở rộng phạm vi thống kê theo hướng dẫn mới của Bộ.",
      null,
    );
    figures += values.length;
  }
  return { cycleId, figures };
}

/** The demonstration's own cycle, to find the demonstration province. */
async function demoCycle(db: Parameters<typeof saveValues>[0]) {
  const [row] = await db.select().from(cycles).limit(1);
  if (!row) throw new Error("the demonstration cycle is missing");
  return row;
}

export async function benchDocuments(): Promise<DocumentFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-bench-docs-"));
  const database = await openDb({ kind: "embedded", dataDir });
  try {
    const db = database.db;
    await bootstrap(db, "BenchQuanTri2026");
    await loadDemo(db, "BenchDemo2026", ctx);
    const { cycleId, figures } = await filledCycle(db);
    const report = (format: "docx" | "pdf") => () => buildReport(db, cycleId, format);
    const reportDocxColdMs = await timed(report("docx"));
    const docx: number[] = [];
    for (let i = 0; i < 7; i++) docx.push(await timed(report("docx")));
    await timed(report("pdf"));
    const pdf: number[] = [];
    for (let i = 0; i < 3; i++) pdf.push(await timed(report("pdf")));
    await timed(() => buildBrief(db, cycleId, "pdf"));
    const brief: number[] = [];
    for (let i = 0; i < 3; i++) brief.push(await timed(() => buildBrief(db, cycleId, "pdf")));
    const { framework } = await cycleFramework(db, "PEPI-2782", "2020");
    const edition = framework.editions
      .get("2020")!
      .def.indicators.map((i) => framework.indicators.get(i.code)!);
    return {
      indicators: edition.filter((i) => i.def.group === "I").length,
      figures,
      reportDocxColdMs,
      reportDocxMs: median(docx),
      reportPdfMs: median(pdf),
      briefPdfMs: median(brief),
    };
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printDocuments(
  f: DocumentFigures,
  row: (label: string, goal: string, values: string[]) => void,
) {
  console.log(
    `\nVăn bản / documents: báo cáo tự đánh giá ${f.indicators} chỉ số nhóm I, ${f.figures} số liệu (cơ sở dữ liệu nhúng)`,
  );
  row("Chỉ số / figure", "mục tiêu", ["đo được"]);
  row("Báo cáo .docx, trung vị (ms)", "< 1000", [f.reportDocxMs.toFixed(0)]);
  row("Báo cáo .docx, lần đầu sau khởi động (ms)", "", [f.reportDocxColdMs.toFixed(0)]);
  row("Báo cáo .pdf, trung vị (ms)", "", [f.reportPdfMs.toFixed(0)]);
  row("Báo cáo nhanh .pdf có biểu đồ (ms)", "", [f.briefPdfMs.toFixed(0)]);
}

if (process.argv[1]?.endsWith("documents.ts")) {
  const row = (label: string, goal: string, values: string[]) =>
    console.log(`${label.padEnd(44)} ${goal.padEnd(10)} ${values.map((v) => v.padStart(12)).join(" ")}`);
  benchDocuments().then((f) => printDocuments(f, row));
}
