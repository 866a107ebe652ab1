import fs from "node:fs";
import ExcelJS from "exceljs";
import { workbookLimits } from "../src/server/features/forms/form-import.service.js";
import {
  benchEnvironment,
  login,
  rssMb,
  rssPeakSampler,
  startBenchScript,
  startServer,
  stop,
  waitForHealth,
} from "./server.js";

const password = "BenchUploads2026";

interface Ready {
  base: string;
  cycleId: string;
  agencyId: string;
}

export interface AttackFigures {
  cells: number;
  zipMb: number;
  statuses: string;
  totalMs: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  healthMaxMs: number;
}

export interface UploadFigures {
  bomb: AttackFigures;
  largest: AttackFigures;
}

/** The form with one more sheet of `rows` × `columns` numbers. */
async function withExtraCells(template: Buffer, rows: number, columns: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.addWorksheet("Thêm");
  for (let r = 1; r <= rows; r++) sheet.addRow(Array.from({ length: columns }, (_, c) => r * columns + c));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function attack(base: string, url: string, cookie: string, pid: number, file: Buffer, cells: number) {
  const rssBeforeMb = rssMb(pid);
  const sampler = rssPeakSampler(pid);
  let healthMaxMs = 0;
  let sending = true;
  const health = (async () => {
    while (sending) {
      const started = performance.now();
      await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
      healthMaxMs = Math.max(healthMaxMs, performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const started = performance.now();
  const statuses = await Promise.all(
    Array.from({ length: 4 }, async () => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(file)]), "bieu-mau.xlsx");
      const response = await fetch(url, { method: "POST", headers: { cookie, origin: base }, body: form });
      await response.arrayBuffer();
      return response.status;
    }),
  );
  const totalMs = performance.now() - started;
  sending = false;
  await health;
  const rssPeakMb = sampler.stop();
  return {
    cells,
    zipMb: file.length / 1024 / 1024,
    statuses: statuses.join("/"),
    totalMs,
    rssBeforeMb,
    rssPeakMb,
    healthMaxMs,
  };
}

export async function benchUploads(databaseUrl: string | undefined, port: number): Promise<UploadFigures> {
  const { dataDir, env } = benchEnvironment("uploads", databaseUrl, port, password);
  // The dossier benchmark's setup: one cycle, one reporting agency, a reporter.
  const setup = await startBenchScript<Ready>("bench/dossier-server.ts", env);
  await stop(setup.child);
  const child = startServer(env);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base, 30_000);
    const cookie = await login(base, "bench.hs.baocao", password);
    const url = `${base}/api/cycles/${setup.ready.cycleId}/agencies/${setup.ready.agencyId}/form.xlsx`;
    const template = Buffer.from(await (await fetch(url, { headers: { cookie } })).arrayBuffer());
    const bomb = await withExtraCells(template, 1000, 1000);
    // Just under the limit: the most a form may hold and still be opened.
    const rows = Math.floor((workbookLimits.cells * 0.95) / 29);
    const largest = await withExtraCells(template, rows, 29);
    return {
      bomb: await attack(base, url, cookie, child.pid!, bomb, 1_000_000),
      largest: await attack(base, url, cookie, child.pid!, largest, rows * 29),
    };
  } finally {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

type Row = (label: string, goal: string, values: (string | undefined)[]) => void;

export function printUploads(embedded: UploadFigures, postgres: UploadFigures | undefined, row: Row) {
  const f = (n: number | undefined, digits = 0) => (n === undefined ? undefined : n.toFixed(digits));
  console.log("\nTải lên độc hại / hostile uploads: 4 biểu mẫu Excel cùng lúc");
  row("Chỉ số / figure", "mục tiêu", ["Nhúng", "PostgreSQL"]);
  for (const [label, pick] of [
    [
      `${(embedded.bomb.cells / 1e6).toFixed(0)} triệu ô (${f(embedded.bomb.zipMb, 1)} MB)`,
      (u: UploadFigures) => u.bomb,
    ],
    [
      `${embedded.largest.cells.toLocaleString("vi-VN")} ô, dưới giới hạn (${f(embedded.largest.zipMb, 1)} MB)`,
      (u: UploadFigures) => u.largest,
    ],
  ] as const) {
    console.log(`  ${label}`);
    row("  Mã trả về", "", [pick(embedded).statuses, postgres && pick(postgres).statuses]);
    row("  Thời gian cả bốn (ms)", "", [f(pick(embedded).totalMs), f(postgres && pick(postgres).totalMs)]);
    row("  Bộ nhớ máy chủ cao nhất (MB RSS)", "< 300", [
      f(pick(embedded).rssPeakMb),
      f(postgres && pick(postgres).rssPeakMb),
    ]);
    row("  /api/health chậm nhất (ms)", "< 1000", [
      f(pick(embedded).healthMaxMs),
      f(postgres && pick(postgres).healthMaxMs),
    ]);
  }
}

if (process.argv[1]?.endsWith("uploads.ts")) {
  benchUploads(process.env.BENCH_DATABASE_URL, 3313).then((f) => console.log(JSON.stringify(f, null, 1)));
}
