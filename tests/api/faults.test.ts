// Faults get clear answers, on the real server process: a disk that fills up (a small tmpfs
// under DATA_DIR), a database that hangs (its processes stopped with SIGSTOP) and one that dies.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  databaseProcesses,
  firstAdminPassword,
  type ServerProcess,
  signInAdmin,
  startServerProcess,
} from "../support/server-process.js";

// A tmpfs of its own is the only way to fill a disk without filling the machine's: it needs root.
const mountDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-full-"));
const canMount =
  process.getuid?.() === 0 &&
  spawnSync("mount", ["-t", "tmpfs", "-o", "size=160m,mode=0700", "tmpfs", mountDir]).status === 0;
if (!canMount) {
  if (process.env.CI) throw new Error("the fault tests mount a small tmpfs and need root");
  console.log("Bỏ qua kiểm thử sự cố: cần quyền root để gắn một tmpfs nhỏ");
}

let server: ServerProcess;
let cookie: string;
const dataDir = path.join(mountDir, "data");

const api = async (method: string, url: string, body?: unknown) => {
  const response = await fetch(`${server.base}${url}`, {
    method,
    headers: { cookie, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: await response.json(), ms: 0 };
};

const timed = async (method: string, url: string, body?: unknown) => {
  const started = performance.now();
  const answer = await api(method, url, body);
  return { ...answer, ms: performance.now() - started };
};

beforeAll(async () => {
  if (!canMount) return;
  server = await startServerProcess(dataDir, {
    ADMIN_INITIAL_PASSWORD: firstAdminPassword,
    STORAGE_MIN_FREE_MB: "40",
    DATABASE_QUERY_TIMEOUT_SECONDS: "2",
  });
  cookie = await signInAdmin(server);
}, 90_000);

afterAll(async () => {
  await server?.stop("SIGKILL").catch(() => {});
  if (canMount) spawnSync("umount", ["-l", mountDir]);
  fs.rmSync(mountDir, { recursive: true, force: true });
});

describe.runIf(canMount || process.env.CI)("faults", () => {
  it("refuses writes with 507 before the disk is full, says so in /api/health, and recovers", async () => {
    const unit = (await api("GET", "/api/org-units")).json.items[0].id;
    const agency = (name: string) => ({
      code: name,
      name: `Cơ quan ${name}`,
      kind: "department",
      orgUnitId: unit,
    });
    expect((await api("POST", "/api/agencies", agency("DIA-1"))).status).toBe(201);
    const healthy = await api("GET", "/api/health");
    expect(healthy.json.storage.freeMb).toBeGreaterThan(40);

    // Fill the disk to 20 MB short of full: under the 40 MB the server keeps free.
    const filler = path.join(mountDir, "filler");
    const { bavail, bsize } = fs.statfsSync(mountDir);
    fs.writeFileSync(filler, Buffer.alloc(bavail * bsize - 20 * 1024 * 1024));
    await new Promise((r) => setTimeout(r, 2100)); // the guard looks every two seconds
    const refused = await api("POST", "/api/agencies", agency("DIA-2"));
    expect(refused.status).toBe(507);
    expect(refused.json.error.code).toBe("STORAGE_FULL");
    expect(refused.json.error.message).toContain("hết dung lượng lưu trữ");
    const health = await api("GET", "/api/health");
    expect(health.status).toBe(507);
    // Reading still works: only writes wait for space.
    expect((await api("GET", "/api/agencies")).status).toBe(200);

    fs.rmSync(filler);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await api("POST", "/api/agencies", agency("DIA-3"))).status).toBe(201);
    const names = (await api("GET", "/api/agencies")).json.items.map((a: { code: string }) => a.code);
    expect(names).toEqual(expect.arrayContaining(["DIA-1", "DIA-3"]));
    expect(names).not.toContain("DIA-2");
  });

  it("answers 503 within seconds while the database hangs, and works again once it answers", async () => {
    const stopped = databaseProcesses(server.postmasterPid());
    for (const pid of stopped) process.kill(pid, "SIGSTOP");
    try {
      const [read, health] = await Promise.all([
        timed("GET", "/api/audit-events"),
        timed("GET", "/api/health"),
      ]);
      expect(read.status).toBe(503);
      expect(["DATABASE_TIMEOUT", "DATABASE_UNAVAILABLE"]).toContain(read.json.error.code);
      expect(read.ms).toBeLessThan(8000);
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(3000);
    } finally {
      for (const pid of stopped) process.kill(pid, "SIGCONT");
    }
    await expect
      .poll(async () => (await api("GET", "/api/audit-events")).status, { timeout: 15_000 })
      .toBe(200);
  });

  it("stops the application when its database dies, for the service manager to restart both", async () => {
    const exited = new Promise<number | null>((resolve) =>
      server.child.once("exit", (code) => resolve(code)),
    );
    process.kill(server.postmasterPid(), "SIGKILL");
    expect(await exited).toBe(1);
  });
});
