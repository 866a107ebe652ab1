// HTTP routes of a cycle's official documents: the editable text, and the generated files.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { okSchema } from "../../../contracts/common.js";
import {
  documentDraftParamsSchema,
  documentDraftSchema,
  saveDraftRequestSchema,
} from "../../../contracts/documents.js";
import type { Db } from "../../db/client.js";
import { auditContext, authorize } from "../../platform/request.js";
import { authorizeOnCycle } from "../cycles/cycle-access.js";
import { getDraft, resetDraft, saveDraft } from "./drafts.service.js";
import { reportRoutes } from "./report.routes.js";
import { requestLetterRoutes } from "./request-letter.routes.js";

const tags = ["documents"];

export const documentRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // The self-assessment report and the leadership brief (report.docx/.pdf, brief.docx/.pdf).
  await app.register(reportRoutes, { db });
  // The request letter to the agencies (request-letter.docx).
  await app.register(requestLetterRoutes, { db });

  app.get(
    "/:cycleId/documents/:kind/draft",
    {
      schema: {
        tags,
        summary: "Nội dung soạn thảo của văn bản (mặc định nếu chưa sửa)",
        params: documentDraftParamsSchema,
        response: { 200: documentDraftSchema },
      },
    },
    async (request) => {
      const { actor } = await authorizeOnCycle(request, db, request.params.cycleId, "document.read");
      return getDraft(db, request.params.cycleId, request.params.kind, actor);
    },
  );

  app.put(
    "/:cycleId/documents/:kind/draft",
    {
      schema: {
        tags,
        summary: "Lưu nội dung soạn thảo của văn bản",
        params: documentDraftParamsSchema,
        body: saveDraftRequestSchema,
        response: { 200: documentDraftSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "document.edit");
      const { cycleId, kind } = request.params;
      await saveDraft(db, cycleId, kind, request.body, auditContext(request));
      return getDraft(db, cycleId, kind, actor);
    },
  );

  app.delete(
    "/:cycleId/documents/:kind/draft",
    {
      schema: {
        tags,
        summary: "Trở về nội dung mặc định của văn bản",
        params: documentDraftParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      authorize(request, "document.edit");
      await resetDraft(db, request.params.cycleId, request.params.kind, auditContext(request));
      return { ok: true as const };
    },
  );
};
