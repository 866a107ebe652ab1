// What the tests and the benchmarks both do with a running server and its embedded database:
// wait until it answers, sign in, find the database's processes.
import fs from "node:fs";
import path from "node:path";

/** Waits until `/api/health` answers 2xx, or fails after `timeoutMs` saying `what` did not. */
export async function waitForHealth(base: string, timeoutMs: number, what = "the server"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false, // not listening yet
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${what} did not answer within ${timeoutMs} ms`);
}

/** Signs in and returns the session cookie (`name=value`). */
export async function signInCookie(base: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0]!;
}

/** The postmaster of a data directory's embedded database, or undefined when none runs. */
export function postmasterOf(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  return fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]) : undefined;
}

/** The postmaster and every process it has started (backends, WAL writer, checkpointer). */
export function databaseProcesses(postmaster: number): number[] {
  const parentOf = (pid: string) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    } catch {
      return undefined; // ended while we looked
    }
  };
  const children = fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry) && parentOf(entry) === postmaster)
    .map(Number);
  return [postmaster, ...children];
}
