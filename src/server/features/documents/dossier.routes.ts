// The Ministry dossier as one streamed download.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { dossierSummarySchema } from "../../../contracts/documents.js";
import { attachmentDisposition } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { writeDossier } from "../../documents/dossier-zip.js";
import type { FileStore } from "../../platform/file-store.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { auditContext } from "../../platform/request.js";
import { authorizeOnCycle } from "../cycles/cycle-access.js";
import { dossierSummary, planDossier, recordDossier } from "./dossier.js";

const params = z.object({ cycleId: z.uuid() });

export const dossierRoutes: FastifyPluginAsyncZod<{ db: Db; store: FileStore }> = async (
  app,
  { db, store },
) => {
  app.get(
    "/:cycleId/documents/dossier",
    {
      schema: {
        tags: ["documents"],
        summary: "Hồ sơ gửi Bộ sẽ gồm những gì (trước khi tải)",
        params,
        response: { 200: dossierSummarySchema },
      },
    },
    async (request) => {
      await authorizeOnCycle(request, db, request.params.cycleId, "document.read");
      return dossierSummary(db, store, request.params.cycleId);
    },
  );

  app.get(
    "/:cycleId/documents/dossier.zip",
    {
      schema: {
        tags: ["documents"],
        summary:
          "Hồ sơ gửi Bộ (.zip): báo cáo, số liệu Excel, minh chứng theo chỉ số, danh mục và mã SHA-256",
        params,
      },
    },
    async (request, reply) => {
      const { cycleId } = request.params;
      await authorizeOnCycle(request, db, cycleId, "document.read");
      // Everything that can fail with a clear message fails here, before the download starts.
      // Making the report and the data workbook is the heavy part; the evidence is then streamed.
      const plan = await heavyWork.run(() => planDossier(db, store, cycleId));
      await recordDossier(db, cycleId, plan, auditContext(request));
      // Loaded on first use: archiver and its dependencies hold about 15 MB the server rarely needs.
      const { default: archiver } = await import("archiver");
      const archive = archiver("zip", { zlib: { level: 6 } });
      writeDossier(archive, plan.title, plan.entries).catch((error: unknown) =>
        request.log.error({ err: error, cycleId }, "dossier archive stopped"),
      );
      return reply
        .type("application/zip")
        .header("content-disposition", attachmentDisposition(plan.fileName))
        .send(archive);
    },
  );
};
