// Installations made before the embedded database became a PostgreSQL server kept their data in
// PGlite under DATA_DIR/pglite. At the first start on the new server that data is carried over
// once, through the backup format (rows only: the documents stay where they are, in
// DATA_DIR/files), and the old directory is renamed, never deleted.
import fs from "node:fs";
import path from "node:path";
import { fileTimestamp } from "../../../domain/text/file-names.js";
import { type Db, migrationsFolder } from "../../db/client.js";
import * as schema from "../../db/schema.js";
import { systemContext } from "../../platform/audit.js";
import { hasAnyUser } from "./backup.repo.js";
import { createBackup, restoreBackup } from "./backup.service.js";

/** Carries former PGlite data into `db` when there is some and `db` is still empty. */
export async function convertFormerPgliteData(
  db: Db,
  dataDir: string,
  log: (message: string) => void,
): Promise<boolean> {
  const former = path.join(dataDir, "pglite");
  if (!fs.existsSync(path.join(former, "PG_VERSION"))) return false;
  if (await hasAnyUser(db)) {
    log(`Bỏ qua ${former}: cơ sở dữ liệu hiện tại đã có dữ liệu, nên dữ liệu PGlite cũ không được chuyển.`);
    return false;
  }
  log(`Đang chuyển dữ liệu cũ từ ${former} sang cơ sở dữ liệu PostgreSQL nhúng…`);
  const stamp = fileTimestamp();
  const file = path.join(dataDir, `pglite-conversion-${stamp}.jsonl.gz`);
  // Loaded only here: the engine and its migrator are needed for this one conversion.
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = await PGlite.create({ dataDir: former });
  try {
    const old = drizzle(client, { schema });
    await migrate(old, { migrationsFolder });
    await createBackup(old as unknown as Db, file);
  } finally {
    await client.close();
  }
  try {
    const counts = await restoreBackup(db, file, systemContext("convert-pglite"));
    fs.renameSync(former, `${former}.converted-${stamp}`);
    log(
      `Đã chuyển ${counts.users ?? 0} người dùng, ${counts.agencies ?? 0} cơ quan, ${counts.cycles ?? 0} kỳ đánh giá. ` +
        `Thư mục cũ được giữ lại là ${former}.converted-${stamp}; có thể xóa khi đã kiểm tra.`,
    );
    return true;
  } finally {
    fs.rmSync(file, { force: true });
  }
}
