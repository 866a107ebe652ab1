// Benchmark of the greenhouse-gas register (issue 16): the register page of 300 facilities with
// five years of reports, read by 20 people at once; beside it the province's picture (every
// facility's obligations and figures) and one facility's reports. The server runs in its own
// process (bench/ghg-register-server.ts).
import fs from "node:fs";
import autocannon from "autocannon";
import { benchEnvironment, login, startBenchScript, stop } from "./server.js";

const benchPassword = "BenchGhg2026";

export interface GhgRegisterFigures {
  users: number;
  registerP50Ms: number;
  /** autocannon's p97.5 (it has no p95): never flattering. */
  registerP95Ms: number;
  pictureP95Ms: number;
  reportsP95Ms: number;
  errors: number;
}

interface Ready {
  base: string;
  coordinator: string;
}

export async function benchGhgRegister(
  databaseUrl: string | undefined,
  port: number,
): Promise<GhgRegisterFigures> {
  const { dataDir, env } = benchEnvironment("ghg-register", databaseUrl, port, benchPassword);
  const { child, ready } = await startBenchScript<Ready>("bench/ghg-register-server.ts", env);
  try {
    const cookie = await login(ready.base, ready.coordinator, benchPassword);
    const read = (path: string, duration: number) =>
      autocannon({ url: `${ready.base}${path}`, connections: 20, duration, headers: { cookie } });
    await read("/api/ghg/facilities", 2);
    const register = await read("/api/ghg/facilities", 10);
    await read("/api/ghg/picture", 2);
    const picture = await read("/api/ghg/picture", 10);
    const facilities = (await (
      await fetch(`${ready.base}/api/ghg/facilities`, { headers: { cookie } })
    ).json()) as {
      items: { id: string }[];
    };
    const one = facilities.items[0]!.id;
    const reports = await read(`/api/ghg/facilities/${one}/reports`, 5);
    return {
      users: 20,
      registerP50Ms: register.latency.p50,
      registerP95Ms: register.latency.p97_5,
      pictureP95Ms: picture.latency.p97_5,
      reportsP95Ms: reports.latency.p97_5,
      errors:
        register.errors + register.non2xx + picture.errors + picture.non2xx + reports.errors + reports.non2xx,
    };
  } finally {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("ghg-register.ts")) {
  benchGhgRegister(process.env.BENCH_DATABASE_URL, 3315).then((f) => console.log(f));
}

type Row = (label: string, goal: string, values: (string | undefined)[]) => void;

export function printGhgRegister(
  embedded: GhgRegisterFigures,
  postgres: GhgRegisterFigures | undefined,
  row: Row,
) {
  const f = (n: number | undefined) => (n === undefined ? undefined : n.toFixed(0));
  console.log(
    `\nSổ cơ sở phát thải khí nhà kính: 300 cơ sở, 5 năm báo cáo, ${embedded.users} người cùng lúc`,
  );
  row("Chỉ số / figure", "mục tiêu", ["Nhúng", "PostgreSQL"]);
  row("Trang sổ cơ sở: p50 (ms)", "", [f(embedded.registerP50Ms), f(postgres?.registerP50Ms)]);
  row("Trang sổ cơ sở: p95* (ms)", "< 200", [f(embedded.registerP95Ms), f(postgres?.registerP95Ms)]);
  row("Bức tranh chung (mọi nghĩa vụ, mọi số liệu): p95* (ms)", "", [
    f(embedded.pictureP95Ms),
    f(postgres?.pictureP95Ms),
  ]);
  row("Báo cáo của một cơ sở: p95* (ms)", "", [f(embedded.reportsP95Ms), f(postgres?.reportsP95Ms)]);
  row("Lỗi / phản hồi không 2xx", "0", [
    String(embedded.errors),
    postgres ? String(postgres.errors) : undefined,
  ]);
}
