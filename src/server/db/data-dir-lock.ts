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
      const stale = holder !== undefined && holder.hostname === me.hostname && !processIsAlive(holder.pid);
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
