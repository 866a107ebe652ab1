// Benchmark of a province at commune scale (issue 13), on the documents benchmark's server of
// about 165 agencies: the coordinator's dashboard (goal p95 < 300 ms), 50 communes autosaving at
// once, each about once a second (goal p95 < 150 ms), and the dashboard's first screen in a real
// browser, from the address to the table of agencies (goal < 1,5 s).
import fs from "node:fs";
import type { AgencyForm } from "../src/contracts/cycles.js";
import { login } from "./server.js";

export interface CommuneScaleFigures {
  dashboardP50Ms: number;
  dashboardP95Ms: number;
  autosaveUsers: number;
  autosaves: number;
  autosaveP50Ms: number;
  autosaveP95Ms: number;
  autosaveErrors: number;
  /** Null when no Chromium is installed; the reason is then in `browserNote`. */
  browserFirstScreenMs: number | null;
  browserNote: string | null;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function timeDashboard(base: string, cycleId: string, cookie: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    const response = await fetch(`${base}/api/cycles/${cycleId}/dashboard`, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`dashboard: ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

/** A commune's reporter with a first password: changes it, as the first sign-in requires. */
async function signInFirstTime(base: string, username: string, temporary: string): Promise<string> {
  const cookie = await login(base, username, temporary);
  const chosen = `${temporary}-Xa2026`;
  const changed = await fetch(`${base}/api/auth/password`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: base },
    body: JSON.stringify({ currentPassword: temporary, newPassword: chosen }),
  });
  if (!changed.ok) throw new Error(`password: ${changed.status} ${await changed.text()}`);
  return login(base, username, chosen);
}

/** Each commune types one figure after another; its form saves about once a second. */
async function autosave(
  base: string,
  cycleId: string,
  commune: { cookie: string; agencyId: string },
  until: number,
  latencies: number[],
): Promise<number> {
  const url = `${base}/api/cycles/${cycleId}/agencies/${commune.agencyId}`;
  const form: AgencyForm = await (await fetch(`${url}/form`, { headers: { cookie: commune.cookie } })).json();
  const numbers = form.elements.filter((e) => !e.readOnly && e.kind === "number");
  const versions = new Map(numbers.map((e) => [e.code, e.version]));
  let errors = 0;
  // People do not all press a key in the same millisecond: each starts somewhere in the first second.
  await new Promise((r) => setTimeout(r, Math.random() * 1000));
  for (let round = 0; Date.now() < until && numbers.length > 0; round++) {
    const element = numbers[round % numbers.length]!;
    const started = performance.now();
    const response = await fetch(`${url}/values`, {
      method: "PUT",
      headers: { cookie: commune.cookie, "content-type": "application/json", origin: base },
      body: JSON.stringify({
        values: [
          {
            element: element.code,
            number: String(500 + round),
            baseVersion: versions.get(element.code) ?? null,
          },
        ],
      }),
    });
    latencies.push(performance.now() - started);
    if (!response.ok) {
      errors++;
      await response.arrayBuffer();
    } else {
      const body = (await response.json()) as { saved: { element: string; version: number }[] };
      for (const s of body.saved) versions.set(s.element, s.version);
    }
    await new Promise((r) => setTimeout(r, 700 + Math.random() * 600));
  }
  return errors;
}

/** The coordinator's dashboard in Chromium, from the address to the first rows of agencies. */
async function browserFirstScreen(base: string, cycleId: string, cookie: string) {
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
  if (!executablePath) return { ms: null, note: "không có Chromium trên máy" };
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const at = cookie.indexOf("=");
    await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: base }]);
    const page = await context.newPage();
    // Once to fill the browser's cache as a returning coordinator's is, then timed.
    await page.goto(`${base}/cycles/${cycleId}/dashboard`);
    await page.getByTestId("dashboard-agencies").locator("tbody tr").first().waitFor();
    const started = performance.now();
    await page.goto(`${base}/cycles/${cycleId}/dashboard`);
    await page.getByTestId("dashboard-agencies").locator("tbody tr").first().waitFor();
    return { ms: performance.now() - started, note: null };
  } finally {
    await browser.close();
  }
}

export async function benchCommuneScale(
  base: string,
  cycleId: string,
  coordinator: string,
  accounts: { username: string; temporaryPassword: string; agencyId: string }[],
): Promise<CommuneScaleFigures> {
  const dashboard = await timeDashboard(base, cycleId, coordinator);
  const communes = await Promise.all(
    accounts.slice(0, 50).map(async (a) => ({
      cookie: await signInFirstTime(base, a.username, a.temporaryPassword),
      agencyId: a.agencyId,
    })),
  );
  const latencies: number[] = [];
  const until = Date.now() + 15_000;
  const errors = await Promise.all(communes.map((c) => autosave(base, cycleId, c, until, latencies)));
  const browser = await browserFirstScreen(base, cycleId, coordinator);
  return {
    dashboardP50Ms: percentile(dashboard, 50),
    dashboardP95Ms: percentile(dashboard, 95),
    autosaveUsers: communes.length,
    autosaves: latencies.length,
    autosaveP50Ms: percentile(latencies, 50),
    autosaveP95Ms: percentile(latencies, 95),
    autosaveErrors: errors.reduce((a, b) => a + b, 0),
    browserFirstScreenMs: browser.ms,
    browserNote: browser.note,
  };
}

type Row = (label: string, goal: string, values: (string | undefined)[]) => void;

export function printCommuneScale(
  embedded: CommuneScaleFigures,
  postgres: CommuneScaleFigures | undefined,
  row: Row,
) {
  const f = (n: number | null | undefined) => (n === undefined || n === null ? undefined : n.toFixed(0));
  row("Bảng theo dõi, p50 (ms)", "", [f(embedded.dashboardP50Ms), f(postgres?.dashboardP50Ms)]);
  row("Bảng theo dõi, p95 (ms)", "< 300", [f(embedded.dashboardP95Ms), f(postgres?.dashboardP95Ms)]);
  row(`${embedded.autosaveUsers} xã tự lưu cùng lúc: số lần lưu`, "", [
    f(embedded.autosaves),
    f(postgres?.autosaves),
  ]);
  row("  lưu p50 (ms)", "", [f(embedded.autosaveP50Ms), f(postgres?.autosaveP50Ms)]);
  row("  lưu p95 (ms)", "< 150", [f(embedded.autosaveP95Ms), f(postgres?.autosaveP95Ms)]);
  row("  lỗi", "0", [f(embedded.autosaveErrors), f(postgres?.autosaveErrors)]);
  row("Màn hình đầu bảng theo dõi trong trình duyệt (ms)", "< 1500", [
    f(embedded.browserFirstScreenMs) ?? embedded.browserNote ?? undefined,
    f(postgres?.browserFirstScreenMs) ?? postgres?.browserNote ?? undefined,
  ]);
}
