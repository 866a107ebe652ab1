// Downloads of the self-assessment report and the leadership brief, in Word and PDF, generated
// from the cycle as it is now. Registered by documents.routes.ts under /api/cycles.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentDisposition } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { authorizeOnCycle } from "../cycles/cycle-access.js";
import { buildBrief } from "./brief.js";
import { buildReport } from "./report.js";

const params = z.object({ cycleId: z.uuid() });
const mediaTypes = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

const documents = {
  report: { build: buildReport, summary: "Báo cáo tự đánh giá gửi Bộ" },
  brief: { build: buildBrief, summary: "Báo cáo nhanh một trang cho lãnh đạo tỉnh" },
} as const;

export const reportRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  for (const [name, { build, summary }] of Object.entries(documents))
    for (const format of ["docx", "pdf"] as const)
      app.get(
        `/:cycleId/documents/${name}.${format}`,
        { schema: { tags: ["documents"], summary: `${summary} (.${format})`, params } },
        async (request, reply) => {
          await authorizeOnCycle(request, db, request.params.cycleId, "document.read");
          const { content, fileName } = await heavyWork.run(() => build(db, request.params.cycleId, format));
          return reply
            .type(mediaTypes[format])
            .header("content-disposition", attachmentDisposition(fileName))
            .send(content);
        },
      );
};
