import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { mapQuerySchema, standingMapSchema, standingSchema } from "../../../contracts/standing.js";
import type { Db } from "../../db/client.js";
import type { TableChanges } from "../../db/table-changes.js";
import { authorize } from "../../platform/request.js";
import { TableCache } from "../../platform/table-cache.js";
import { listPublishedFigures, type PublishedFigures } from "../published/published.repo.js";
import { buildStanding, buildStandingMap } from "./standing.service.js";

export const standingRoutes: FastifyPluginAsyncZod<{ db: Db; changes: TableChanges | null }> = async (
  app,
  { db, changes },
) => {
  // Every province's published figures, read on each visit and changed only by an import.
  const figures = new TableCache<PublishedFigures[]>(changes, ["published_results"]);
  const published = async (kind: "pepi" | "pgi") =>
    (await figures.get(kind, () => listPublishedFigures(db, kind))) ?? [];
  app.get(
    "",
    {
      schema: {
        tags: ["standing"],
        summary: "Vị thế của tỉnh: kết quả năm nay, xu hướng, chỉ số mất điểm, cơ quan chậm, PGI, vùng",
        response: { 200: standingSchema },
      },
    },
    async (request) => {
      return buildStanding(db, authorize(request, "standing.read"), published);
    },
  );

  app.get(
    "/map",
    {
      schema: {
        tags: ["standing"],
        summary: "Bản đồ ô các tỉnh theo điểm công bố PEPI hoặc PGI của một năm",
        querystring: mapQuerySchema,
        response: { 200: standingMapSchema },
      },
    },
    async (request) => {
      authorize(request, "standing.read");
      return buildStandingMap(db, request.query.kind, request.query.year, published);
    },
  );
};
