// A period's synthesis for the chairman: the .docx generated from the period's reports, the words
// the coordinator edits before generating it, and the chairman's conclusions on it with the
// directives that become tasks of the plan. Read by those who read every agency's reports (the
// coordinator, the leaders, the administrator); written by the coordinator.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { okSchema } from "../../../contracts/common.js";
import { periodParamsSchema } from "../../../contracts/plan-reports.js";
import {
  conclusionInputSchema,
  conclusionTasksSchema,
  synthesisDraftSchema,
  synthesisSaveSchema,
} from "../../../contracts/plan-synthesis.js";
import { attachmentDisposition } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { auditContext, authorize, authorizeFirst } from "../../platform/request.js";
import {
  addConclusionTasks,
  buildSynthesis,
  getSynthesisDraft,
  resetSynthesisDraft,
  saveConclusion,
  saveSynthesisDraft,
} from "./plan-synthesis.service.js";

const tags = ["plans"];
const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const path = "/:id/periods/:periodId";
/** Without an agency named, only those who read every agency's reports may. */
const readAll = "planReport.read" as const;

export const planSynthesisRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const whereOf = (p: { id: string; periodId: string }) => ({ planId: p.id, periodId: p.periodId });

  app.get(
    `${path}/synthesis`,
    {
      preValidation: authorizeFirst(readAll),
      schema: {
        tags,
        summary: "Báo cáo tổng hợp kết quả thực hiện kế hoạch trong kỳ, trình Chủ tịch UBND tỉnh (.docx)",
        params: periodParamsSchema,
      },
    },
    async (request, reply) => {
      authorize(request, readAll);
      const { content, fileName } = await heavyWork.run(() => buildSynthesis(db, whereOf(request.params)));
      return reply.type(docx).header("content-disposition", attachmentDisposition(fileName)).send(content);
    },
  );

  app.get(
    `${path}/synthesis/draft`,
    {
      preValidation: authorizeFirst(readAll),
      schema: {
        tags,
        summary:
          "Nội dung soạn thảo của báo cáo tổng hợp kỳ (mặc định nếu chưa sửa) và kết luận của Chủ tịch",
        params: periodParamsSchema,
        response: { 200: synthesisDraftSchema },
      },
    },
    async (request) => getSynthesisDraft(db, whereOf(request.params), authorize(request, readAll)),
  );

  app.put(
    `${path}/synthesis/draft`,
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary: "Lưu nội dung soạn thảo của báo cáo tổng hợp kỳ",
        params: periodParamsSchema,
        body: synthesisSaveSchema,
        response: { 200: synthesisDraftSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "plan.manage");
      const where = whereOf(request.params);
      await saveSynthesisDraft(db, where, request.body, auditContext(request));
      return getSynthesisDraft(db, where, actor);
    },
  );

  app.delete(
    `${path}/synthesis/draft`,
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary: "Trở về nội dung mặc định của báo cáo tổng hợp kỳ",
        params: periodParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      authorize(request, "plan.manage");
      await resetSynthesisDraft(db, whereOf(request.params), auditContext(request));
      return { ok: true as const };
    },
  );

  app.put(
    `${path}/conclusion`,
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary:
          "Ghi kết luận, chỉ đạo của Chủ tịch UBND tỉnh về báo cáo tổng hợp kỳ (số, ngày văn bản, nội dung)",
        params: periodParamsSchema,
        body: conclusionInputSchema,
        response: { 200: synthesisDraftSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "plan.manage");
      const where = whereOf(request.params);
      await saveConclusion(db, where, request.body, auditContext(request));
      return getSynthesisDraft(db, where, actor);
    },
  );

  app.post(
    `${path}/conclusion/tasks`,
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary: "Giao các nội dung chỉ đạo đã chọn thành nhiệm vụ mới của kế hoạch",
        params: periodParamsSchema,
        body: conclusionTasksSchema,
        response: { 200: synthesisDraftSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "plan.manage");
      const where = whereOf(request.params);
      await addConclusionTasks(db, where, request.body, auditContext(request));
      return getSynthesisDraft(db, where, actor);
    },
  );
};
