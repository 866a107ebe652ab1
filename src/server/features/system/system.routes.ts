import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { attachmentDisposition, fileTimestamp } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { auditContext, authorize } from "../../platform/request.js";
import { createBackup } from "./backup.service.js";

export const systemRoutes: FastifyPluginAsyncZod<{ db: Db; filesDir: string }> = async (
  app,
  { db, filesDir },
) => {
  // A backup taken by the running server: the only way on the embedded database, whose files
  // one process holds.
  app.get(
    "/backup",
    {
      schema: {
        tags: ["system"],
        summary: "Tải bản sao lưu toàn bộ dữ liệu (.jsonl.gz), khôi phục bằng `npm run cli -- restore`",
      },
    },
    async (request, reply) => {
      authorize(request, "system.backup");
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-backup-"));
      const file = path.join(dir, "backup.jsonl.gz");
      try {
        await createBackup(db, file, auditContext(request), { filesDir });
      } catch (error) {
        fs.rmSync(dir, { recursive: true, force: true });
        throw error;
      }
      const stream = fs.createReadStream(file);
      stream.on("close", () => fs.rmSync(dir, { recursive: true, force: true }));
      return reply
        .type("application/gzip")
        .header("content-disposition", attachmentDisposition(`pepi-hub-${fileTimestamp()}.jsonl.gz`))
        .send(stream);
    },
  );
};
