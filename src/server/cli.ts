// Operations from the command line: `npm run cli -- <command>`. Each command opens the database
// the same way the server does (and so refuses to run beside a server on the same embedded data).
import { parseArgs } from "node:util";
import { formatErrorMessage } from "../contracts/errors.js";
import type { Database } from "./db/client.js";
import { describeOpenFailure, openDbFromConfig } from "./db/open-from-config.js";
import { findUserByUsername } from "./features/auth/auth.repo.js";
import { BackupFileError, createBackup, restoreBackup } from "./features/system/backup.service.js";
import { bootstrap } from "./features/system/bootstrap.js";
import { loadDemo } from "./features/system/demo.service.js";
import { convertFormerPgliteData } from "./features/system/pglite-conversion.js";
import { resetPassword } from "./features/users/users.service.js";
import { systemContext } from "./platform/audit.js";
import { type AppConfig, ConfigError, loadConfig } from "./platform/config.js";
import { AppError } from "./platform/errors.js";
import { generatePassword } from "./platform/passwords.js";

const usage = `PEPI Hub – lệnh vận hành / operations
  npm run cli -- backup FILE            sao lưu toàn bộ dữ liệu vào FILE (.jsonl.gz)
  npm run cli -- restore FILE --yes     thay toàn bộ dữ liệu bằng bản sao lưu FILE
    Mã hóa bản sao lưu: đặt cụm mật khẩu (ít nhất 12 ký tự) trong biến BACKUP_PASSPHRASE khi sao lưu
    và khi khôi phục; tệp mã hóa theo chuẩn age (age -d FILE | gunzip cũng mở được).
  npm run cli -- demo [--password P]    nạp tỉnh trình diễn với một người dùng cho mỗi vai trò
  npm run cli -- reset-password USER    đặt mật khẩu tạm mới cho USER (ví dụ: admin)`;

type Command = (
  database: Database,
  args: string[],
  flags: Record<string, string | boolean | undefined>,
  config: AppConfig,
) => Promise<void>;

/** From the environment, not the command line, where other users of the machine could read it. */
function backupPassphrase(): string | undefined {
  const passphrase = process.env.BACKUP_PASSPHRASE;
  if (!passphrase) return undefined;
  if ([...passphrase].length < 12)
    throw new UsageError("BACKUP_PASSPHRASE cần ít nhất 12 ký tự (nên dùng 4–5 từ ngẫu nhiên).");
  return passphrase;
}

const commands: Record<string, Command> = {
  async backup(database, [file], _flags, config) {
    if (!file) throw new UsageError("Thiếu tên tệp: npm run cli -- backup FILE");
    const passphrase = backupPassphrase();
    const counts = await createBackup(database.db, file, undefined, {
      filesDir: config.filesDir,
      passphrase,
    });
    console.log(`Đã sao lưu${passphrase ? " (đã mã hóa)" : ""} vào ${file}: ${describeCounts(counts)}`);
  },
  async restore(database, [file], flags, config) {
    if (!file) throw new UsageError("Thiếu tên tệp: npm run cli -- restore FILE --yes");
    if (!flags.yes) {
      throw new UsageError("Khôi phục sẽ thay toàn bộ dữ liệu hiện có. Chạy lại với --yes để xác nhận.");
    }
    const counts = await restoreBackup(database.db, file, systemContext("restore"), {
      filesDir: config.filesDir,
      passphrase: backupPassphrase(),
    });
    console.log(`Đã khôi phục từ ${file}: ${describeCounts(counts)}. Mọi phiên đăng nhập đã kết thúc.`);
  },
  async demo(database, _args, flags) {
    const password =
      typeof flags.password === "string" ? flags.password : (process.env.DEMO_PASSWORD ?? generatePassword());
    const result = await loadDemo(database.db, password, systemContext("demo"));
    if (result.alreadyLoaded) {
      console.log("Dữ liệu trình diễn đã được nạp trước đây; không thay đổi gì.");
      return;
    }
    console.log("Đã nạp tỉnh trình diễn “Tỉnh Minh Họa” (DỮ LIỆU TRÌNH DIỄN, không phải số liệu thật).");
    console.log(`Mật khẩu chung của các tài khoản trình diễn: ${password}`);
    for (const user of result.users) console.log(`  ${user.username.padEnd(18)} ${user.role}`);
  },
  async "reset-password"(database, [username]) {
    if (!username) throw new UsageError("Thiếu tên đăng nhập: npm run cli -- reset-password USER");
    const user = await findUserByUsername(database.db, username.toLowerCase());
    if (!user) throw new UsageError(`Không có người dùng “${username}”.`);
    const password = await resetPassword(database.db, user.id, systemContext("cli"));
    console.log(`Mật khẩu tạm mới của ${user.username}: ${password} (phải đổi khi đăng nhập).`);
  },
};

class UsageError extends Error {}

function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ");
}

async function main() {
  // Backups and restored documents are readable by the service's user only.
  process.umask(0o077);
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      yes: { type: "boolean" },
      password: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [name, ...args] = positionals;
  const command = name ? commands[name] : undefined;
  if (!command || values.help) {
    console.log(usage);
    process.exit(command || values.help ? 0 : 2);
  }
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  let database: Database;
  try {
    // A backup or restore of years of data may run long statements: no request is waiting here.
    database = await openDbFromConfig({ ...config, DATABASE_QUERY_TIMEOUT_SECONDS: 3600 });
  } catch (error) {
    throw new UsageError(describeOpenFailure(error, config));
  }
  try {
    if (database.kind === "embedded")
      await convertFormerPgliteData(database.db, config.DATA_DIR, (m) => console.log(m));
    // A restore replaces everything: an administrator made first would be discarded with its password.
    if (name !== "restore") {
      const { createdAdmin } = await bootstrap(database.db, config.ADMIN_INITIAL_PASSWORD);
      if (createdAdmin?.password) {
        console.log(
          `Đã tạo tài khoản quản trị “${createdAdmin.username}”, mật khẩu: ${createdAdmin.password}`,
        );
      }
    }
    await command(database, args, values, config);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  if (error instanceof UsageError || error instanceof BackupFileError) console.error(error.message);
  else if (error instanceof AppError) console.error(formatErrorMessage(error.code, error.params, "vi"));
  else console.error(error);
  process.exit(1);
});
