import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  acquireDataDirLock,
  DataDirLockedError,
  processStartedAt,
} from "../../src/server/db/data-dir-lock.js";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("data directory lock", () => {
  it("refuses a second holder while the first lives, and frees on release", () => {
    const dir = tempDir();
    const first = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    first.release();
    acquireDataDirLock(dir).release();
  });

  it("takes over a lock left by a process that has died", () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid!;
    fs.writeFileSync(
      path.join(dir, "pepi-hub.lock"),
      JSON.stringify({ pid: dead, hostname: os.hostname(), startedAt: "2026-01-01T00:00:00Z" }),
    );
    acquireDataDirLock(dir).release();
  });

  it("takes over a lock whose PID now belongs to a process started later (a reboot reused it)", () => {
    const dir = tempDir();
    // This very process is alive, but started long after the lock was written.
    fs.writeFileSync(
      path.join(dir, "pepi-hub.lock"),
      JSON.stringify({ pid: process.pid, hostname: os.hostname(), startedAt: "2020-01-01T00:00:00Z" }),
    );
    acquireDataDirLock(dir).release();
  });

  it.runIf(process.platform === "linux")("reads when a process started", () => {
    const expected = Date.now() - process.uptime() * 1000;
    expect(Math.abs(processStartedAt(process.pid)! - expected)).toBeLessThan(3000);
  });

  it("stops a second process on the same data directory with a clear message", () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir);
    try {
      const result = spawnSync(
        process.execPath,
        ["--import", "tsx", "src/server/cli.ts", "backup", "/tmp/x.gz"],
        {
          env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "" },
          encoding: "utf8",
        },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("Thư mục dữ liệu đang được một tiến trình khác sử dụng");
      expect(result.stderr).toContain(`PID ${process.pid}`);
    } finally {
      lock.release();
    }
  });
});
