// Benchmark of the documents' memory at a real province's size (issue 12, item 17): a collecting
// year of about 165 agencies, every figure filled in, on a server started on that data as in
// service. The report (.docx, then .pdf), the data workbook and the Ministry dossier are made one
// after the other while the server's resident memory is sampled; each is given with the highest
// memory seen while it was made. Goal: every document under 300 MB. The same server then gives
// the commune-scale figures (commune-scale.ts).
import fs from "node:fs";
import { benchCommuneScale, type CommuneScaleFigures, printCommuneScale } from "./commune-scale.js";
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

const password = "BenchTaiLieu2026";

interface Ready {
  base: string;
  cycleId: string;
  agencies: number;
  figures: number;
}

export interface DocumentMemoryFigures {
  agencies: number;
  figures: number;
  rssBeforeMb: number;
  /** Document → [milliseconds, highest RSS in MB while it was made]. */
  documents: { name: string; ms: number; rssPeakMb: number; bytes: number }[];
  /** 150 commune accounts created from one sheet (goal < 10 s). */
  bulkAccountsMs: number;
  /** The dashboard, 50 communes autosaving, the first screen in a browser. */
  scale: CommuneScaleFigures;
}

/** One reporter per commune of the bench province, as a department would list them. */
function accountSheet(count: number): string {
  const rows = ["Tên đăng nhập,Họ và tên,Vai trò,Mã cơ quan"];
  for (let n = 1; n <= count; n++)
    rows.push(`bench.xa${n},Cán bộ xã Thử Nghiệm ${n},Cán bộ báo cáo,BENCH-XA-${n}`);
  return `${rows.join("\r\n")}\r\n`;
}

async function timeBulkAccounts(base: string, adminCookie: string) {
  const form = new FormData();
  form.set("file", new Blob([accountSheet(150)]), "tai-khoan.csv");
  const started = performance.now();
  const response = await fetch(`${base}/api/users/import`, {
    method: "POST",
    headers: { cookie: adminCookie },
    body: form,
  });
  if (!response.ok) throw new Error(`accounts: ${response.status} ${await response.text()}`);
  const ms = performance.now() - started;
  const { accounts } = (await response.json()) as {
    accounts: { username: string; temporaryPassword: string }[];
  };
  return { ms, accounts };
}

/** The communes' accounts with the agency each reports for, found by its code. */
async function withAgencies(
  base: string,
  cookie: string,
  accounts: { username: string; temporaryPassword: string }[],
) {
  const { items } = (await (await fetch(`${base}/api/agencies`, { headers: { cookie } })).json()) as {
    items: { id: string; code: string }[];
  };
  const byCode = new Map(items.map((a) => [a.code, a.id]));
  return accounts.map((a) => ({
    ...a,
    agencyId: byCode.get(`BENCH-XA-${a.username.slice("bench.xa".length)}`)!,
  }));
}

const documents = [
  ["Công văn đề nghị .docx", "documents/request-letter.docx"],
  ["Báo cáo .docx", "documents/report.docx"],
  ["Báo cáo .pdf", "documents/report.pdf"],
  ["Số liệu .xlsx", "export?format=xlsx"],
  ["Hồ sơ gửi Bộ .zip", "documents/dossier.zip"],
] as const;

async function download(url: string, cookie: string): Promise<number> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.length;
  return bytes;
}

export async function benchDocumentMemory(
  databaseUrl: string | undefined,
  port: number,
): Promise<DocumentMemoryFigures> {
  const { dataDir, env } = benchEnvironment("docmem", databaseUrl, port, password);
  const setup = await startBenchScript<Ready>("bench/documents-memory-server.ts", env);
  await stop(setup.child);
  const child = startServer(env);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base, 30_000);
    const coordinator = await login(base, "demo.dieuphoi", password);
    const pid = child.pid!;
    const rssBeforeMb = rssMb(pid);
    const measured: DocumentMemoryFigures["documents"] = [];
    for (const [name, path] of documents) {
      const sampler = rssPeakSampler(pid);
      const started = performance.now();
      const bytes = await download(`${base}/api/cycles/${setup.ready.cycleId}/${path}`, coordinator);
      measured.push({ name, ms: performance.now() - started, rssPeakMb: sampler.stop(), bytes });
    }
    // The demonstration's administrator: the first one must change its password before acting.
    const admin = await login(base, "demo.quantri", password);
    const bulk = await timeBulkAccounts(base, admin);
    const scale = await benchCommuneScale(
      base,
      setup.ready.cycleId,
      coordinator,
      await withAgencies(base, coordinator, bulk.accounts),
    );
    return {
      agencies: setup.ready.agencies,
      figures: setup.ready.figures,
      rssBeforeMb,
      documents: measured,
      bulkAccountsMs: bulk.ms,
      scale,
    };
  } finally {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

type Row = (label: string, goal: string, values: (string | undefined)[]) => void;

export function printDocumentMemory(
  embedded: DocumentMemoryFigures,
  postgres: DocumentMemoryFigures | undefined,
  row: Row,
) {
  const f = (n: number | undefined) => (n === undefined ? undefined : n.toFixed(0));
  console.log(
    `\nTài liệu của một tỉnh lớn: ${embedded.agencies} cơ quan, ${embedded.figures} số liệu; máy chủ khởi động trên dữ liệu có sẵn`,
  );
  row("Chỉ số / figure", "mục tiêu", ["Nhúng", "PostgreSQL"]);
  row("Bộ nhớ máy chủ trước (MB RSS)", "", [f(embedded.rssBeforeMb), f(postgres?.rssBeforeMb)]);
  embedded.documents.forEach((d, i) => {
    const other = postgres?.documents[i];
    row(`${d.name}: bộ nhớ cao nhất (MB RSS)`, "< 300", [f(d.rssPeakMb), f(other?.rssPeakMb)]);
    row(`${d.name}: thời gian (ms)`, "", [f(d.ms), f(other?.ms)]);
  });
  row("Tạo 150 tài khoản từ danh sách (ms)", "< 10000", [
    f(embedded.bulkAccountsMs),
    f(postgres?.bulkAccountsMs),
  ]);
  printCommuneScale(embedded.scale, postgres?.scale, row);
}
