// Benchmark of the yearly cycle (issue 4): saving an agency form of 40 values with 20 users at
// once, and the coordinator's dashboard of a 25-agency cycle. The server runs in its own process.
import fs from "node:fs";
import http from "node:http";
import type { AgencyForm } from "../src/contracts/cycles.js";
import { embeddedUrl, rawCommitRate, rawSaveRate } from "./commit-rate.js";
import { benchEnvironment, login, startBenchScript, stop } from "./server.js";

const benchPassword = "BenchCycle2026";

export interface CycleFigures {
  users: number;
  valuesPerSave: number;
  /** With each person saving about once a second (autosave while typing). */
  saves: number;
  saveP50Ms: number;
  saveP95Ms: number;
  /** With everyone saving back to back, no pause. */
  flatSaves: number;
  flatSaveP95Ms: number;
  /** Saves per second with everyone saving back to back (each save is one transaction). */
  flatSavesPerSecond: number;
  /** One-row commits per second on the same database server, 20 connections. */
  rawCommitsPerSecond: number;
  /**
   * Commits per second of transactions that write as many rows as one save does (each value,
   * its version, the audit event), on the same server, 20 connections.
   */
  rawSaveSizedCommitsPerSecond: number;
  /** The save's own transaction replayed straight from a database client, one per agency. */
  rawSavesPerSecond: number;
  saveErrors: number;
  dashboardP50Ms: number;
  dashboardP95Ms: number;
}

interface Ready {
  base: string;
  cycleId: string;
  reporters: { username: string; agencyId: string }[];
  coordinator: string;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Values for every editable figure: numbers alternate each round, lists get three rows. */
function valuesFor(form: AgencyForm, round: number, versions: Map<string, number | null>) {
  return form.elements
    .filter((e) => !e.readOnly)
    .slice(0, 40)
    .map((e, i) => {
      const baseVersion = versions.get(e.code) ?? null;
      if (e.kind === "number") return { element: e.code, number: String(100 + i + (round % 2)), baseVersion };
      const row = (n: number) =>
        Object.fromEntries(
          e.fields.map((f) => [
            f.code,
            f.type === "boolean" ? (n + round) % 2 === 0 : f.type === "number" ? n + round : `Cơ sở ${n}`,
          ]),
        );
      return { element: e.code, list: [row(1), row(2), row(3)], baseVersion };
    });
}

interface Session {
  url: string;
  cookie: string;
  form: AgencyForm;
  versions: Map<string, number | null>;
}

/** Signs a reporter in and opens their form, before anything is timed. */
async function openForm(ready: Ready, reporter: { username: string; agencyId: string }): Promise<Session> {
  const cookie = await login(ready.base, reporter.username, benchPassword);
  const url = `${ready.base}/api/cycles/${ready.cycleId}/agencies/${reporter.agencyId}`;
  const form: AgencyForm = await (await fetch(`${url}/form`, { headers: { cookie } })).json();
  return { url, cookie, form, versions: new Map(form.elements.map((e) => [e.code, e.version])) };
}

// A plain keep-alive client: fetch's streams cost the load generator cores the server needs.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** PUTs a JSON body and reads the answer, on a kept-alive connection. */
function putJson(url: string, body: string, headers: Record<string, string>) {
  return new Promise<{ ok: boolean; body: unknown }>((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "PUT",
        agent,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => {
          const ok = (response.statusCode ?? 500) < 300;
          resolve({ ok, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** One reporter saving the whole form again and again, `pauseMs` after each answer. */
async function saveRepeatedly(
  ready: Ready,
  session: Session,
  until: number,
  latencies: number[],
  pauseMs: number,
) {
  const { url, cookie, form, versions } = session;
  let errors = 0;
  if (pauseMs > 0) await new Promise((r) => setTimeout(r, Math.random() * pauseMs));
  for (let round = 0; Date.now() < until; round++) {
    const values = valuesFor(form, round, versions);
    const started = performance.now();
    const response = await putJson(`${url}/values`, JSON.stringify({ values }), {
      cookie,
      origin: ready.base,
    });
    const body = response.body as { saved?: { element: string; version: number }[] };
    latencies.push(performance.now() - started);
    if (!response.ok || !body.saved) errors++;
    for (const s of body.saved ?? []) versions.set(s.element, s.version);
    // People do not type in step: each pause is drawn around the mean.
    if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs * (0.5 + Math.random())));
  }
  return { errors, valuesPerSave: valuesFor(form, 0, versions).length };
}

export async function benchCycle(databaseUrl: string | undefined, port: number): Promise<CycleFigures> {
  const { dataDir, env } = benchEnvironment("cycle", databaseUrl, port, benchPassword);
  const { child, ready } = await startBenchScript<Ready>("bench/cycle-server.ts", env);
  try {
    const users = Number(process.env.BENCH_USERS ?? ready.reporters.length);
    const sessions = await Promise.all(ready.reporters.slice(0, users).map((r) => openForm(ready, r)));
    const run = async (pauseMs: number, seconds: number) => {
      const latencies: number[] = [];
      const until = Date.now() + seconds * 1000;
      const results = await Promise.all(
        sessions.map((s) => saveRepeatedly(ready, s, until, latencies, pauseMs)),
      );
      latencies.sort((a, b) => a - b);
      return { latencies, results };
    };
    // Autosave: each person's form saves about once a second while they type.
    const paced = await run(1000, 10);
    const server = databaseUrl ?? embeddedUrl(dataDir);
    const valuesPerSave = paced.results[0]?.valuesPerSave ?? 0;
    const rawSaves = sessions.map((s) => ({
      cycleId: ready.cycleId,
      agencyId: s.url.split("/").at(-1)!,
      values: valuesFor(s.form, 0, s.versions).map((v) => ({
        element: v.element,
        number: v.number ?? null,
        list: v.list ?? null,
      })),
    }));
    // Worst case: every person saving back to back with no pause at all, in turns with the same
    // save transaction replayed straight into the database, so that both meet the same machine
    // (the tables grown as far, the same neighbours on shared cores) and the ratio compares like
    // with like.
    const flat = { latencies: [] as number[], results: [] as Awaited<ReturnType<typeof run>>["results"] };
    const rawSaveRates: number[] = [];
    const turns = 3;
    const turnSeconds = 5;
    for (let turn = 0; turn < turns; turn++) {
      const saving = await run(0, turnSeconds);
      flat.latencies.push(...saving.latencies);
      flat.results.push(...saving.results);
      rawSaveRates.push(await rawSaveRate(server, rawSaves, turnSeconds * 1000));
    }
    flat.latencies.sort((a, b) => a - b);
    const rawSavesPerSecond = rawSaveRates.reduce((a, b) => a + b, 0) / turns;
    const flatSeconds = turns * turnSeconds;
    const rawCommitsPerSecond = await rawCommitRate(server, 1);
    const rawSaveSizedCommitsPerSecond = await rawCommitRate(server, 2 * valuesPerSave + 1);
    const cookie = await login(ready.base, ready.coordinator, benchPassword);
    const dashboard: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = performance.now();
      const response = await fetch(`${ready.base}/api/cycles/${ready.cycleId}/dashboard`, {
        headers: { cookie },
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`dashboard: ${response.status}`);
      dashboard.push(performance.now() - started);
    }
    dashboard.sort((a, b) => a - b);
    return {
      users,
      valuesPerSave,
      saves: paced.latencies.length,
      saveP50Ms: percentile(paced.latencies, 50),
      saveP95Ms: percentile(paced.latencies, 95),
      flatSaves: flat.latencies.length,
      flatSaveP95Ms: percentile(flat.latencies, 95),
      flatSavesPerSecond: flat.latencies.length / flatSeconds,
      rawCommitsPerSecond,
      rawSaveSizedCommitsPerSecond,
      rawSavesPerSecond,
      saveErrors: [...paced.results, ...flat.results].reduce((n, r) => n + r.errors, 0),
      dashboardP50Ms: percentile(dashboard, 50),
      dashboardP95Ms: percentile(dashboard, 95),
    };
  } finally {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("cycle.ts")) {
  benchCycle(process.env.BENCH_DATABASE_URL, 3311).then((f) => console.log(f));
}
