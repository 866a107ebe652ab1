// HTTP routes of the yearly cycle. Each route authorises against the agency it is about, so a
// reporter can reach only their own agency's form, values and commands.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema, okSchema } from "../../../contracts/common.js";
import {
  acceptSubmissionRequestSchema,
  agencyFormSchema,
  baselineRequestSchema,
  changeAssignmentsRequestSchema,
  commentRequestSchema,
  createCycleRequestSchema,
  cycleDetailSchema,
  cycleListSchema,
  dashboardSchema,
  elementPartsSchema,
  followUpListSchema,
  historyImportRequestSchema,
  historyImportResultSchema,
  indicatorExplanationRequestSchema,
  notApplicableRequestSchema,
  overdueListSchema,
  reasonRequestSchema,
  remindOverdueResultSchema,
  reviewValueRequestSchema,
  saveExplanationRequestSchema,
  saveValuesRequestSchema,
  sendForApprovalRequestSchema,
  signOffQueueSchema,
  updateCycleRequestSchema,
  valueHistorySchema,
} from "../../../contracts/cycles.js";
import { whatIfSchema } from "../../../contracts/frameworks.js";
import { can, visibleAgencyFilter, visibleCycleStatuses } from "../../../domain/auth/permissions.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import { auditContext, authorize, requireActor } from "../../platform/request.js";
import { readCycleStanding } from "../standing/cycle-what-if.js";
import { authorizeOnCycle } from "./cycle-access.js";
import { cycleDetail, listCycles, valueHistory } from "./cycles.queries.js";
import { listAwaitingSignOff } from "./cycles.repo.js";
import { changeAssignments, openCycle, transitionCycle, updateCycle } from "./cycles.service.js";
import { buildDashboard, listOverdue } from "./dashboard.service.js";
import { elementParts } from "./element-parts.js";
import { followUpList } from "./follow-up.js";
import { buildForm } from "./form.service.js";
import { importHistory, setBaseline } from "./history.service.js";
import { saveIndicatorExplanation } from "./indicator-explanations.service.js";
import { markNotApplicable } from "./not-applicable.service.js";
import { participantOf } from "./participant.js";
import { remindOverdue } from "./remind-overdue.service.js";
import { saveExplanation, saveValues } from "./values.service.js";
import { addComment, reviewValue, runSubmissionCommand } from "./workflow.service.js";

const agencyParams = z.object({ id: z.uuid(), agencyId: z.uuid() });
const tags = ["cycles"];

export const cycleRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "",
    { schema: { tags, summary: "Các kỳ đánh giá", response: { 200: cycleListSchema } } },
    async (request) => {
      const actor = authorize(request, "cycle.read", { listing: true });
      return { items: await listCycles(db, actor, visibleAgencyFilter(actor), visibleCycleStatuses(actor)) };
    },
  );

  app.post(
    "",
    {
      schema: {
        tags,
        summary: "Mở kỳ đánh giá",
        body: createCycleRequestSchema,
        response: { 201: cycleDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = authorize(request, "cycle.manage");
      const { id } = await openCycle(db, request.body, auditContext(request));
      reply.code(201);
      return cycleDetail(db, id, actor);
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        tags,
        summary: "Một kỳ đánh giá",
        params: idParamsSchema,
        response: { 200: cycleDetailSchema },
      },
    },
    async (request) => {
      const { actor } = await authorizeOnCycle(request, db, request.params.id, "cycle.read");
      return cycleDetail(db, request.params.id, actor);
    },
  );

  app.patch(
    "/:id",
    {
      schema: {
        tags,
        summary: "Sửa hạn, ngưỡng giải trình",
        params: idParamsSchema,
        body: updateCycleRequestSchema,
        response: { 200: cycleDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "cycle.manage");
      await updateCycle(db, request.params.id, request.body, auditContext(request));
      return cycleDetail(db, request.params.id, actor);
    },
  );

  app.post(
    "/:id/assignments",
    {
      schema: {
        tags,
        summary: "Thêm, bỏ, chuyển phân công",
        params: idParamsSchema,
        body: changeAssignmentsRequestSchema,
        response: { 200: cycleDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "cycle.manage");
      await changeAssignments(db, request.params.id, request.body, auditContext(request));
      return cycleDetail(db, request.params.id, actor);
    },
  );

  app.post(
    "/:id/send-for-approval",
    {
      schema: {
        tags,
        summary:
          "Trình lãnh đạo phê duyệt (cơ quan chưa được chấp nhận số liệu phải được nêu trong `missing` với lý do)",
        params: idParamsSchema,
        body: sendForApprovalRequestSchema.nullish(),
        response: { 200: cycleDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "cycle.manage");
      const missing = request.body?.missing ?? [];
      await transitionCycle(
        db,
        request.params.id,
        "sendForApproval",
        auditContext(request),
        undefined,
        missing,
      );
      return cycleDetail(db, request.params.id, actor);
    },
  );

  const cycleCommands = [
    [
      "approve",
      "approve",
      "cycle.approve",
      "Phê duyệt và khóa kỳ (chấp nhận thiếu số liệu của các cơ quan đã nêu)",
    ],
    ["send-to-ministry", "sendToMinistry", "cycle.manage", "Ghi nhận đã gửi Bộ"],
  ] as const;
  for (const [path, command, action, summary] of cycleCommands) {
    app.post(
      `/:id/${path}`,
      { schema: { tags, summary, params: idParamsSchema, response: { 200: cycleDetailSchema } } },
      async (request) => {
        const actor = authorize(request, action);
        await transitionCycle(db, request.params.id, command, auditContext(request));
        return cycleDetail(db, request.params.id, actor);
      },
    );
  }
  const withReason = [
    ["reopen", "reopen", "cycle.manage", "Mở lại kỳ đã trình hoặc đã khóa (cần lý do)"],
    ["send-back", "sendBack", "cycle.approve", "Lãnh đạo trả lại điều phối viên (cần lý do)"],
  ] as const;
  for (const [path, command, action, summary] of withReason) {
    app.post(
      `/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: idParamsSchema,
          body: reasonRequestSchema,
          response: { 200: cycleDetailSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, action);
        await transitionCycle(db, request.params.id, command, auditContext(request), request.body.reason);
        return cycleDetail(db, request.params.id, actor);
      },
    );
  }

  app.put(
    "/:id/baseline",
    {
      schema: {
        tags,
        summary: "Giá trị chỉ số của năm nhập làm số liệu năm trước",
        params: idParamsSchema,
        body: baselineRequestSchema,
        response: { 200: cycleDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "cycle.manage");
      await setBaseline(db, request.params.id, request.body.indicators, auditContext(request));
      return cycleDetail(db, request.params.id, actor);
    },
  );

  const indicatorParams = z.object({ id: z.uuid(), indicatorCode: z.string().min(1).max(50) });
  app.put(
    "/:id/not-applicable/:indicatorCode",
    {
      schema: {
        tags,
        summary: "Đánh dấu chỉ số không áp dụng đối với tỉnh, kèm lý do và căn cứ",
        params: indicatorParams,
        body: notApplicableRequestSchema,
        response: { 200: cycleDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "cycle.manage");
      const { id, indicatorCode } = request.params;
      await markNotApplicable(db, id, indicatorCode, request.body, auditContext(request));
      return cycleDetail(db, id, actor);
    },
  );

  app.delete(
    "/:id/not-applicable/:indicatorCode",
    {
      schema: {
        tags,
        summary: "Bỏ đánh dấu không áp dụng",
        params: indicatorParams,
        response: { 200: cycleDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "cycle.manage");
      const { id, indicatorCode } = request.params;
      await markNotApplicable(db, id, indicatorCode, null, auditContext(request));
      return cycleDetail(db, id, actor);
    },
  );

  app.get(
    "/:id/elements/:element/parts",
    {
      schema: {
        tags,
        summary:
          "Số liệu của tỉnh là tổng các phần: phần của từng cơ quan, cơ quan chưa báo cáo được đánh dấu",
        params: idParamsSchema.extend({ element: z.string().max(80) }),
        response: { 200: elementPartsSchema },
      },
    },
    async (request) => {
      // Every agency's part: for those who follow the whole cycle, not one agency.
      const { actor } = await authorizeOnCycle(request, db, request.params.id, "cycle.read");
      if (!can(actor, "overdue.read")) throw new AppError("FORBIDDEN");
      return elementParts(db, request.params.id, request.params.element);
    },
  );

  app.post(
    "/:id/remind-overdue",
    {
      schema: {
        tags,
        summary: "Nhắc tất cả cơ quan quá hạn gửi số liệu (mỗi cơ quan tối đa một lần mỗi ngày)",
        params: idParamsSchema,
        response: { 200: remindOverdueResultSchema },
      },
    },
    async (request) => {
      authorize(request, "cycle.manage");
      return remindOverdue(db, request.params.id, auditContext(request));
    },
  );

  app.post(
    "/:id/history-import",
    {
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags,
        summary: "Nhập số liệu năm trước từ tệp CSV (tất cả hoặc không)",
        params: idParamsSchema,
        body: historyImportRequestSchema,
        response: { 200: historyImportResultSchema },
      },
    },
    async (request) => {
      authorize(request, "cycle.manage");
      const file = { name: request.body.fileName, content: request.body.content };
      return importHistory(db, request.params.id, file, participantOf(request));
    },
  );

  app.get(
    "/:id/dashboard",
    {
      schema: {
        tags,
        summary: "Tiến độ kỳ đánh giá",
        params: idParamsSchema,
        response: { 200: dashboardSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "overdue.read");
      return buildDashboard(db, request.params.id, actor);
    },
  );

  app.get(
    "/:id/what-if",
    {
      schema: {
        tags,
        summary: "Nếu cải thiện: điểm và thứ hạng mỗi chỉ số có thể thêm, theo kết quả hiện tại của kỳ",
        params: idParamsSchema,
        response: { 200: whatIfSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "overdue.read");
      return (await readCycleStanding(db, request.params.id, actor)).whatIf;
    },
  );

  app.get(
    "/:id/agencies/:agencyId/form",
    {
      schema: {
        tags,
        summary: "Biểu nhập số liệu của một cơ quan",
        params: agencyParams,
        response: { 200: agencyFormSchema },
      },
    },
    async (request) => {
      const { id, agencyId } = request.params;
      const actor = authorize(request, "submission.read", { agencyId });
      return buildForm(db, id, agencyId, actor);
    },
  );

  app.put(
    "/:id/agencies/:agencyId/values",
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: "Lưu số liệu (tất cả hoặc không; xung đột phiên bản bị từ chối)",
        params: agencyParams,
        body: saveValuesRequestSchema,
        response: {
          200: z.object({ saved: z.array(z.object({ element: z.string(), version: z.number().int() })) }),
        },
      },
    },
    async (request) => {
      const { id, agencyId } = request.params;
      const actor = requireActor(request);
      const who = participantOf(request);
      if (can(actor, "submission.edit", { agencyId }))
        return saveValues(db, id, agencyId, request.body.values, who);
      if (!can(actor, "cycle.manage")) throw new AppError("FORBIDDEN");
      // The coordinator keeps a history year, and enters a live year's figures only from the
      // letter the agency sent them by.
      const options = { history: "allowed", onBehalf: true } as const;
      return saveValues(db, id, agencyId, request.body.values, who, options);
    },
  );

  app.put(
    "/:id/agencies/:agencyId/explanations",
    {
      schema: {
        tags,
        summary: "Lưu giải trình biến động",
        params: agencyParams,
        body: saveExplanationRequestSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const { id, agencyId } = request.params;
      authorize(request, "submission.edit", { agencyId });
      await saveExplanation(db, id, agencyId, request.body, auditContext(request));
      return { ok: true as const };
    },
  );

  app.get(
    "/:id/follow-up",
    {
      schema: {
        tags,
        summary: "Các số liệu “Cần làm rõ” của mọi cơ quan trong kỳ",
        params: idParamsSchema,
        response: { 200: followUpListSchema },
      },
    },
    async (request) => {
      const { actor, cycle } = await authorizeOnCycle(request, db, request.params.id, "cycle.read");
      return followUpList(db, cycle, actor);
    },
  );

  app.put(
    "/:id/indicator-explanations/:indicatorCode",
    {
      schema: {
        tags,
        summary:
          "Sở giải trình biến động của một chỉ số (khi không có cơ quan chịu trách nhiệm, hoặc thay cơ quan)",
        params: z.object({ id: z.uuid(), indicatorCode: z.string().min(1).max(20) }),
        body: indicatorExplanationRequestSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      authorize(request, "cycle.manage");
      const { id, indicatorCode } = request.params;
      await saveIndicatorExplanation(db, id, indicatorCode, request.body, null, auditContext(request));
      return { ok: true as const };
    },
  );

  const submissionCommands = [
    ["request-sign-off", "requestSignOff", "submission.submit", "Trình lãnh đạo cơ quan ký duyệt"],
    ["sign-off", "signOff", "submission.signOff", "Lãnh đạo cơ quan ký duyệt"],
    ["submit", "submit", "submission.submit", "Gửi số liệu"],
  ] as const;
  for (const [path, command, action, summary] of submissionCommands) {
    app.post(
      `/:id/agencies/:agencyId/${path}`,
      { schema: { tags, summary, params: agencyParams, response: { 200: agencyFormSchema } } },
      async (request) => {
        const { id, agencyId } = request.params;
        const actor = authorize(request, action, { agencyId });
        await runSubmissionCommand(db, id, agencyId, command, participantOf(request));
        return buildForm(db, id, agencyId, actor);
      },
    );
  }

  app.post(
    "/:id/agencies/:agencyId/accept",
    {
      schema: {
        tags,
        summary:
          "Chấp nhận số liệu của cơ quan (tài liệu chưa xem xét: từ chối, trừ khi unreviewedEvidence = accept)",
        params: agencyParams,
        body: acceptSubmissionRequestSchema.nullish(),
        response: { 200: agencyFormSchema },
      },
    },
    async (request) => {
      const { id, agencyId } = request.params;
      const actor = authorize(request, "submission.review", { agencyId });
      const acceptUnreviewedEvidence = request.body?.unreviewedEvidence === "accept";
      await runSubmissionCommand(db, id, agencyId, "accept", participantOf(request), undefined, {
        acceptUnreviewedEvidence,
      });
      return buildForm(db, id, agencyId, actor);
    },
  );

  app.post(
    "/:id/agencies/:agencyId/return",
    {
      schema: {
        tags,
        summary: "Trả lại số liệu (cần lý do)",
        params: agencyParams,
        body: reasonRequestSchema,
        response: { 200: agencyFormSchema },
      },
    },
    async (request) => {
      const { id, agencyId } = request.params;
      const actor = authorize(request, "submission.review", { agencyId });
      await runSubmissionCommand(db, id, agencyId, "return", participantOf(request), request.body.reason);
      return buildForm(db, id, agencyId, actor);
    },
  );

  app.post(
    "/:id/agencies/:agencyId/review",
    {
      schema: {
        tags,
        summary: "Đánh giá một số liệu",
        params: agencyParams,
        body: reviewValueRequestSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const { id, agencyId } = request.params;
      authorize(request, "submission.review", { agencyId });
      await reviewValue(db, id, agencyId, request.body.element, request.body.status, auditContext(request));
      return { ok: true as const };
    },
  );

  app.post(
    "/:id/agencies/:agencyId/comments",
    {
      schema: {
        tags,
        summary: "Thêm ý kiến vào một số liệu",
        params: agencyParams,
        body: commentRequestSchema,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const { id, agencyId } = request.params;
      const actor = requireActor(request);
      if (!can(actor, "submission.edit", { agencyId }) && !can(actor, "submission.review", { agencyId }))
        throw new AppError("FORBIDDEN");
      reply.code(201);
      return addComment(db, id, agencyId, request.body, participantOf(request));
    },
  );

  app.get(
    "/:id/agencies/:agencyId/values/:element/history",
    {
      schema: {
        tags,
        summary: "Các phiên bản của một số liệu",
        params: agencyParams.extend({ element: z.string().max(100) }),
        response: { 200: valueHistorySchema },
      },
    },
    async (request) => {
      const { id, agencyId, element } = request.params;
      authorize(request, "submission.read", { agencyId });
      return valueHistory(db, id, agencyId, element);
    },
  );
};

/** The overdue list the leadership follows, across every collecting cycle. */
export const overdueRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "",
    { schema: { tags, summary: "Cơ quan quá hạn gửi số liệu", response: { 200: overdueListSchema } } },
    async (request) => {
      authorize(request, "overdue.read");
      return listOverdue(db);
    },
  );
};

/** What awaits the signed-in agency head's sign-off. */
export const signOffQueueRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "",
    {
      schema: {
        tags,
        summary: "Số liệu chờ lãnh đạo cơ quan ký duyệt",
        response: { 200: signOffQueueSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.agencyId) throw new AppError("FORBIDDEN");
      authorize(request, "submission.signOff", { agencyId: actor.agencyId });
      const rows = await listAwaitingSignOff(db, actor.agencyId);
      return {
        items: rows.map((r) => ({ ...r, requestedAt: r.requestedAt!.toISOString() })),
      };
    },
  );
};
