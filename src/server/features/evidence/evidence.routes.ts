// Evidence documents: an agency uploads, lists, downloads and withdraws its own; the coordinator
// reviews. Every route asks the central policy with the document's agency as scope.
import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  evidenceListSchema,
  evidenceSchema,
  reviewEvidenceRequestSchema,
  uploadEvidenceFieldsSchema,
} from "../../../contracts/cycles.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import type { FileStore } from "../../platform/file-store.js";
import { auditContext, authorize } from "../../platform/request.js";
import { guardAgencyChange } from "../cycles/guards.js";
import {
  getEvidence,
  listEvidence,
  reviewEvidence,
  uploadEvidence,
  withdrawEvidence,
} from "./evidence.service.js";
import { readUpload, sendStoredDocument, uploadFields } from "./evidence.upload.js";

const agencyParams = z.object({ cycleId: z.uuid(), agencyId: z.uuid() });
const tags = ["evidence"];

export interface EvidenceRouteOptions {
  db: Db;
  store: FileStore;
  maxBytes: number;
}

export const evidenceRoutes: FastifyPluginAsyncZod<EvidenceRouteOptions> = async (
  app,
  { db, store, maxBytes },
) => {
  // Registered here, so multipart bodies are accepted by these routes only.
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: maxBytes + 1 } });

  app.get(
    "/cycles/:cycleId/agencies/:agencyId/evidence",
    {
      schema: {
        tags,
        summary: "Tài liệu minh chứng của một cơ quan trong kỳ (tài liệu đã rút xếp cuối)",
        params: agencyParams,
        response: { 200: evidenceListSchema },
      },
    },
    async (request) => {
      const { cycleId, agencyId } = request.params;
      const reader = authorize(request, "submission.read", { agencyId });
      return { items: await listEvidence(db, cycleId, agencyId, { reader }), maxBytes };
    },
  );

  app.post(
    "/cycles/:cycleId/agencies/:agencyId/evidence",
    {
      schema: {
        tags,
        summary:
          "Đính kèm một tài liệu minh chứng (multipart/form-data: indicatorCode, docNumber, docDate, issuer và một tệp PDF, Word, Excel, JPEG hoặc PNG)",
        params: agencyParams,
        response: { 200: evidenceSchema },
      },
    },
    async (request, reply) => {
      const { cycleId, agencyId } = request.params;
      // A refused upload closes the connection, so the rest of a large body is not sent for nothing.
      reply.header("connection", "close");
      authorize(request, "submission.edit", { agencyId });
      // Refuse a locked cycle or a sent submission before receiving the file, not after.
      await guardAgencyChange(db, cycleId, agencyId);
      const upload = await readUpload(request, store, maxBytes);
      reply.removeHeader("connection");
      try {
        const input = {
          cycleId,
          agencyId,
          fileName: upload.fileName,
          fields: uploadFields(uploadEvidenceFieldsSchema, upload.fields),
          file: upload.file,
        };
        return await uploadEvidence(db, store, input, auditContext(request));
      } finally {
        await store.discard(upload.file); // nothing left behind once it is in place or refused
      }
    },
  );

  app.get(
    "/evidence/:id/file",
    { schema: { tags, summary: "Tải tệp của một tài liệu minh chứng", params: idParamsSchema } },
    async (request, reply) => {
      const row = await getEvidence(db, request.params.id);
      authorize(request, "submission.read", { agencyId: row.agencyId });
      if (!(await store.has("evidence", row.sha256))) throw new AppError("NOT_FOUND", { entity: "evidence" });
      return sendStoredDocument(reply, store, row);
    },
  );

  app.post(
    "/evidence/:id/withdraw",
    {
      schema: {
        tags,
        summary: "Rút một tài liệu minh chứng (khi số liệu của cơ quan còn đang soạn hoặc bị trả lại)",
        params: idParamsSchema,
        response: { 200: evidenceSchema },
      },
    },
    async (request) => {
      const row = await getEvidence(db, request.params.id);
      authorize(request, "submission.edit", { agencyId: row.agencyId });
      return withdrawEvidence(db, row.id, auditContext(request));
    },
  );

  app.post(
    "/evidence/:id/review",
    {
      schema: {
        tags,
        summary: "Chấp nhận hoặc không chấp nhận một tài liệu minh chứng (không chấp nhận phải nêu lý do)",
        params: idParamsSchema,
        body: reviewEvidenceRequestSchema,
        response: { 200: evidenceSchema },
      },
    },
    async (request) => {
      const row = await getEvidence(db, request.params.id);
      authorize(request, "submission.review", { agencyId: row.agencyId });
      return reviewEvidence(db, row.id, request.body, auditContext(request));
    },
  );
};
