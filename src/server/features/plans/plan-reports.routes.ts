// A plan's progress reports: its schedule and periods, each agency's report of a period with its
// workflow (an agency's own people write, sign and send theirs; the department returns or
// accepts), the documents attached, and the department closing a period it has compiled.
import fastifyMultipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  periodParamsSchema,
  planReportSchema,
  planReportsSchema,
  type ReportCommand,
  reportCommandSchema,
  reportFileParamsSchema,
  reportParamsSchema,
  reportUpdateSchema,
  scheduleUpdateSchema,
} from "../../../contracts/plan-reports.js";
import type { Action } from "../../../domain/auth/permissions.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import type { FileStore } from "../../platform/file-store.js";
import { auditContext, authorize, authorizeFirst } from "../../platform/request.js";
import { readUpload, sendStoredDocument } from "../evidence/evidence.upload.js";
import {
  addReportFile,
  findReportFile,
  getPlanReport,
  removeReportFile,
  runReportCommand,
  saveReport,
} from "./plan-report.service.js";
import { getPlanReports, saveSchedule, setPeriodClosed } from "./plan-reports.service.js";

const tags = ["plans"];

/** Refused before the body is read unless the caller may act on the agency named in the address. */
const onAgency = (action: Action) => async (request: FastifyRequest) => {
  authorize(request, action, { agencyId: (request.params as { agencyId?: string }).agencyId });
};

const commandRoutes: { path: string; command: ReportCommand; action: Action; summary: string }[] = [
  {
    path: "request-sign-off",
    command: "requestSignOff",
    action: "planReport.submit",
    summary: "Trình lãnh đạo cơ quan ký duyệt báo cáo tiến độ",
  },
  {
    path: "sign-off",
    command: "signOff",
    action: "planReport.signOff",
    summary: "Lãnh đạo cơ quan ký duyệt báo cáo tiến độ",
  },
  { path: "submit", command: "submit", action: "planReport.submit", summary: "Gửi báo cáo tiến độ cho Sở" },
  { path: "return", command: "return", action: "plan.manage", summary: "Trả lại báo cáo tiến độ, nêu lý do" },
  { path: "accept", command: "accept", action: "plan.manage", summary: "Chấp nhận báo cáo tiến độ" },
];

export const planReportRoutes: FastifyPluginAsyncZod<{ db: Db; store: FileStore; maxBytes: number }> = async (
  app,
  { db, store, maxBytes },
) => {
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: maxBytes + 1 } });

  app.put(
    "/:id/schedule",
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary: "Lưu lịch báo cáo của kế hoạch (6 tháng, hằng năm; hạn của cơ quan và của Sở)",
        params: idParamsSchema,
        body: scheduleUpdateSchema,
        response: { 200: planReportsSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "plan.manage");
      await saveSchedule(db, request.params.id, request.body, auditContext(request));
      return getPlanReports(db, request.params.id, actor);
    },
  );

  app.get(
    "/:id/reports",
    {
      preValidation: authorizeFirst("plan.read"),
      schema: {
        tags,
        summary: "Các kỳ báo cáo của kế hoạch và tình hình báo cáo của từng cơ quan",
        params: idParamsSchema,
        response: { 200: planReportsSchema },
      },
    },
    async (request) => getPlanReports(db, request.params.id, authorize(request, "plan.read")),
  );

  for (const [path, closed] of [
    ["close", true],
    ["reopen", false],
  ] as const)
    app.post(
      `/:id/periods/:periodId/${path}`,
      {
        preValidation: authorizeFirst("plan.manage"),
        schema: {
          tags,
          summary: closed ? "Khóa kỳ báo cáo đã tổng hợp" : "Mở lại kỳ báo cáo đã khóa",
          params: periodParamsSchema,
          response: { 200: planReportsSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, "plan.manage");
        const { id, periodId } = request.params;
        await setPeriodClosed(db, id, periodId, closed, auditContext(request));
        return getPlanReports(db, id, actor);
      },
    );

  const reportPath = "/:id/reports/:periodId/:agencyId";
  const whereOf = (p: { id: string; periodId: string; agencyId: string }) => ({
    planId: p.id,
    periodId: p.periodId,
    agencyId: p.agencyId,
  });

  app.get(
    reportPath,
    {
      preValidation: onAgency("planReport.read"),
      schema: {
        tags,
        summary: "Báo cáo tiến độ của một cơ quan trong một kỳ",
        params: reportParamsSchema,
        response: { 200: planReportSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "planReport.read", { agencyId: request.params.agencyId });
      return getPlanReport(db, whereOf(request.params), actor, maxBytes);
    },
  );

  app.put(
    reportPath,
    {
      preValidation: onAgency("planReport.edit"),
      schema: {
        tags,
        summary:
          "Lưu báo cáo tiến độ (từng nhiệm vụ, số liệu, khó khăn, kiến nghị); báo cáo đã chấp nhận thì lưu thành lần điều chỉnh có lý do",
        params: reportParamsSchema,
        body: reportUpdateSchema,
        response: { 200: planReportSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "planReport.edit", { agencyId: request.params.agencyId });
      const where = whereOf(request.params);
      await saveReport(db, where, request.body, auditContext(request));
      return getPlanReport(db, where, actor, maxBytes);
    },
  );

  for (const route of commandRoutes)
    app.post(
      `${reportPath}/${route.path}`,
      {
        preValidation: onAgency(route.action),
        schema: {
          tags,
          summary: route.summary,
          params: reportParamsSchema,
          body: reportCommandSchema,
          response: { 200: planReportSchema },
        },
      },
      async (request) => {
        const actor = authorize(request, route.action, { agencyId: request.params.agencyId });
        const where = whereOf(request.params);
        await runReportCommand(db, where, route.command, request.body, auditContext(request));
        return getPlanReport(db, where, actor, maxBytes);
      },
    );

  app.post(
    `${reportPath}/files`,
    {
      // Refused before the file is read; a refused upload closes the connection, so the rest of
      // its body is not read either.
      preValidation: async (request, reply) => {
        reply.header("connection", "close");
        await onAgency("planReport.edit")(request);
      },
      schema: {
        tags,
        summary: "Đính kèm tài liệu vào báo cáo tiến độ (multipart/form-data: một tệp)",
        params: reportParamsSchema,
        response: { 200: planReportSchema },
      },
    },
    async (request, reply) => {
      const actor = authorize(request, "planReport.edit", { agencyId: request.params.agencyId });
      const where = whereOf(request.params);
      const upload = await readUpload(request, store, maxBytes, "Chưa chọn tệp tài liệu");
      reply.removeHeader("connection");
      try {
        await addReportFile(db, store, where, upload, auditContext(request));
      } finally {
        await store.discard(upload.file);
      }
      return getPlanReport(db, where, actor, maxBytes);
    },
  );

  app.get(
    `${reportPath}/files/:fileId`,
    {
      preValidation: onAgency("planReport.read"),
      schema: { tags, summary: "Tải tài liệu của báo cáo tiến độ", params: reportFileParamsSchema },
    },
    async (request, reply) => {
      authorize(request, "planReport.read", { agencyId: request.params.agencyId });
      const file = await findReportFile(db, whereOf(request.params), request.params.fileId);
      if (!(await store.has("evidence", file.sha256)))
        throw new AppError("NOT_FOUND", { entity: "planReportFile" });
      return sendStoredDocument(reply, store, file);
    },
  );

  app.delete(
    `${reportPath}/files/:fileId`,
    {
      preValidation: onAgency("planReport.edit"),
      schema: {
        tags,
        summary: "Bỏ tài liệu khỏi báo cáo tiến độ",
        params: reportFileParamsSchema,
        response: { 200: planReportSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "planReport.edit", { agencyId: request.params.agencyId });
      const where = whereOf(request.params);
      await removeReportFile(db, where, request.params.fileId, auditContext(request));
      return getPlanReport(db, where, actor, maxBytes);
    },
  );
};
