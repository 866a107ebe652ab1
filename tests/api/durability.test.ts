// An acknowledged save survives a crash and a power cut on the default installation: the embedded
// PostgreSQL flushes its write-ahead log to disk before a commit returns. Proven on the real
// server process: strace counts the flushes the database server makes while the API commits
// writes, and a crash of the application and its database (kill -9) loses none of them.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  databaseProcesses,
  firstAdminPassword,
  type ServerProcess,
  signInAdmin,
  startServerProcess,
  waitUntilGone,
} from "../support/server-process.js";

const hasStrace = spawnSync("strace", ["-V"]).status === 0;
if (!hasStrace) {
  if (process.env.CI) throw new Error("strace is required for the durability test (apt-get install strace)");
  console.log("Bỏ qua kiểm thử độ bền ghi: chưa cài strace (apt-get install strace)");
}

let dataDir: string;
let server: ServerProcess;
let cookie: string;
let provinceId: string;

async function api(method: string, url: string, body?: unknown) {
  const response = await fetch(`${server.base}${url}`, {
    method,
    headers: { cookie, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: await response.json() };
}

async function start() {
  server = await startServerProcess(dataDir, { ADMIN_INITIAL_PASSWORD: firstAdminPassword });
  cookie = await signInAdmin(server);
}

const createAgency = (i: number) =>
  api("POST", "/api/agencies", {
    code: `BEN-${i}`,
    name: `Cơ quan kiểm thử độ bền ${i}`,
    kind: "department",
    orgUnitId: provinceId,
  });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-durable-"));
  await start();
  const units = await api("GET", "/api/org-units");
  provinceId = units.json.items.find((u: { level: string }) => u.level === "province").id;
}, 90_000);

afterAll(async () => {
  await server?.stop("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.runIf(hasStrace || process.env.CI)("durable saves on the embedded database", () => {
  it("runs its database with fsync and synchronous commit on", async () => {
    const client = new pg.Client({
      host: path.join(dataDir, "run"),
      user: "postgres",
      database: "postgres",
    });
    await client.connect();
    try {
      for (const name of ["fsync", "synchronous_commit", "full_page_writes"]) {
        const { rows } = await client.query(`show ${name}`);
        expect(rows[0][name], name).toBe("on");
      }
    } finally {
      await client.end();
    }
  });

  it("flushes the write-ahead log to disk for every acknowledged write", async () => {
    const traced = databaseProcesses(server.postmasterPid());
    const log = path.join(dataDir, "strace.log");
    const strace = spawn(
      "strace",
      ["-f", "-qq", "-e", "trace=fsync,fdatasync", "-o", log, ...traced.flatMap((p) => ["-p", String(p)])],
      { stdio: "ignore" },
    );
    // strace has attached once it writes its log file.
    for (let i = 0; i < 100 && !fs.existsSync(log); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    const writes = 25;
    for (let i = 0; i < writes; i++) expect((await createAgency(i)).status).toBe(201);
    strace.kill("SIGINT");
    await new Promise((resolve) => strace.once("exit", resolve));
    const flushes = fs
      .readFileSync(log, "utf8")
      .split("\n")
      .filter((line) => /\b(fsync|fdatasync)\(/.test(line) && !line.includes("= -1"));
    // Each commit waits for its own flush of the log (concurrent ones may share one).
    expect(flushes.length).toBeGreaterThanOrEqual(writes);
  });

  it("keeps every acknowledged write through a crash of the application and its database", async () => {
    const acknowledged: string[] = [];
    for (let i = 100; i < 140; i++) {
      const response = await createAgency(i);
      expect(response.status).toBe(201);
      acknowledged.push(response.json.id);
    }
    const postmaster = server.postmasterPid();
    // As a power cut would: nothing gets to shut down in order.
    process.kill(postmaster, "SIGKILL");
    await server.stop("SIGKILL");
    await waitUntilGone(postmaster, 10_000);
    await start();
    const list = await api("GET", "/api/agencies");
    const ids = new Set(list.json.items.map((a: { id: string }) => a.id));
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  });
});
