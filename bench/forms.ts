// Benchmark of the Excel forms (issue 6): a reporter uploads a form whose list has 5,000 rows
// (read, checked and saved; goal < 3 s), the same with one bad cell (checked, nothing saved),
// downloads it back prefilled, and sends 10,000 rows (the most a sheet takes) and 10,001 (refused).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildApp } from "../src/server/app.js";
import { openDbFromConfig } from "../src/server/db/open-from-config.js";
import { createAgency } from "../src/server/features/agencies/agencies.service.js";
import { changeAssignments, openCycle } from "../src/server/features/cycles/cycles.service.js";
import { createOrgUnit } from "../src/server/features/org-units/org-units.service.js";
import { bootstrap } from "../src/server/features/system/bootstrap.js";
import { createUser } from "../src/server/features/users/users.service.js";
import { systemContext } from "../src/server/platform/audit.js";
import { loadConfig } from "../src/server/platform/config.js";

const ctx = systemContext("bench");
const password = "BenchForms2026";

export interface FormFigures {
  upload5kMs: number;
  check5kWithErrorMs: number;
  download5kMs: number;
  upload10kMs: number;
  refuse10001Ms: number;
  statuses: string;
}

async function fill(template: Buffer, rows: number, bad = false): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("DS landfills")!;
  // Written over the rows the template came with, so the list has exactly `rows` items.
  for (let i = 0; i < rows; i++)
    sheet.getRow(4 + i).values = [`Bãi chôn lấp số ${i + 1}`, i % 4 === 0 ? "Có" : "Không"];
  if (bad) sheet.getCell(`B${4 + rows - 1}`).value = "có lẽ";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function benchForms(databaseUrl: string | undefined): Promise<FormFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-bench-forms-"));
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? "", LOG_LEVEL: "warn" });
  const database = await openDbFromConfig(config);
  try {
    const db = database.db;
    await bootstrap(db, "BenchQuanTri2026"); // the shipped frameworks
    const province = await createOrgUnit(
      db,
      { code: "BENCH-BM", name: "Tỉnh Biểu Mẫu", level: "province" },
      ctx,
    );
    const agencyId = await createAgency(
      db,
      {
        code: "BENCH-BM-1",
        name: "Phòng đo biểu mẫu",
        kind: "department",
        orgUnitId: province,
        hasHeadSignOff: false,
      },
      ctx,
    );
    const deadlines = { submissionDue: "2024-02-20" };
    const cycle = await openCycle(
      db,
      { frameworkCode: "PEPI-2782", orgUnitId: province, year: 2023, deadlines },
      ctx,
    );
    await changeAssignments(db, cycle.id, { add: [{ agencyId, elementCode: "landfills" }], remove: [] }, ctx);
    const user = {
      username: "bench.bieumau",
      fullName: "Đo biểu mẫu",
      role: "reporter" as const,
      agencyId,
      password,
    };
    await createUser(db, user, ctx, { preparedPassword: true });
    const app = await buildApp({ config, database });
    const base = await app.listen({ host: "127.0.0.1", port: 0 });
    try {
      const login = await fetch(`${base}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: user.username, password }),
      });
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
      const url = `${base}/api/cycles/${cycle.id}/agencies/${agencyId}/form.xlsx`;
      const statuses: number[] = [];
      const timed = async (request: () => Promise<Response>) => {
        const started = performance.now();
        const response = await request();
        const body = Buffer.from(await response.arrayBuffer());
        statuses.push(response.status);
        return { ms: performance.now() - started, body };
      };
      const get = () => timed(() => fetch(url, { headers: { cookie } }));
      const upload = (content: Buffer) =>
        timed(() => {
          const form = new FormData();
          form.append("file", new Blob([new Uint8Array(content)]), "bieu-mau.xlsx");
          return fetch(url, { method: "POST", headers: { cookie, origin: base }, body: form });
        });
      const template = (await get()).body;
      const checked = await upload(await fill(template, 5_000, true));
      const saved = await upload(await fill(template, 5_000));
      const download = await get();
      // From the form as it is now (5,000 rows), as a person would download it again.
      const ten = await upload(await fill(download.body, 10_000));
      const refused = await upload(await fill(download.body, 10_001));
      return {
        upload5kMs: saved.ms,
        check5kWithErrorMs: checked.ms,
        download5kMs: download.ms,
        upload10kMs: ten.ms,
        refuse10001Ms: refused.ms,
        statuses: statuses.slice(1).join("/"),
      };
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const expectedStatuses = "422/200/200/200/422";

type Row = (label: string, goal: string, values: (string | undefined)[]) => void;

export function printForms(embedded: FormFigures, postgres: FormFigures | undefined, row: Row) {
  const f = (n: number | undefined) => (n === undefined ? undefined : n.toFixed(0));
  console.log("\nBiểu mẫu Excel / Excel forms (danh sách bãi chôn lấp)");
  row("Chỉ số / figure", "mục tiêu", ["Nhúng", "PostgreSQL"]);
  row("Tải lên, kiểm tra, lưu 5.000 dòng (ms)", "< 3000", [f(embedded.upload5kMs), f(postgres?.upload5kMs)]);
  row("5.000 dòng có 1 ô lỗi: kiểm tra, từ chối (ms)", "", [
    f(embedded.check5kWithErrorMs),
    f(postgres?.check5kWithErrorMs),
  ]);
  row("Tải biểu mẫu điền sẵn 5.000 dòng (ms)", "", [f(embedded.download5kMs), f(postgres?.download5kMs)]);
  row("Tải lên 10.000 dòng (ms)", "", [f(embedded.upload10kMs), f(postgres?.upload10kMs)]);
  row("10.001 dòng: từ chối gọn (ms)", "", [f(embedded.refuse10001Ms), f(postgres?.refuse10001Ms)]);
  row(`Mã trả về, mong đợi ${expectedStatuses}`, "", [embedded.statuses, postgres?.statuses]);
}

if (process.argv[1]?.endsWith("forms.ts")) {
  benchForms(process.env.BENCH_DATABASE_URL).then((figures) => console.log(figures));
}
