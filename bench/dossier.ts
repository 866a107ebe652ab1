// Benchmark of the Ministry dossier (issue 5): a cycle with 100 evidence documents of 1 MB,
// downloaded as one zip. The documents are attached to a first server; a second one, started
// on that data as in service, makes the dossier while its resident memory is sampled.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
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

const password = "BenchDossier2026";
const documentCount = 100;
const documentBytes = 1024 * 1024;

export interface DossierFigures {
  documents: number;
  zipMb: number;
  /** The first dossier after start, which also loads the document libraries. */
  firstDownloadMs: number;
  downloadMs: number;
  rssBeforeMb: number;
  rssPeakMb: number;
}

interface Ready {
  base: string;
  cycleId: string;
  agencyId: string;
}

async function attach(ready: Ready, cookie: string, n: number) {
  const form = new FormData();
  form.set("indicatorCode", "07");
  form.set("docNumber", `${n}/QĐ-UBND`);
  const content = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(documentBytes - 9)]);
  form.set("file", new Blob([content]), `Quyết định số ${n}.pdf`);
  const url = `${ready.base}/api/cycles/${ready.cycleId}/agencies/${ready.agencyId}/evidence`;
  const response = await fetch(url, { method: "POST", headers: { cookie }, body: form });
  if (!response.ok) throw new Error(`upload ${n}: ${response.status} ${await response.text()}`);
}

export async function benchDossier(databaseUrl: string | undefined, port: number): Promise<DossierFigures> {
  const { dataDir, env } = benchEnvironment("dossier", databaseUrl, port, password);
  const setup = await startBenchScript<Ready>("bench/dossier-server.ts", env);
  try {
    const reporter = await login(setup.ready.base, "bench.hs.baocao", password);
    for (let n = 1; n <= documentCount; n++) await attach(setup.ready, reporter, n);
  } finally {
    await stop(setup.child);
  }
  const child = startServer(env);
  const ready = { ...setup.ready, base: `http://127.0.0.1:${port}` };
  try {
    await waitForHealth(ready.base, 30_000);
    const coordinator = await login(ready.base, "bench.hs.dieuphoi", password);
    const pid = child.pid!;
    const rssBeforeMb = rssMb(pid);
    const sampler = rssPeakSampler(pid);
    const download = async () => {
      const started = performance.now();
      const response = await fetch(`${ready.base}/api/cycles/${ready.cycleId}/documents/dossier.zip`, {
        headers: { cookie: coordinator },
      });
      if (!response.ok || !response.body)
        throw new Error(`dossier: ${response.status} ${await response.text()}`);
      let bytes = 0;
      const reader = response.body.getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
        bytes += chunk.value.length;
      return { ms: performance.now() - started, bytes };
    };
    // The first dossier also loads the Word, PDF and Excel libraries; the second is the usual case.
    const first = await download();
    const second = await download();
    const rssPeakMb = sampler.stop();
    return {
      documents: documentCount,
      zipMb: second.bytes / 1024 / 1024,
      firstDownloadMs: first.ms,
      downloadMs: second.ms,
      rssBeforeMb,
      rssPeakMb,
    };
  } finally {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

type Row = (label: string, goal: string, values: (string | undefined)[]) => void;

export function printDossier(embedded: DossierFigures, postgres: DossierFigures | undefined, row: Row) {
  const f = (n: number | undefined, digits = 0) => (n === undefined ? undefined : n.toFixed(digits));
  console.log(
    `\nHồ sơ gửi Bộ / dossier: ${embedded.documents} minh chứng × 1 MB, zip ${embedded.zipMb.toFixed(0)} MB, máy chủ khởi động trên dữ liệu có sẵn`,
  );
  row("Chỉ số / figure", "mục tiêu", ["Nhúng", "PostgreSQL"]);
  row("Tải hồ sơ .zip (ms)", "< 5000", [f(embedded.downloadMs), f(postgres?.downloadMs)]);
  row("Hồ sơ đầu tiên sau khởi động (ms)", "", [f(embedded.firstDownloadMs), f(postgres?.firstDownloadMs)]);
  row("Bộ nhớ máy chủ trước (MB RSS)", "", [f(embedded.rssBeforeMb), f(postgres?.rssBeforeMb)]);
  row("Bộ nhớ máy chủ cao nhất khi tạo (MB RSS)", "< 300", [f(embedded.rssPeakMb), f(postgres?.rssPeakMb)]);
  row("Tăng thêm khi tạo hồ sơ (MB)", "", [
    f(embedded.rssPeakMb - embedded.rssBeforeMb),
    postgres ? f(postgres.rssPeakMb - postgres.rssBeforeMb) : undefined,
  ]);
}
