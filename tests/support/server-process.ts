// The real server as `npm start` runs it (the bundle through scripts/serve.sh), on its own data
// directory and port, for tests that watch the process itself: its flags, its database server,
// what survives a crash.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { databaseProcesses, signInCookie, waitForHealth } from "../../scripts/server-tools.js";
import { processIsAlive } from "../../src/server/db/data-dir-lock.js";

export { databaseProcesses, signInCookie };

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
    stdio: ["ignore", "ignore", "pipe"],
  });
  // What the server said before it answered, for the error when it never does.
  let said = "";
  child.stderr?.on("data", (data: Buffer) => {
    said = (said + data.toString("utf8")).slice(-4000);
  });
  await waitForHealth(base, 60_000, "the server started by scripts/serve.sh").catch((error: Error) => {
    throw new Error(`${error.message}\n${said}`);
  });
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

export async function waitUntilGone(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (processIsAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`process ${pid} still runs after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
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
