// History across the 2025 merger (coordinator; leaders read): GET the former provinces, their
// published results and a year's merged base; POST a year's figures (multipart, one .csv or
// .xlsx); POST the base into the province's history year; GET a blank file to fill in.
import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  applyBaselineRequestSchema,
  applyBaselineResultSchema,
  formerFiguresImportResultSchema,
  mergerHistorySchema,
  mergerYearQuerySchema,
} from "../../../contracts/merger.js";
import { attachmentDisposition } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { auditContext, authorize, authorizeFirst } from "../../platform/request.js";
import { csvTable } from "../../reports/cycle-data-csv.js";
import { readSheetRows } from "../../reports/sheet-rows.js";
import { readWorkbookUpload } from "../forms/form-upload.read.js";
import {
  applyMergedBaseline,
  formerFiguresTemplate,
  importFormerFigures,
  mergerHistory,
} from "./merger.service.js";

const tags = ["merger"];
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2024) });

export const mergerRoutes: FastifyPluginAsyncZod<{ db: Db; maxUploadBytes: number }> = async (
  app,
  { db, maxUploadBytes },
) => {
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: maxUploadBytes } });
  app.get(
    "/",
    {
      preValidation: authorizeFirst("standing.read"),
      schema: {
        tags,
        summary:
          "Các tỉnh cũ hợp thành tỉnh, kết quả công bố của từng tỉnh và số liệu gộp của một năm trước sáp nhập",
        querystring: mergerYearQuerySchema,
        response: { 200: mergerHistorySchema },
      },
    },
    async (request) => mergerHistory(db, authorize(request, "standing.read"), request.query.year),
  );

  app.get(
    "/template.csv",
    {
      preValidation: authorizeFirst("cycle.manage"),
      schema: {
        tags,
        summary: "Tệp mẫu (CSV) để điền số liệu của các tỉnh cũ cho một năm",
        querystring: yearQuery,
      },
    },
    async (request, reply) => {
      authorize(request, "cycle.manage");
      const rows = await formerFiguresTemplate(db, request.query.year);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", attachmentDisposition(`so-lieu-cac-tinh-cu-${request.query.year}.csv`))
        .send(csvTable(rows));
    },
  );

  app.post(
    "/figures",
    {
      preValidation: authorizeFirst("cycle.manage"),
      schema: {
        tags,
        summary:
          "Nạp số liệu của các tỉnh cũ cho một năm (multipart/form-data, một tệp .csv hoặc .xlsx có cột Tỉnh, Mã, Giá trị): sai một dòng thì không nạp dòng nào",
        querystring: yearQuery,
        response: { 200: formerFiguresImportResultSchema },
      },
    },
    async (request) => {
      authorize(request, "cycle.manage");
      const { fileName, content } = await readWorkbookUpload(request, maxUploadBytes);
      return heavyWork.run(async () =>
        importFormerFigures(
          db,
          request.query.year,
          await readSheetRows(fileName, content),
          fileName,
          auditContext(request),
        ),
      );
    },
  );

  app.post(
    "/apply",
    {
      preValidation: authorizeFirst("cycle.manage"),
      schema: {
        tags,
        summary: "Ghi các chỉ số gộp từ các tỉnh cũ vào năm “số liệu năm trước” của tỉnh",
        body: applyBaselineRequestSchema,
        response: { 200: applyBaselineResultSchema },
      },
    },
    async (request) => {
      authorize(request, "cycle.manage");
      return applyMergedBaseline(db, request.body.year, auditContext(request));
    },
  );
};
