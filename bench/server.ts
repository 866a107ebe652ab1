// Benchmark of the foundation (issue: start time, authenticated reads under load, memory).
// Measures a real server process started the way `npm start` starts it.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { buildServerIfStale } from "../scripts/build-server-if-stale.js";
import { databaseProcesses, postmasterOf, signInCookie, waitForHealth } from "../scripts/server-tools.js";

export interface ServerFigures {
  startToFirstRequestMs: number;
  readP50Ms: number;
  readP95Ms: number;
  readP99Ms: number;
  /** The same read with 10 connections, for comparison with a lighter load. */
  readP95At10Ms: number;
  requestsPerSecond: number;
  errors: number;
  rssAfterMb: number;
  /** The embedded database server's processes, proportional set size (shared memory split). */
  databaseMb?: number;
}

const demoPassword = "BenchDemo2026";

function runCli(env: NodeJS.ProcessEnv, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server/cli.ts", ...args], {
      env,
      stdio: "ignore",
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`cli ${args[0]} exited ${code}`))));
  });
}

/**
 * As `npm start` runs it: the server bundle through scripts/serve.sh, with its Node.js flags and
 * memory settings. The script execs Node, so the child's pid is the server's.
 */
export function startServer(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn("sh", ["scripts/serve.sh"], { env: { ...env, NODE: process.execPath }, stdio: "ignore" });
}

/**
 * A bench script that prepares its data and serves it in the same process (`bench/*-server.ts`);
 * resolves with the JSON line it prints once it listens, the one that starts with `{"base"`.
 */
export function startBenchScript<Ready>(
  script: string,
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited ${code}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith('{"base"')) resolve({ child, ready: JSON.parse(line) });
    });
  });
}

/**
 * A data directory of its own and the environment of a server on it: the embedded database, or
 * `databaseUrl`'s; BENCH_PASSWORD for the bench scripts' users and a random first administrator.
 */
export function benchEnvironment(
  name: string,
  databaseUrl: string | undefined,
  port: number,
  password: string,
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `pepi-bench-${name}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: "warn",
    BENCH_PASSWORD: password,
    ADMIN_INITIAL_PASSWORD: `Bench-${randomBytes(6).toString("hex")}-2026`,
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  return { dataDir, env };
}

export { signInCookie as login } from "../scripts/server-tools.js";
export { waitForHealth };

/** The embedded PostgreSQL of a data directory: its postmaster and children, in MB of PSS. */
export function embeddedDatabaseMb(dataDir: string): number | undefined {
  const postmaster = postmasterOf(dataDir);
  if (postmaster === undefined) return undefined;
  let kb = 0;
  for (const pid of databaseProcesses(postmaster)) {
    try {
      kb += Number(/Pss:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
    } catch {
      // ended while we looked
    }
  }
  return kb / 1024;
}

/** Samples a process's memory every 20 ms until `stop`, which gives the highest seen (MB RSS). */
export function rssPeakSampler(pid: number): { stop(): number } {
  let peak = rssMb(pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 20);
  return {
    stop() {
      clearInterval(sampler);
      return Math.max(peak, rssMb(pid));
    },
  };
}

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

export async function benchServer(databaseUrl: string | undefined, port: number): Promise<ServerFigures> {
  await buildServerIfStale();
  const { dataDir, env } = benchEnvironment("server", databaseUrl, port, demoPassword);
  const base = `http://127.0.0.1:${port}`;
  try {
    // Prepare an existing data directory (migrated, demo loaded), as after a first start.
    await runCli(env, ["demo", "--password", demoPassword]);

    const startedAt = performance.now();
    const server = startServer(env);
    try {
      await waitForHealth(base, 60_000);
      const startToFirstRequestMs = performance.now() - startedAt;

      const cookie = await signInCookie(base, "demo.dieuphoi", demoPassword);

      const read = (connections: number, duration: number) =>
        autocannon({ url: `${base}/api/agencies`, connections, duration, headers: { cookie } });
      const result = await read(50, 10);
      const light = await read(10, 5);
      return {
        readP95At10Ms: percentile95(light),
        startToFirstRequestMs,
        readP50Ms: result.latency.p50,
        readP95Ms: percentile95(result),
        readP99Ms: result.latency.p99,
        requestsPerSecond: result.requests.average,
        errors: result.errors + result.non2xx,
        rssAfterMb: rssMb(server.pid!),
        databaseMb: databaseUrl ? undefined : embeddedDatabaseMb(dataDir),
      };
    } finally {
      await stop(server);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** autocannon reports p90 and p97.5, not p95: take the higher one, so the figure is never flattering. */
function percentile95(result: autocannon.Result): number {
  return result.latency.p97_5;
}
