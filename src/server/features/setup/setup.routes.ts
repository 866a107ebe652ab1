// The first start for a real province (admin): GET what is set up, POST the province chosen (once),
// POST the official commune list and the former districts and communes (multipart, one .csv or
// .xlsx file each).
import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  chooseProvinceRequestSchema,
  communeImportResultSchema,
  formerUnitsImportResultSchema,
  provinceSetupSchema,
} from "../../../contracts/setup.js";
import type { Db } from "../../db/client.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { auditContext, authorize } from "../../platform/request.js";
import { readSheetRows } from "../../reports/sheet-rows.js";
import { readWorkbookUpload } from "../forms/form-upload.read.js";
import { importFormerUnits } from "./former-units.service.js";
import { chooseProvince, importCommunes, provinceSetup } from "./province-setup.service.js";

const tags = ["setup"];

export const setupRoutes: FastifyPluginAsyncZod<{ db: Db; maxUploadBytes: number }> = async (
  app,
  { db, maxUploadBytes },
) => {
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: maxUploadBytes } });
  app.get(
    "/province",
    {
      schema: {
        tags,
        summary: "Tỉnh, thành phố mà hệ thống phục vụ, tên dùng trong văn bản và số xã, phường đã nạp",
        response: { 200: provinceSetupSchema },
      },
    },
    async (request) => provinceSetup(db, authorize(request, "orgUnit.read")),
  );

  app.post(
    "/province",
    {
      schema: {
        tags,
        summary: "Chọn tỉnh, thành phố (một lần) và tạo các cơ quan theo cơ cấu từ ngày 01/7/2025",
        body: chooseProvinceRequestSchema,
        response: { 200: provinceSetupSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "orgUnit.manage");
      await chooseProvince(db, request.body.provinceCode, auditContext(request));
      return provinceSetup(db, actor);
    },
  );

  app.post(
    "/communes",
    {
      schema: {
        tags,
        summary:
          "Nạp danh sách xã, phường, đặc khu (multipart/form-data, một tệp .csv hoặc .xlsx có cột Mã, Tên, Loại): sai một dòng thì không nạp dòng nào",
        response: { 200: communeImportResultSchema },
      },
    },
    async (request) => {
      authorize(request, "orgUnit.manage");
      const { fileName, content } = await readWorkbookUpload(request, maxUploadBytes);
      return heavyWork.run(async () =>
        importCommunes(db, await readSheetRows(fileName, content), fileName, auditContext(request)),
      );
    },
  );

  app.post(
    "/former-units",
    {
      schema: {
        tags,
        summary:
          "Nạp danh sách huyện, xã cũ (trước ngày 01/7/2025) và xã mới mà mỗi xã cũ hợp vào (multipart/form-data, một tệp .csv hoặc .xlsx có cột Mã huyện cũ, Tên huyện cũ, Mã xã cũ, Tên xã cũ, Mã xã mới): sai một dòng thì không nạp dòng nào",
        response: { 200: formerUnitsImportResultSchema },
      },
    },
    async (request) => {
      authorize(request, "orgUnit.manage");
      const { fileName, content } = await readWorkbookUpload(request, maxUploadBytes);
      return heavyWork.run(async () =>
        importFormerUnits(db, await readSheetRows(fileName, content), fileName, auditContext(request)),
      );
    },
  );
};
