// `npm run bench`: prints the performance figures the issues ask for, for the embedded PostgreSQL
// (the default installation) and an external PostgreSQL side by side. PostgreSQL is BENCH_DATABASE_URL when set, otherwise a throw-away local server.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { buildServerIfStale } from "../scripts/build-server-if-stale.js";
import { benchCycle, type CycleFigures } from "./cycle.js";
import { benchDocuments, printDocuments } from "./documents.js";
import { benchDocumentMemory, type DocumentMemoryFigures, printDocumentMemory } from "./documents-memory.js";
import { benchDossier, type DossierFigures, printDossier } from "./dossier.js";
import { benchEngine } from "./engine.js";
import { benchForms, type FormFigures, printForms } from "./forms.js";
import { benchGhgAnnex, printGhgAnnex } from "./ghg-annex.js";
import { benchGhgRegister, type GhgRegisterFigures, printGhgRegister } from "./ghg-register.js";
import { benchHome, type HomeFigures, printHome } from "./home.js";
import { benchPlanText } from "./plan-page.js";
import { benchSynthesis, printSynthesis } from "./plan-synthesis.js";
import { benchServer, type ServerFigures } from "./server.js";
import { benchUploads, printUploads, type UploadFigures } from "./uploads.js";

async function postgresUrl(): Promise<{ url: string; stop: () => void } | { skipped: string }> {
  const base = process.env.BENCH_DATABASE_URL;
  let adminUrl = base;
  let stop = () => {};
  if (!adminUrl) {
    try {
      adminUrl = execFileSync("scripts/test-postgres.sh", ["start", "/tmp/pepi-bench-pg", "54330"], {
        encoding: "utf8",
      }).trim();
      stop = () => execFileSync("scripts/test-postgres.sh", ["stop", "/tmp/pepi-bench-pg", "54330"]);
    } catch (error) {
      return {
        skipped: `không khởi động được PostgreSQL cục bộ (${(error as Error).message.split("\n")[0]})`,
      };
    }
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query("drop database if exists pepi_bench with (force)");
  await client.query("create database pepi_bench");
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = "/pepi_bench";
  return { url: url.toString(), stop };
}

/** A second empty database on the same server, so each benchmark starts clean. */
async function freshDatabase(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

const columns = ["Nhúng", "PostgreSQL"];

function row(label: string, goal: string, values: (string | undefined)[]) {
  console.log(
    `${label.padEnd(44)} ${goal.padEnd(10)} ${values.map((v) => (v ?? "–").padStart(12)).join(" ")}`,
  );
}

function printEngine() {
  const e = benchEngine();
  console.log(`\nBộ máy tính điểm (PEPI 2782: ${e.indicatorCount} chỉ số, ${e.inputCount} số liệu đầu vào)`);
  row("Chỉ số / figure", "mục tiêu", ["đo được"]);
  row("Tính và chấm một tỉnh-năm (ms, trung vị)", "< 2", [e.provinceYearMs.toFixed(3)]);
  row("Tính lại 63 tỉnh × 6 năm (ms)", "< 1000", [e.recompute378Ms.toFixed(1)]);
  row("Đọc và kiểm tra tệp bộ chỉ số (ms)", "< 50", [e.loadValidateMs.toFixed(1)]);
  row("Ước tính thứ hạng một kết quả (ms, trung vị)", "< 5", [e.rankMs.toFixed(3)]);
  row("Bảng “nếu cải thiện” một kết quả (ms, trung vị)", "< 5", [e.whatIfMs.toFixed(3)]);
  row("Đọc văn bản kế hoạch cỡ seed 004 (ms, trung vị)", "< 1000", [benchPlanText().toFixed(1)]);
}

async function main() {
  console.log("PEPI Hub benchmark — máy:", `${(await import("node:os")).cpus().length} lõi`);
  // The servers measured run the bundle, as `npm start` does: it must match the sources.
  await buildServerIfStale(false);
  printEngine();
  console.log("\nSổ cơ sở phát thải khí nhà kính");
  printGhgAnnex(await benchGhgAnnex());
  printDocuments(await benchDocuments(), row);
  printSynthesis(await benchSynthesis(), row);
  console.log("\nMáy chủ / server");
  const embedded = await benchServer(undefined, 3301);
  const embeddedCycle = await benchCycle(undefined, 3303);
  const embeddedForms = await benchForms(undefined);
  const embeddedDossier = await benchDossier(undefined, 3305);
  const embeddedUploads = await benchUploads(undefined, 3307);
  const embeddedHome = await benchHome(undefined, 3309);
  const embeddedDocumentMemory = await benchDocumentMemory(undefined, 3311);
  const embeddedGhg = await benchGhgRegister(undefined, 3313);
  const pgTarget = await postgresUrl();
  let postgres: ServerFigures | undefined;
  let postgresCycle: CycleFigures | undefined;
  let postgresForms: FormFigures | undefined;
  let postgresDossier: DossierFigures | undefined;
  let postgresUploads: UploadFigures | undefined;
  let postgresHome: HomeFigures | undefined;
  let postgresDocumentMemory: DocumentMemoryFigures | undefined;
  let postgresGhg: GhgRegisterFigures | undefined;
  let note = "";
  if ("url" in pgTarget) {
    try {
      postgres = await benchServer(pgTarget.url, 3302);
      postgresCycle = await benchCycle(await freshDatabase(pgTarget.url, "pepi_bench_cycle"), 3304);
      postgresForms = await benchForms(await freshDatabase(pgTarget.url, "pepi_bench_forms"));
      postgresDossier = await benchDossier(await freshDatabase(pgTarget.url, "pepi_bench_dossier"), 3306);
      postgresUploads = await benchUploads(await freshDatabase(pgTarget.url, "pepi_bench_uploads"), 3308);
      postgresHome = await benchHome(await freshDatabase(pgTarget.url, "pepi_bench_home"), 3310);
      postgresDocumentMemory = await benchDocumentMemory(
        await freshDatabase(pgTarget.url, "pepi_bench_docmem"),
        3312,
      );
      postgresGhg = await benchGhgRegister(await freshDatabase(pgTarget.url, "pepi_bench_ghg"), 3314);
    } finally {
      pgTarget.stop();
    }
  } else note = `PostgreSQL: bỏ qua – ${pgTarget.skipped}`;

  const f = (n: number | undefined, digits = 1) => (n === undefined ? undefined : n.toFixed(digits));
  console.log("");
  row("Chỉ số / figure", "mục tiêu", columns);
  row("Khởi động đến yêu cầu đầu tiên (ms)", "< 3000", [
    f(embedded.startToFirstRequestMs, 0),
    f(postgres?.startToFirstRequestMs, 0),
  ]);
  row("Đọc có đăng nhập, 50 kết nối: p50 (ms)", "", [f(embedded.readP50Ms), f(postgres?.readP50Ms)]);
  row("Đọc có đăng nhập, 50 kết nối: p95* (ms)", "< 50", [f(embedded.readP95Ms), f(postgres?.readP95Ms)]);
  row("Đọc có đăng nhập, 50 kết nối: p99 (ms)", "", [f(embedded.readP99Ms), f(postgres?.readP99Ms)]);
  row("Đọc có đăng nhập, 10 kết nối: p95* (ms)", "", [f(embedded.readP95At10Ms), f(postgres?.readP95At10Ms)]);
  row("Yêu cầu mỗi giây", "", [f(embedded.requestsPerSecond, 0), f(postgres?.requestsPerSecond, 0)]);
  row("Lỗi / phản hồi không 2xx", "0", [
    String(embedded.errors),
    postgres ? String(postgres.errors) : undefined,
  ]);
  row("Bộ nhớ máy chủ sau tải (MB RSS)", "< 300", [f(embedded.rssAfterMb, 0), f(postgres?.rssAfterMb, 0)]);
  row("Bộ nhớ CSDL nhúng sau tải (MB PSS)", "", [f(embedded.databaseMb, 0), undefined]);
  console.log("* p95 is reported as autocannon's p97.5 (it has no p95), so the real p95 is at most this.");

  const c = embeddedCycle;
  console.log(
    `\nKỳ đánh giá / cycle: ${c.users} người lưu biểu ${c.valuesPerSave} số liệu cùng lúc; bảng tiến độ 25 cơ quan`,
  );
  row("Chỉ số / figure", "mục tiêu", columns);
  row("Lưu biểu, tự lưu ~1 lần/giây: p50 (ms)", "", [f(c.saveP50Ms), f(postgresCycle?.saveP50Ms)]);
  row("Lưu biểu, tự lưu ~1 lần/giây: p95 (ms)", "< 100", [f(c.saveP95Ms), f(postgresCycle?.saveP95Ms)]);
  row("Lưu liên tục không nghỉ: p95 (ms)", "", [f(c.flatSaveP95Ms), f(postgresCycle?.flatSaveP95Ms)]);
  row("Lưu liên tục: số lần lưu mỗi giây", "", [
    f(c.flatSavesPerSecond, 0),
    f(postgresCycle?.flatSavesPerSecond, 0),
  ]);
  row("Cam kết thô 1 dòng, 20 kết nối (lần/giây)", "", [
    f(c.rawCommitsPerSecond, 0),
    f(postgresCycle?.rawCommitsPerSecond, 0),
  ]);
  row(`Cam kết thô ${2 * c.valuesPerSave + 1} dòng như một lần lưu (lần/giây)`, "", [
    f(c.rawSaveSizedCommitsPerSecond, 0),
    f(postgresCycle?.rawSaveSizedCommitsPerSecond, 0),
  ]);
  row("Cùng giao dịch lưu, gửi thẳng vào CSDL (lần/giây)", "", [
    f(c.rawSavesPerSecond, 0),
    f(postgresCycle?.rawSavesPerSecond, 0),
  ]);
  const ratio = (x: CycleFigures | undefined, raw: (x: CycleFigures) => number) =>
    x ? `${((100 * x.flatSavesPerSecond) / raw(x)).toFixed(0)}%` : undefined;
  // The goal is read against the save's own transaction: a one-statement insert of as many rows
  // has no locks, reads or checks, so no correct save could come near it (see ARCHITECTURE.md).
  row("Lưu mỗi giây / cam kết thô cùng cỡ", "", [
    ratio(c, (x) => x.rawSaveSizedCommitsPerSecond),
    ratio(postgresCycle, (x) => x.rawSaveSizedCommitsPerSecond),
  ]);
  row("Lưu mỗi giây / cùng giao dịch gửi thẳng", "≥ 50%", [
    ratio(c, (x) => x.rawSavesPerSecond),
    ratio(postgresCycle, (x) => x.rawSavesPerSecond),
  ]);
  row("Số lần lưu (tự lưu / liên tục)", "", [
    `${c.saves}/${c.flatSaves}`,
    postgresCycle ? `${postgresCycle.saves}/${postgresCycle.flatSaves}` : undefined,
  ]);
  row("Lỗi khi lưu", "0", [
    String(c.saveErrors),
    postgresCycle ? String(postgresCycle.saveErrors) : undefined,
  ]);
  row("Bảng tiến độ 25 cơ quan: p95 (ms)", "< 150", [f(c.dashboardP95Ms), f(postgresCycle?.dashboardP95Ms)]);
  printForms(embeddedForms, postgresForms, row);
  printDossier(embeddedDossier, postgresDossier, row);
  printUploads(embeddedUploads, postgresUploads, row);
  printHome(embeddedHome, postgresHome, row);
  printDocumentMemory(embeddedDocumentMemory, postgresDocumentMemory, row);
  printGhgRegister(embeddedGhg, postgresGhg, row);
  if (note) console.log(note);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
