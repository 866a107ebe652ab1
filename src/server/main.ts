// Starts PEPI Hub: configuration, database (migrated), first-start bootstrap, HTTP server.
import { buildApp } from "./app.js";
import { describeOpenFailure, openDbFromConfig } from "./db/open-from-config.js";
import { deleteExpiredSessions } from "./features/auth/auth.repo.js";
import { startMailWorkerFromConfig } from "./features/notifications/mail-worker.js";
import { bootstrap } from "./features/system/bootstrap.js";
import { convertFormerPgliteData } from "./features/system/pglite-conversion.js";
import { type AppConfig, ConfigError, loadConfig } from "./platform/config.js";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  // Whatever it writes (data, documents, logs, backups) is readable by the service's user only.
  process.umask(0o077);
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  const database = await openDbFromConfig(config).catch((error) => fail(describeOpenFailure(error, config)));
  if (database.kind === "embedded")
    await convertFormerPgliteData(database.db, config.DATA_DIR, (m) => console.log(m)).catch(
      async (error) => {
        await database.close();
        fail(`Không chuyển được dữ liệu PGlite cũ: ${(error as Error).message}`);
      },
    );
  const { createdAdmin } = await bootstrap(database.db, config.ADMIN_INITIAL_PASSWORD);
  if (createdAdmin?.password) {
    console.log(
      [
        "",
        "================================================================",
        " Đã tạo tài khoản quản trị / Administrator account created:",
        `   tên đăng nhập / user name: ${createdAdmin.username}`,
        `   mật khẩu / password:       ${createdAdmin.password}`,
        " Mật khẩu chỉ hiện một lần; hãy đổi ngay sau khi đăng nhập.",
        " This password is shown once; change it after signing in.",
        "================================================================",
        "",
      ].join("\n"),
    );
  }

  let closing = false;
  // Without its database the application can only fail every request: it stops, and the service
  // manager (systemd's Restart=on-failure) starts both again, with PostgreSQL's crash recovery.
  void database.serverExited?.then((code) => {
    if (closing) return;
    console.error(
      `Máy chủ cơ sở dữ liệu nhúng đã dừng bất ngờ (mã ${code}); xem ${config.DATA_DIR}/postgres.log. PEPI Hub dừng theo.`,
    );
    process.exit(1);
  });
  const app = await buildApp({ config, database });
  const sweeper = setInterval(
    () =>
      deleteExpiredSessions(database.db, new Date()).catch((e) => app.log.warn(e, "session sweep failed")),
    60 * 60 * 1000,
  );
  sweeper.unref();
  // Reminders and e-mail: started here, not in buildApp, so tests drive them themselves.
  const mailWorker = startMailWorkerFromConfig(database.db, config, app.log);

  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    clearInterval(sweeper);
    await mailWorker.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    const address = await app.listen({ host: config.HOST, port: config.PORT });
    app.log.info(`PEPI Hub đang chạy tại ${address} (cơ sở dữ liệu: ${database.kind})`);
  } catch (error) {
    await database.close();
    fail(`Không mở được cổng ${config.HOST}:${config.PORT}: ${(error as Error).message}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
