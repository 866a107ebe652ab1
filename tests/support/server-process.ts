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
