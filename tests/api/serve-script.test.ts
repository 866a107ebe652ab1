// `npm start` runs the server bundle through scripts/serve.sh: the memory settings it applies are
// part of how the server meets its memory goals, so they are checked on a real process.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServerIfStale } from "../../scripts/build-server-if-stale.js";

let dataDir: string;
let server: ChildProcess;
let base: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

async function waitForHealth(timeoutMs: number) {
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

beforeAll(async () => {
  await buildServerIfStale();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-serve-"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    PORT: String(port),
    LOG_LEVEL: "warn",
  };
  delete env.MALLOC_ARENA_MAX;
  server = spawn("sh", ["scripts/serve.sh"], {
    env: { ...env, ADMIN_INITIAL_PASSWORD: "ServeScript2026", NODE: process.execPath },
    stdio: "ignore",
  });
  await waitForHealth(60_000);
}, 90_000);

afterAll(() => {
  if (server.exitCode === null) server.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("scripts/serve.sh", () => {
  it("execs Node itself, with the young-generation and thread-pool flags", () => {
    const args = fs.readFileSync(`/proc/${server.pid}/cmdline`, "utf8").split("\0");
    expect(args[0]).toBe(process.execPath);
    expect(args).toContain("--max-semi-space-size=4");
    expect(args).toContain("--v8-pool-size=1");
    expect(args.some((a) => a.endsWith("dist/server/main.mjs"))).toBe(true);
  });

  it("limits glibc to two malloc arenas unless told otherwise", () => {
    const environment = fs.readFileSync(`/proc/${server.pid}/environ`, "utf8").split("\0");
    expect(environment).toContain("MALLOC_ARENA_MAX=2");
  });

  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
