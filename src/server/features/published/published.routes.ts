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
        summary: "Nhập kết quả công bố từ CSV (cột year, province, total_score|total, rank, source_url, …)",
        body: importPublishedRequestSchema,
        response: { 200: importPublishedResultSchema },
      },
    },
    async (request) => {
      authorize(request, "published.import");
      if (!/\.csv$/i.test(request.body.fileName)) {
        throw new AppError("VALIDATION_FAILED", {}, [{ field: "fileName", message: "Chỉ nhận tệp .csv" }]);
      }
      return importPublished(db, request.body, auditContext(request));
    },
  );
};
