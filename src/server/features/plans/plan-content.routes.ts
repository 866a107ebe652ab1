// What a plan holds: one plan with its targets, actuals and tasks; its targets and its tasks
// saved whole by the coordinator; its issued document; the measures a target can name; and the
// tasks an agency has across plans (an agency's own people see only their agency's).
import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  agencyTasksQuerySchema,
  agencyTasksSchema,
  planContentUpdateSchema,
  planDetailSchema,
  planDraftSchema,
  planTextSchema,
  targetsUpdateSchema,
  tasksUpdateSchema,
} from "../../../contracts/plan-content.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import type { Db } from "../../db/client.js";
import type { TableChanges } from "../../db/table-changes.js";
import { AppError } from "../../platform/errors.js";
import type { FileStore } from "../../platform/file-store.js";
import { auditContext, authorize, authorizeFirst } from "../../platform/request.js";
import { TableCache } from "../../platform/table-cache.js";
import { readUpload, sendStoredDocument } from "../evidence/evidence.upload.js";
import * as repo from "./plan-content.repo.js";
import {
  type FactsReader,
  getPlanDetail,
  listAgencyTasks,
  recordPlanDocument,
  savePlanContent,
  saveTargets,
  saveTasks,
} from "./plan-content.service.js";
import { planHealthRoutes } from "./plan-health.routes.js";
import { factTables, measureCatalogue, type ProvinceFacts, provinceFacts } from "./plan-measures.js";
import { readPlanDocx, readPlanDraft } from "./plan-reading.service.js";
import { findPlan } from "./plans.repo.js";

const tags = ["plans"];

const measuresSchema = z.object({
  indicators: z.array(
    z.object({ ref: z.string(), label: z.string(), unit: z.string(), framework: z.string() }),
  ),
  pgiParts: z.array(z.object({ ref: z.string(), label: z.string() })),
});

export const planContentRoutes: FastifyPluginAsyncZod<{
  db: Db;
  store: FileStore;
  maxBytes: number;
  changes: TableChanges | null;
}> = async (app, { db, store, maxBytes, changes }) => {
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: maxBytes + 1 } });
  // What a plan's targets read of the province (results of the years, published figures) is the
  // same for every plan and every reader until a figure, a cycle or a published result changes.
  const facts = new TableCache<ProvinceFacts>(changes, factTables, 100);
  const readFacts: FactsReader = async (years) => {
    const key = [...years].sort().join(",");
    return (await facts.get(key, () => provinceFacts(db, years)))!;
  };
  const detail = (id: string, actor: Actor) => getPlanDetail(db, id, actor, maxBytes, readFacts);
  planHealthRoutes(app, db, readFacts);

  app.get(
    "/measures",
    {
      preValidation: authorizeFirst("plan.read"),
      schema: { tags, summary: "Những gì một chỉ tiêu có thể đo bằng", response: { 200: measuresSchema } },
    },
    async (request) => {
      authorize(request, "plan.read");
      const catalogue = await measureCatalogue(db);
      return {
        indicators: [...catalogue.indicators].map(([ref, i]) => ({
          ref,
          // Chosen from the framework's list: its draft names still say so.
          label: i.provisional ? `${i.label} (dự kiến)` : i.label,
          unit: i.unit,
          framework: i.frameworkName,
        })),
        pgiParts: [...catalogue.pgiParts].map(([ref, label]) => ({ ref, label })),
      };
    },
  );

  app.get(
    "/tasks",
    {
      preValidation: authorizeFirst("plan.read"),
      schema: {
        tags,
        summary: "Nhiệm vụ của một cơ quan trong mọi kế hoạch (chủ trì hoặc phối hợp)",
        querystring: agencyTasksQuerySchema,
        response: { 200: agencyTasksSchema },
      },
    },
    async (request) => {
      // An agency's own people see their agency's tasks; the department and leaders see any.
      authorize(request, "agency.read", { agencyId: request.query.agencyId });
      return listAgencyTasks(db, request.query.agencyId);
    },
  );

  app.get(
    "/:id",
    {
      preValidation: authorizeFirst("plan.read"),
      schema: {
        tags,
        summary: "Một kế hoạch: chỉ tiêu với giá trị thực hiện, nhiệm vụ theo mục",
        params: idParamsSchema,
        response: { 200: planDetailSchema },
      },
    },
    async (request) => detail(request.params.id, authorize(request, "plan.read")),
  );

  app.put(
    "/:id/targets",
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary: "Lưu toàn bộ chỉ tiêu của kế hoạch và quy tắc đánh giá (phiên bản đã đổi thì bị từ chối)",
        params: idParamsSchema,
        body: targetsUpdateSchema,
        response: { 200: planDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "plan.manage");
      await saveTargets(db, request.params.id, request.body, auditContext(request));
      return detail(request.params.id, actor);
    },
  );

  app.put(
    "/:id/tasks",
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary: "Lưu toàn bộ các mục và nhiệm vụ của kế hoạch (phiên bản đã đổi thì bị từ chối)",
        params: idParamsSchema,
        body: tasksUpdateSchema,
        response: { 200: planDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "plan.manage");
      await saveTasks(db, request.params.id, request.body, auditContext(request));
      return detail(request.params.id, actor);
    },
  );

  app.put(
    "/:id/content",
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary:
          "Lưu cùng lúc toàn bộ chỉ tiêu và toàn bộ các mục, nhiệm vụ của kế hoạch (bản nháp đọc từ văn bản); một nhiệm vụ có thể phục vụ chỉ tiêu mới gửi kèm theo mã đã gửi",
        params: idParamsSchema,
        body: planContentUpdateSchema,
        response: { 200: planDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "plan.manage");
      await savePlanContent(db, request.params.id, request.body, auditContext(request));
      return detail(request.params.id, actor);
    },
  );

  app.post(
    "/read-docx",
    {
      // Refused before the file is read; a refused upload closes the connection.
      preValidation: async (request, reply) => {
        reply.header("connection", "close");
        authorize(request, "plan.manage");
      },
      schema: {
        tags,
        summary:
          "Đọc tệp Word (.docx) của văn bản kế hoạch thành bản nháp như văn bản dán vào (multipart/form-data: một tệp; không lưu gì)",
        response: { 200: planDraftSchema },
      },
    },
    async (request, reply) => {
      authorize(request, "plan.manage");
      const upload = await readUpload(request, store, maxBytes, "Chưa chọn tệp Word (.docx) của kế hoạch");
      reply.removeHeader("connection");
      try {
        return await readPlanDocx(db, upload.fileName, upload.file);
      } finally {
        await store.discard(upload.file);
      }
    },
  );

  app.post(
    "/read-text",
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary:
          "Đọc văn bản kế hoạch đã dán thành bản nháp: các mục, điểm, chỉ tiêu theo năm, nhiệm vụ giao cho từng cơ quan (không lưu gì)",
        body: planTextSchema,
        response: { 200: planDraftSchema },
      },
    },
    async (request) => {
      authorize(request, "plan.manage");
      return readPlanDraft(db, request.body.text);
    },
  );

  app.post(
    "/:id/document",
    {
      // Refused before the id or the file is read; a refused upload closes the connection, so
      // the rest of its body is not read either.
      preValidation: async (request, reply) => {
        reply.header("connection", "close");
        authorize(request, "plan.manage");
      },
      schema: {
        tags,
        summary: "Lưu văn bản kế hoạch đã ban hành (multipart/form-data: một tệp PDF hoặc .docx)",
        params: idParamsSchema,
        response: { 200: planDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = authorize(request, "plan.manage");
      if (!(await findPlan(db, request.params.id))) throw new AppError("NOT_FOUND", { entity: "plan" });
      const upload = await readUpload(request, store, maxBytes, "Chưa chọn tệp văn bản kế hoạch");
      reply.removeHeader("connection");
      try {
        const input = { planId: request.params.id, fileName: upload.fileName, file: upload.file };
        await recordPlanDocument(db, store, input, auditContext(request));
      } finally {
        await store.discard(upload.file);
      }
      return detail(request.params.id, actor);
    },
  );

  app.get(
    "/:id/document",
    {
      preValidation: authorizeFirst("plan.read"),
      schema: { tags, summary: "Tải văn bản kế hoạch đã ban hành", params: idParamsSchema },
    },
    async (request, reply) => {
      authorize(request, "plan.read");
      const found = await repo.findDocument(db, request.params.id);
      if (!found || !(await store.has("evidence", found.document.sha256)))
        throw new AppError("NOT_FOUND", { entity: "planDocument" });
      return sendStoredDocument(reply, store, found.document);
    },
  );
};
