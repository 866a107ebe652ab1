// One application per data directory: the process that opens it holds an exclusive lock file and
// every other one (a second server, a CLI command beside it) stops with a message. The lock also
// tells a database server left by a dead application from one in use (db/embedded-postgres.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: { pid: number; hostname: string; startedAt: string },
  ) {
    super(
      `Thư mục dữ liệu đang được một tiến trình khác sử dụng (PID ${holder.pid} trên máy ${holder.hostname}, từ ${holder.startedAt}). ` +
        `Hãy dừng tiến trình đó trước, hoặc dùng DATA_DIR khác. Tệp khóa: ${lockFile}\n` +
        `The data directory is in use by another process (PID ${holder.pid} on ${holder.hostname}). Stop it first.`,
    );
    this.name = "DataDirLockedError";
  }
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * When a process started (ms since the epoch), from /proc on Linux; null where that cannot be
 * read. After a reboot an old PID often belongs to another process, one that started later.
 */
export function processStartedAt(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22, counted after the command name (which may hold spaces), in clock ticks since boot.
    const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    const bootSeconds = Number(/^btime (\d+)$/m.exec(fs.readFileSync("/proc/stat", "utf8"))?.[1]);
    // USER_HZ is 100 on every Linux platform Node runs on.
    return Number.isFinite(ticks) && Number.isFinite(bootSeconds) ? bootSeconds * 1000 + ticks * 10 : null;
  } catch {
    return null;
  }
}

/** The process `pid` is alive and is the one that started at `startedAt` (or before), not a later one. */
export function isSameProcess(pid: number, startedAt: number): boolean {
  if (!processIsAlive(pid)) return false;
  const started = processStartedAt(pid);
  // Clock ticks and a lock written just after the start: two seconds of slack.
  return started === null || started <= startedAt + 2000;
}

export interface DataDirLock {
  release(): void;
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lockFile = path.join(dataDir, "pepi-hub.lock");
  const me = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(me), { flag: "wx", mode: 0o600 });
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          fs.rmSync(lockFile, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockFile);
      const stale =
        holder !== undefined &&
        holder.hostname === me.hostname &&
        !isSameProcess(holder.pid, Date.parse(holder.startedAt) || Number.POSITIVE_INFINITY);
      if (!stale) throw new DataDirLockedError(lockFile, holder ?? { pid: 0, hostname: "?", startedAt: "?" });
      // The process that wrote it has died without cleaning up: take the lock over.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Không lấy được khóa thư mục dữ liệu ${lockFile}`);
}

function readHolder(lockFile: string): { pid: number; hostname: string; startedAt: string } | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockFile, "utf8"));
  } catch {
    return undefined;
  }
}
