// The Ministry dossier as one streamed download.

import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { dossierSummarySchema, issuedReportFieldsSchema } from "../../../contracts/documents.js";
import { attachmentDisposition } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { writeDossier } from "../../documents/dossier-zip.js";
import { AppError } from "../../platform/errors.js";
import type { FileStore } from "../../platform/file-store.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { auditContext, authorize } from "../../platform/request.js";
import { authorizeOnCycle } from "../cycles/cycle-access.js";
import { loadCycle } from "../cycles/guards.js";
import { readUpload, sendStoredDocument, uploadFields } from "../evidence/evidence.upload.js";
import { dossierSummary, planDossier, recordDossier } from "./dossier.js";
import { findIssuedReport, recordIssuedReport } from "./issued-report.js";

const params = z.object({ cycleId: z.uuid() });

export const dossierRoutes: FastifyPluginAsyncZod<{ db: Db; store: FileStore; maxBytes: number }> = async (
  app,
  { db, store, maxBytes },
) => {
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: maxBytes + 1 } });

  app.post(
    "/:cycleId/documents/issued-report",
    {
      schema: {
        tags: ["documents"],
        summary:
          "Ghi nhận báo cáo đã ký ban hành (multipart/form-data: docNumber, docDate và tệp PDF đã ký); hồ sơ gửi Bộ dùng đúng tệp này",
        params,
        response: { 200: dossierSummarySchema },
      },
    },
    async (request, reply) => {
      const { cycleId } = request.params;
      reply.header("connection", "close");
      authorize(request, "cycle.manage");
      await loadCycle(db, cycleId);
      const upload = await readUpload(request, store, maxBytes);
      reply.removeHeader("connection");
      try {
        const fields = uploadFields(issuedReportFieldsSchema, upload.fields);
        const input = { cycleId, fileName: upload.fileName, ...fields, file: upload.file };
        await recordIssuedReport(db, store, input, auditContext(request));
      } finally {
        await store.discard(upload.file);
      }
      return dossierSummary(db, store, cycleId, maxBytes);
    },
  );

  app.get(
    "/:cycleId/documents/issued-report.pdf",
    { schema: { tags: ["documents"], summary: "Tải báo cáo đã ký ban hành (PDF)", params } },
    async (request, reply) => {
      const { cycleId } = request.params;
      await authorizeOnCycle(request, db, cycleId, "document.read");
      const issued = await findIssuedReport(db, cycleId);
      if (!issued || !(await store.has("evidence", issued.sha256)))
        throw new AppError("NOT_FOUND", { entity: "issuedReport" });
      return sendStoredDocument(reply, store, { ...issued, mediaType: "application/pdf" });
    },
  );
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
      return dossierSummary(db, store, request.params.cycleId, maxBytes);
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
