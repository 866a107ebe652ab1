// The real server as `npm start` runs it (the bundle through scripts/serve.sh), on its own data
// directory and port, for tests that watch the process itself: its flags, its database server,
// what survives a crash.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { buildServerIfStale } from "../../scripts/build-server-if-stale.js";

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  /** The embedded PostgreSQL's postmaster, read from its pid file. */
  postmasterPid(): number;
  /** Sends `signal` to the application and waits until it and its database server are gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

async function waitForHealth(base: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server started by scripts/serve.sh did not answer within ${timeoutMs} ms`);
}

/** Starts the server on the embedded database in `dataDir` and waits until it answers. */
export async function startServerProcess(
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> {
  await buildServerIfStale();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn("sh", ["scripts/serve.sh"], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      PORT: String(port),
      LOG_LEVEL: "warn",
      STORAGE_MIN_FREE_MB: "0",
      NODE: process.execPath,
      ...env,
    },
    stdio: "ignore",
  });
  await waitForHealth(base, 60_000);
  const postmasterPid = () =>
    Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  const postmaster = postmasterPid();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    base,
    postmasterPid,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      await waitUntilGone(postmaster, 30_000);
      return code;
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntilGone(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`process ${pid} still runs after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
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

export const firstAdminPassword = "QuanTri-Ban-Dau-2026";
const ownAdminPassword = "QuanTri-Tu-Dat-2026";

/**
 * Signs the administrator in (started with ADMIN_INITIAL_PASSWORD = firstAdminPassword) and
 * returns the session cookie; the first time, changes the first password as the server requires.
 */
export async function signInAdmin(server: ServerProcess): Promise<string> {
  const own = await fetch(`${server.base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: ownAdminPassword }),
  });
  if (own.ok) return (own.headers.get("set-cookie") ?? "").split(";")[0]!;
  const cookie = await signInCookie(server.base, "admin", firstAdminPassword);
  const changed = await fetch(`${server.base}/api/auth/password`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ currentPassword: firstAdminPassword, newPassword: ownAdminPassword }),
  });
  if (!changed.ok) throw new Error(`password change: ${changed.status} ${await changed.text()}`);
  return cookie;
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
