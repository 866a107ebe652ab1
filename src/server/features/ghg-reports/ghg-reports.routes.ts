// A facility's greenhouse-gas reports: listed and recorded per facility; one report read with its
// versions, documents and history; corrected, recomputed under another GWP set, appraised (or, for
// a quota facility, verified), commented and documented. Every route authorises on the report's
// facility, so a facility's own account reaches its own reports only.
import fastifyMultipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import { ghgReportReferenceSchema } from "../../../contracts/ghg-report-reference.js";
import {
  ghgAppraisalSchema,
  ghgCommentSchema,
  ghgDocumentFieldsSchema,
  ghgDocumentFileParamsSchema,
  ghgFacilityReportsSchema,
  ghgGwpChangeResultSchema,
  ghgGwpChangeSchema,
  ghgReportCreateSchema,
  ghgReportDetailSchema,
  ghgReportVersionCreateSchema,
  ghgTransitionSchema,
  ghgVerificationSchema,
} from "../../../contracts/ghg-reports.js";
import { type Action, can } from "../../../domain/auth/permissions.js";
import type { Db } from "../../db/client.js";
import { AppError, notFound } from "../../platform/errors.js";
import type { FileStore } from "../../platform/file-store.js";
import { auditContext, authorize, requireActor } from "../../platform/request.js";
import { readUpload, sendStoredDocument, uploadFields } from "../evidence/evidence.upload.js";
import { addComment, setAppraisal, setVerification } from "./ghg-report-appraisal.service.js";
import { addDocument, findDocument } from "./ghg-report-documents.service.js";
import { facilityReports, reportDetail, reportReference } from "./ghg-report-view.js";
import * as repo from "./ghg-reports.repo.js";
import { addVersion, changeGwp, recordReport, transition } from "./ghg-reports.service.js";

const tags = ["ghg"];

/** Refused before anything is read unless the caller may take this action on some facility. */
const mayEver = (action: Action) => async (request: FastifyRequest) => {
  const actor = requireActor(request);
  if (!can(actor, action, { facilityId: actor.facilityId ?? null, listing: true }))
    throw new AppError("FORBIDDEN");
};

export const ghgReportRoutes: FastifyPluginAsyncZod<{ db: Db; store: FileStore; maxBytes: number }> = async (
  app,
  { db, store, maxBytes },
) => {
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: maxBytes + 1 } });

  /** The report's facility, for the authorisation; 404 when there is no such report. */
  const onReport = async (request: FastifyRequest, id: string, action: Action) => {
    const report = await repo.findReport(db, id);
    if (!report) throw notFound("ghgReport");
    return authorize(request, action, { facilityId: report.facilityId });
  };

  app.get(
    "/report-reference",
    {
      preValidation: mayEver("ghgReport.read"),
      schema: {
        tags,
        summary:
          "Những gì biểu mẫu báo cáo chọn: các nghĩa vụ, hệ số phát thải lưới điện kèm nguồn, các bộ GWP",
        response: { 200: ghgReportReferenceSchema },
      },
    },
    async () => reportReference(db),
  );

  app.get(
    "/facilities/:id/reports",
    {
      preValidation: mayEver("ghgReport.read"),
      schema: {
        tags,
        summary: "Các báo cáo khí nhà kính của một cơ sở: trạng thái, năm, kỳ, ngày nhận, đúng hạn hay muộn",
        params: idParamsSchema,
        response: { 200: ghgFacilityReportsSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "ghgReport.read", { facilityId: request.params.id });
      const facility = await repo.findFacility(db, request.params.id);
      if (!facility) throw notFound("ghgFacility");
      return facilityReports(db, facility, actor);
    },
  );

  app.post(
    "/facilities/:id/reports",
    {
      preValidation: mayEver("ghgReport.submit"),
      schema: {
        tags,
        summary:
          "Ghi nhận báo cáo của cơ sở (số liệu hoạt động, hệ số phát thải của cơ sở với nguồn, số kê khai, bộ GWP): tính tCO2e, đánh dấu chênh lệch",
        params: idParamsSchema,
        body: ghgReportCreateSchema,
        response: { 200: ghgReportDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "ghgReport.submit", { facilityId: request.params.id });
      const id = await recordReport(db, request.params.id, request.body, actor, auditContext(request));
      return reportDetail(db, id, actor);
    },
  );

  app.get(
    "/reports/:id",
    {
      preValidation: mayEver("ghgReport.read"),
      schema: {
        tags,
        summary:
          "Một báo cáo khí nhà kính: các phiên bản với kết quả tính, tài liệu, lịch sử thẩm định và ý kiến",
        params: idParamsSchema,
        response: { 200: ghgReportDetailSchema },
      },
    },
    async (request) =>
      reportDetail(db, request.params.id, await onReport(request, request.params.id, "ghgReport.read")),
  );

  app.post(
    "/reports/:id/versions",
    {
      preValidation: mayEver("ghgReport.submit"),
      schema: {
        tags,
        summary: "Gửi phiên bản sửa của báo cáo với lý do; các phiên bản trước được giữ",
        params: idParamsSchema,
        body: ghgReportVersionCreateSchema,
        response: { 200: ghgReportDetailSchema },
      },
    },
    async (request) => {
      const actor = await onReport(request, request.params.id, "ghgReport.submit");
      await addVersion(db, request.params.id, request.body, actor, auditContext(request));
      return reportDetail(db, request.params.id, actor);
    },
  );

  app.post(
    "/reports/:id/gwp",
    {
      preValidation: mayEver("ghgReport.submit"),
      schema: {
        tags,
        summary: "Đổi bộ GWP: tính lại và lưu thành phiên bản mới, nêu số liệu nào thay đổi",
        params: idParamsSchema,
        body: ghgGwpChangeSchema,
        response: { 200: ghgGwpChangeResultSchema },
      },
    },
    async (request) => {
      const actor = await onReport(request, request.params.id, "ghgReport.submit");
      const change = await changeGwp(db, request.params.id, request.body, actor, auditContext(request));
      return { report: await reportDetail(db, request.params.id, actor), change };
    },
  );

  app.post(
    "/reports/:id/transitions",
    {
      preValidation: mayEver("ghgReport.appraise"),
      schema: {
        tags,
        summary:
          "Thẩm định báo cáo: bắt đầu, yêu cầu bổ sung (có hạn), trả lại (nêu nội dung phải sửa), chấp nhận, xác định số liệu của tỉnh (có lý do), mở lại",
        params: idParamsSchema,
        body: ghgTransitionSchema,
        response: { 200: ghgReportDetailSchema },
      },
    },
    async (request) => {
      const actor = await onReport(request, request.params.id, "ghgReport.appraise");
      await transition(db, request.params.id, request.body, actor, auditContext(request));
      return reportDetail(db, request.params.id, actor);
    },
  );

  app.put(
    "/reports/:id/appraisal",
    {
      preValidation: mayEver("ghgReport.appraise"),
      schema: {
        tags,
        summary: "Ghi người thẩm định: hội đồng thẩm định hoặc các chuyên gia, cán bộ thẩm định, với họ tên",
        params: idParamsSchema,
        body: ghgAppraisalSchema,
        response: { 200: ghgReportDetailSchema },
      },
    },
    async (request) => {
      const actor = await onReport(request, request.params.id, "ghgReport.appraise");
      await setAppraisal(db, request.params.id, request.body, actor, auditContext(request));
      return reportDetail(db, request.params.id, actor);
    },
  );

  app.put(
    "/reports/:id/verification",
    {
      preValidation: mayEver("ghgReport.appraise"),
      schema: {
        tags,
        summary:
          "Ghi kết quả thẩm tra độc lập (chỉ cơ sở được phân bổ hạn ngạch): tổ chức thẩm tra, kết luận, ngày",
        params: idParamsSchema,
        body: ghgVerificationSchema,
        response: { 200: ghgReportDetailSchema },
      },
    },
    async (request) => {
      const actor = await onReport(request, request.params.id, "ghgReport.appraise");
      await setVerification(db, request.params.id, request.body, actor, auditContext(request));
      return reportDetail(db, request.params.id, actor);
    },
  );

  app.post(
    "/reports/:id/comments",
    {
      preValidation: mayEver("ghgReport.submit"),
      schema: {
        tags,
        summary: "Ghi ý kiến về báo cáo (Sở hoặc cơ sở)",
        params: idParamsSchema,
        body: ghgCommentSchema,
        response: { 200: ghgReportDetailSchema },
      },
    },
    async (request) => {
      const actor = await onReport(request, request.params.id, "ghgReport.read");
      await addComment(db, request.params.id, request.body.text, actor, auditContext(request));
      return reportDetail(db, request.params.id, actor);
    },
  );

  app.post(
    "/reports/:id/documents",
    {
      // Refused before the file is read; a refused upload closes the connection.
      preValidation: async (request, reply) => {
        reply.header("connection", "close");
        await mayEver("ghgReport.submit")(request);
      },
      schema: {
        tags,
        summary:
          "Đính kèm tài liệu vào báo cáo (multipart/form-data: kind và một tệp): bản quét có dấu, bản ký số, thông tin bổ sung, biên bản, văn bản kết quả, báo cáo thẩm tra",
        params: idParamsSchema,
        response: { 200: ghgReportDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = await onReport(request, request.params.id, "ghgReport.submit");
      const upload = await readUpload(request, store, maxBytes, "Chưa chọn tệp tài liệu của báo cáo");
      reply.removeHeader("connection");
      try {
        const { kind } = uploadFields(ghgDocumentFieldsSchema, upload.fields);
        await addDocument(
          db,
          store,
          request.params.id,
          { kind, fileName: upload.fileName, file: upload.file },
          actor,
          auditContext(request),
        );
      } finally {
        await store.discard(upload.file);
      }
      return reportDetail(db, request.params.id, actor);
    },
  );

  app.get(
    "/reports/:id/documents/:fileId/file",
    {
      preValidation: mayEver("ghgReport.read"),
      schema: { tags, summary: "Tải tài liệu của báo cáo khí nhà kính", params: ghgDocumentFileParamsSchema },
    },
    async (request, reply) => {
      await onReport(request, request.params.id, "ghgReport.read");
      const document = await findDocument(db, request.params.id, request.params.fileId);
      if (!(await store.has("evidence", document.sha256))) throw notFound("ghgReportDocument");
      return sendStoredDocument(reply, store, document);
    },
  );
};
