// HTTP routes of the Excel forms: an agency downloads its form as a workbook and sends it back
// (multipart), and whoever follows the whole cycle exports its data (xlsx, csv or json).
import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  exportQuerySchema,
  formUploadQuerySchema,
  formUploadResultSchema,
} from "../../../contracts/forms.js";
import { can } from "../../../domain/auth/permissions.js";
import { attachmentDisposition, safeFileName } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { authorize } from "../../platform/request.js";
import { writeCycleDataCsv } from "../../reports/cycle-data-csv.js";
import { writeCycleDataXlsx } from "../../reports/cycle-data-workbook.js";
import { authorizeOnCycle } from "../cycles/cycle-access.js";
import { guardAgencyChange } from "../cycles/guards.js";
import { participantOf } from "../cycles/participant.js";
import { exportBaseName, loadCycleExport } from "./cycle-export.js";
import { importFormWorkbook } from "./form-import.service.js";
import { buildFormTemplate } from "./form-template.service.js";
import { readWorkbookUpload } from "./form-upload.read.js";

const agencyParams = z.object({ id: z.uuid(), agencyId: z.uuid() });
const tags = ["forms"];
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const exportTypes = {
  xlsx: xlsxType,
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export interface FormRouteOptions {
  db: Db;
  /** FORM_UPLOAD_MAX_MB in bytes. */
  maxUploadBytes: number;
}

export const formRoutes: FastifyPluginAsyncZod<FormRouteOptions> = async (app, { db, maxUploadBytes }) => {
  // Registered here, so multipart bodies are accepted by these routes only.
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: maxUploadBytes } });

  app.get(
    "/:id/agencies/:agencyId/form.xlsx",
    {
      schema: {
        tags,
        summary: "Tải biểu mẫu Excel của cơ quan, điền sẵn số liệu đang có (để nhập ngoại tuyến rồi tải lên)",
        params: agencyParams,
      },
    },
    async (request, reply) => {
      const { id, agencyId } = request.params;
      const actor = authorize(request, "submission.read", { agencyId });
      const { fileName, content } = await heavyWork.run(() => buildFormTemplate(db, id, agencyId, actor));
      return reply
        .type(xlsxType)
        .header("content-disposition", attachmentDisposition(fileName))
        .send(content);
    },
  );

  app.post(
    "/:id/agencies/:agencyId/form.xlsx",
    {
      schema: {
        tags,
        summary:
          "Nhập biểu mẫu Excel đã điền (multipart/form-data, một tệp .xlsx): kiểm tra toàn bộ trước khi lưu; keepValid=true chỉ lưu các ô hợp lệ",
        params: agencyParams,
        querystring: formUploadQuerySchema,
        response: { 200: formUploadResultSchema },
      },
    },
    async (request, reply) => {
      const { id, agencyId } = request.params;
      // A refused upload closes the connection, so the rest of a large body is not sent for nothing.
      reply.header("connection", "close");
      authorize(request, "submission.edit", { agencyId });
      // Refuse a locked cycle or a sent submission before receiving the file, not after.
      await guardAgencyChange(db, id, agencyId);
      const { fileName, content } = await readWorkbookUpload(request, maxUploadBytes);
      reply.removeHeader("connection");
      const upload = { cycleId: id, agencyId, fileName, content, keepValid: request.query.keepValid };
      return heavyWork.run(() => importFormWorkbook(db, upload, participantOf(request)));
    },
  );

  app.get(
    "/:id/export",
    {
      schema: {
        tags,
        summary: "Xuất toàn bộ số liệu, danh sách và chỉ số của kỳ đánh giá (xlsx, csv hoặc json)",
        params: idParamsSchema,
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      // Every agency's figures: for those who follow the whole cycle (its dashboard), not one agency.
      const { actor } = await authorizeOnCycle(request, db, request.params.id, "cycle.read");
      if (!can(actor, "overdue.read")) throw new AppError("FORBIDDEN");
      const { format } = request.query;
      const { data, content } = await heavyWork.run(async () => {
        const data = await loadCycleExport(db, request.params.id);
        const content =
          format === "xlsx"
            ? await writeCycleDataXlsx(data)
            : format === "csv"
              ? writeCycleDataCsv(data)
              : Buffer.from(JSON.stringify(data, null, 2), "utf8");
        return { data, content };
      });
      const fileName = safeFileName(`${exportBaseName(data)}.${format}`);
      return reply
        .type(exportTypes[format])
        .header("content-disposition", attachmentDisposition(fileName))
        .send(content);
    },
  );
};
