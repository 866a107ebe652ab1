// Benchmark of a period's synthesis for the chairman (issue "improvement plans": under 2 s for a
// plan with 40 agencies and 60 tasks): a province with its environment department and 40
// agencies, a plan of 2024–2025 with four targets and sixty lettered tasks (each led by one
// agency and supported by another), seed 004's schedule, and the first half of 2024 reported by
// 36 agencies (every task with its status and what was done, difficulties and proposals; half of
// the reports accepted, the rest sent) while 4 did not report. The .docx is then generated from
// it. In process, on the embedded database, as bench/documents.ts measures the report.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TaskProgressStatus } from "../src/contracts/plan-reports.js";
import { seed004Schedule } from "../src/domain/plans/report-periods.js";
import { vietnameseLetters } from "../src/domain/plans/task-letters.js";
import { openDb } from "../src/server/db/client.js";
import { createAgency } from "../src/server/features/agencies/agencies.service.js";
import { createOrgUnit } from "../src/server/features/org-units/org-units.service.js";
import * as contentRepo from "../src/server/features/plans/plan-content.repo.js";
import { saveTargets, saveTasks } from "../src/server/features/plans/plan-content.service.js";
import { runReportCommand, saveReport } from "../src/server/features/plans/plan-report.service.js";
import * as reportsRepo from "../src/server/features/plans/plan-reports.repo.js";
import { agenciesOnTasks, saveSchedule } from "../src/server/features/plans/plan-reports.service.js";
import { buildSynthesis } from "../src/server/features/plans/plan-synthesis.service.js";
import { createPlan } from "../src/server/features/plans/plans.service.js";
import { bootstrap } from "../src/server/features/system/bootstrap.js";
import { systemContext } from "../src/server/platform/audit.js";

export interface SynthesisFigures {
  agencies: number;
  tasks: number;
  reported: number;
  /** The first synthesis after start, when the Word and chart libraries are loaded. */
  coldMs: number;
  /** Median of five. */
  docxMs: number;
  sizeKb: number;
}

const ctx = systemContext("bench");
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const agencyCount = 40;
const silent = 4;
const statuses: TaskProgressStatus[] = ["in_progress", "done", "in_progress", "delayed", "not_started"];

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The plan, its reports and the period to synthesise. */
async function seed(db: Parameters<typeof saveTasks>[0]) {
  const provinceId = await createOrgUnit(
    db,
    { code: "BENCH-LD", name: "Tỉnh Lâm Đồng", level: "province" },
    ctx,
  );
  await createAgency(
    db,
    {
      code: "BENCH-STNMT",
      name: "Sở Nông nghiệp và Môi trường",
      kind: "environment_department",
      orgUnitId: provinceId,
      hasHeadSignOff: false,
    },
    ctx,
  );
  const agencies: string[] = [];
  for (let i = 1; i <= agencyCount; i++)
    agencies.push(
      await createAgency(
        db,
        {
          code: `BENCH-${i}`,
          name: i <= 20 ? `Sở chuyên ngành số ${i}` : `UBND xã Thử Nghiệm ${i - 20}`,
          kind: i <= 20 ? "department" : "commune_committee",
          orgUnitId: provinceId,
          hasHeadSignOff: false,
        },
        ctx,
      ),
    );
  const planId = await createPlan(
    db,
    {
      numberSymbol: "82/KH-UBND",
      issuedOn: "2024-03-20",
      issuer: "UBND tỉnh Lâm Đồng",
      title: "Kế hoạch nâng cao Chỉ số PEPI và Chỉ số xanh cấp tỉnh giai đoạn 2024-2025",
      periodFrom: 2024,
      periodTo: 2025,
      scope: "general",
      status: "issued",
    },
    ctx,
  );
  const own = (name: string, base: number, y2024: number) => ({
    measure: "own" as const,
    name,
    unit: "%",
    direction: "up" as const,
    baselineValue: base,
    baselineYear: 2023,
    yearly: [
      { year: 2024, value: y2024 },
      { year: 2025, value: y2024 + 5 },
    ],
  });
  await saveTargets(
    db,
    planId,
    {
      expectedRowVersion: 1,
      atRiskBelowPercent: 90,
      targets: [
        own("Tỷ lệ cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt quy chuẩn", 58.3, 65),
        own("Tỷ lệ nước thải đô thị được thu gom, xử lý", 40, 50),
        own("Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", 90, 94),
        { measure: "pgi_rank", baselineValue: 32, baselineYear: 2023, yearly: [{ year: 2024, value: 25 }] },
      ],
    },
    ctx,
  );
  const targets = await contentRepo.listTargets(db, [planId]);
  const sections = [1, 2, 3, 4].map((number) => ({
    number: String(number),
    title: `Chỉ số thành phần ${number}`,
    tasks: vietnameseLetters.slice(0, 15).map((letter, i) => {
      const n = (number - 1) * 15 + i;
      return {
        letter,
        body: `Nhiệm vụ ${letter} của mục ${number}: tăng cường kiểm tra, hướng dẫn doanh nghiệp, cơ sở sản xuất về bảo vệ môi trường, xử lý nước thải và chất thải rắn.`,
        leadAgencyIds: [agencies[n % agencyCount]!],
        supportingAgencyIds: [agencies[(n + 7) % agencyCount]!],
        recurring: i % 2 === 0,
        deadline: i % 2 === 0 ? null : i % 4 === 1 ? "2024-06-30" : "2025-12-31",
        targetIds: i < 3 ? [targets[i]!.id] : [],
        measures: [],
      };
    }),
  }));
  await saveTasks(db, planId, { expectedRowVersion: 2, sections }, ctx);
  await saveSchedule(db, planId, { expectedRowVersion: 3, schedule: seed004Schedule }, ctx);
  const [period] = await reportsRepo.listPeriods(db, [planId]);
  const { links } = await agenciesOnTasks(db, planId);
  const tasks = await contentRepo.listTasks(db, [planId]);
  const ownTargets = new Set(targets.filter((t) => t.measure === "own").map((t) => t.id));
  const reporting = agencies.slice(0, agencyCount - silent);
  for (const [i, agencyId] of reporting.entries()) {
    const where = { planId, periodId: period!.id, agencyId };
    const mine = links.filter((l) => l.agencyId === agencyId);
    const led = new Set(mine.filter((l) => l.role === "lead").map((l) => l.taskId));
    const figures = [...new Set(tasks.filter((t) => led.has(t.id)).flatMap((t) => t.targetIds as string[]))]
      .filter((id) => ownTargets.has(id))
      .map((targetId) => ({ targetId, value: 45 + i }));
    await saveReport(
      db,
      where,
      {
        expectedRowVersion: 0,
        items: mine.map((l, j) => ({
          taskId: l.taskId,
          status: l.role === "lead" ? statuses[(i + j) % statuses.length]! : null,
          progress: `Đã tổ chức ${j + 2} đợt kiểm tra, hướng dẫn ${10 + i} cơ sở; ban hành văn bản đôn đốc các đơn vị thực hiện.`,
        })),
        figures,
        difficulties: i % 3 === 0 ? "Thiếu kinh phí quan trắc và cán bộ chuyên môn ở cấp xã." : null,
        proposals: i % 3 === 0 ? "Đề nghị bố trí kinh phí sự nghiệp môi trường năm 2025." : null,
      },
      ctx,
    );
    await runReportCommand(db, where, "submit", { expectedRowVersion: 1 }, ctx);
    if (i % 2 === 0) await runReportCommand(db, where, "accept", { expectedRowVersion: 2 }, ctx);
  }
  return { planId, periodId: period!.id, tasks: tasks.length, reported: reporting.length };
}

export async function benchSynthesis(): Promise<SynthesisFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-bench-synthesis-"));
  const database = await openDb({ kind: "embedded", dataDir });
  try {
    const db = database.db;
    await bootstrap(db, "BenchQuanTri2026");
    const { planId, periodId, tasks, reported } = await seed(db);
    const where = { planId, periodId };
    let size = 0;
    const coldMs = await timed(async () => {
      size = (await buildSynthesis(db, where)).content.length;
    });
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push(await timed(() => buildSynthesis(db, where)));
    return { agencies: agencyCount, tasks, reported, coldMs, docxMs: median(runs), sizeKb: size / 1024 };
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printSynthesis(
  f: SynthesisFigures,
  row: (label: string, goal: string, values: string[]) => void,
) {
  console.log(
    `\nBáo cáo tổng hợp trình Chủ tịch / synthesis: ${f.agencies} cơ quan, ${f.tasks} nhiệm vụ, ${f.reported} cơ quan đã báo cáo (cơ sở dữ liệu nhúng)`,
  );
  row("Chỉ số / figure", "mục tiêu", ["đo được"]);
  row("Báo cáo tổng hợp .docx, trung vị (ms)", "< 2000", [f.docxMs.toFixed(0)]);
  row("Báo cáo tổng hợp .docx, lần đầu (ms)", "", [f.coldMs.toFixed(0)]);
  row("Cỡ tệp .docx (KB)", "", [f.sizeKb.toFixed(0)]);
}

if (process.argv[1]?.endsWith("plan-synthesis.ts")) {
  const row = (label: string, goal: string, values: string[]) =>
    console.log(`${label.padEnd(44)} ${goal.padEnd(10)} ${values.map((v) => v.padStart(12)).join(" ")}`);
  benchSynthesis().then((f) => printSynthesis(f, row));
}
