import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  importPublishedRequestSchema,
  importPublishedResultSchema,
  publishedListSchema,
  publishedQuerySchema,
} from "../../../contracts/frameworks.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import { auditContext, authorize } from "../../platform/request.js";
import * as repo from "./published.repo.js";
import { importPublished, storedFigures } from "./published.service.js";

export const publishedRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "",
    {
      schema: {
        tags: ["published"],
        summary: "Kết quả PEPI/PGI do Bộ và VCCI công bố, kèm nguồn",
        querystring: publishedQuerySchema,
        response: { 200: publishedListSchema },
      },
    },
    async (request) => {
      authorize(request, "published.read");
      const rows = await repo.listPublished(db, request.query);
      return {
        items: rows.map((r) => ({
          kind: r.kind as "pepi" | "pgi",
          year: r.year,
          province: r.province,
          ...storedFigures(r),
        })),
      };
    },
  );

  app.post(
    "/import",
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ["published"],
        summary:
          "Nhập kết quả công bố từ CSV hoặc Excel .xlsx gửi dạng base64 (cột year, province, total_score|total, rank, source_url, sub1…sub4, subN_rank, subN.<thành phần>, …)",
        body: importPublishedRequestSchema,
        response: { 200: importPublishedResultSchema },
      },
    },
    async (request) => {
      authorize(request, "published.import");
      const { fileName, content, encoding } = request.body;
      const refuse = (field: string, message: string) =>
        new AppError("VALIDATION_FAILED", {}, [{ field, message }]);
      if (!/\.(csv|xlsx)$/i.test(fileName)) throw refuse("fileName", "Chỉ nhận tệp .csv hoặc .xlsx");
      if (/\.xlsx$/i.test(fileName) && encoding !== "base64")
        throw refuse("encoding", "Tệp Excel (.xlsx) phải gửi dạng base64 (encoding: base64)");
      if (encoding === "base64" && !/^[A-Za-z0-9+/]*={0,2}$/.test(content))
        throw refuse("content", "Nội dung tệp không phải là base64 hợp lệ");
      return importPublished(db, request.body, auditContext(request));
    },
  );
};
