// Benchmark of the leader's home (issue 11): the standing of a province with six assessment
// years and every province's published PEPI and PGI results, read by 20 people at once; and
// the tile-grid map; and a plan's page with its targets' actuals (bench/plan-page.ts). The server
// runs in its own process (bench/home-server.ts).
import fs from "node:fs";
import autocannon from "autocannon";
import { seedPlan } from "./plan-page.js";
import { benchEnvironment, login, startBenchScript, stop } from "./server.js";

const benchPassword = "BenchHome2026";

export interface HomeFigures {
  users: number;
  standingP50Ms: number;
  /** autocannon's p97.5 (it has no p95): never flattering. */
  standingP95Ms: number;
  mapP95Ms: number;
  /** A plan of twelve targets with their actuals and sixty tasks, read by as many at once. */
  planP50Ms: number;
  planP95Ms: number;
  /** The same plan's progress reports (its periods, each with every agency's state), read alongside. */
  reportsP95Ms: number;
  /** The green index page: every year of every province, the merged province's former ones side by side. */
  pgiP50Ms: number;
  pgiP95Ms: number;
  errors: number;
}

interface Ready {
  base: string;
  leader: string;
  coordinator: string;
}

export async function benchHome(databaseUrl: string | undefined, port: number): Promise<HomeFigures> {
  const { dataDir, env } = benchEnvironment("home", databaseUrl, port, benchPassword);
  const { child, ready } = await startBenchScript<Ready>("bench/home-server.ts", env);
  try {
    const cookie = await login(ready.base, ready.leader, benchPassword);
    const read = (path: string, duration: number) =>
      autocannon({ url: `${ready.base}${path}`, connections: 20, duration, headers: { cookie } });
    // Warm: the first standing compiles the frameworks and loads the charts' data.
    await read("/api/standing", 2);
    const standing = await read("/api/standing", 10);
    const map = await read("/api/standing/map?kind=pepi&year=2025", 5);
    const planId = await seedPlan(ready.base, await login(ready.base, ready.coordinator, benchPassword));
    await read(`/api/plans/${planId}`, 2);
    const plan = await read(`/api/plans/${planId}`, 10);
    const reports = await read(`/api/plans/${planId}/reports`, 10);
    await read("/api/pgi", 2);
    const pgi = await read("/api/pgi", 10);
    return {
      users: 20,
      standingP50Ms: standing.latency.p50,
      standingP95Ms: standing.latency.p97_5,
      mapP95Ms: map.latency.p97_5,
      planP50Ms: plan.latency.p50,
      planP95Ms: plan.latency.p97_5,
      reportsP95Ms: reports.latency.p97_5,
      pgiP50Ms: pgi.latency.p50,
      pgiP95Ms: pgi.latency.p97_5,
      errors:
        standing.errors +
        standing.non2xx +
        map.errors +
        map.non2xx +
        plan.errors +
        plan.non2xx +
        reports.errors +
        reports.non2xx +
        pgi.errors +
        pgi.non2xx,
    };
  } finally {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("home.ts")) {
  benchHome(process.env.BENCH_DATABASE_URL, 3313).then((f) => console.log(f));
}

type Row = (label: string, goal: string, values: (string | undefined)[]) => void;

export function printHome(embedded: HomeFigures, postgres: HomeFigures | undefined, row: Row) {
  const f = (n: number | undefined) => (n === undefined ? undefined : n.toFixed(0));
  console.log(
    `\nTrang chủ lãnh đạo / leader's home: 6 năm kết quả, kết quả công bố của mọi tỉnh, ${embedded.users} người cùng lúc`,
  );
  row("Chỉ số / figure", "mục tiêu", ["Nhúng", "PostgreSQL"]);
  row("Vị thế của tỉnh: p50 (ms)", "", [f(embedded.standingP50Ms), f(postgres?.standingP50Ms)]);
  row("Vị thế của tỉnh: p95* (ms)", "< 200", [f(embedded.standingP95Ms), f(postgres?.standingP95Ms)]);
  row("Bản đồ ô các tỉnh: p95* (ms)", "", [f(embedded.mapP95Ms), f(postgres?.mapP95Ms)]);
  row("Trang kế hoạch (12 chỉ tiêu, 60 nhiệm vụ): p50 (ms)", "", [
    f(embedded.planP50Ms),
    f(postgres?.planP50Ms),
  ]);
  row("Trang kế hoạch (12 chỉ tiêu, 60 nhiệm vụ): p95* (ms)", "< 200", [
    f(embedded.planP95Ms),
    f(postgres?.planP95Ms),
  ]);
  row("Báo cáo tiến độ của kế hoạch (6 kỳ): p95* (ms)", "< 200", [
    f(embedded.reportsP95Ms),
    f(postgres?.reportsP95Ms),
  ]);
  row("Trang Chỉ số Xanh (PGI) của tỉnh, mọi năm, mọi tỉnh: p50 (ms)", "", [
    f(embedded.pgiP50Ms),
    f(postgres?.pgiP50Ms),
  ]);
  row("Trang Chỉ số Xanh (PGI) của tỉnh, mọi năm, mọi tỉnh: p95* (ms)", "< 200", [
    f(embedded.pgiP95Ms),
    f(postgres?.pgiP95Ms),
  ]);
  row("Lỗi / phản hồi không 2xx", "0", [
    String(embedded.errors),
    postgres ? String(postgres.errors) : undefined,
  ]);
}
