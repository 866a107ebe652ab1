import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  pgiOverviewSchema,
  pgiProvincesSchema,
  pgiQuerySchema,
  pgiTargetsUpdateSchema,
} from "../../../contracts/pgi.js";
import { type Province, provinces } from "../../../domain/org/provinces.js";
import { attachmentDisposition } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import type { TableChanges } from "../../db/table-changes.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { auditContext, authorize, authorizeFirst } from "../../platform/request.js";
import { TableCache } from "../../platform/table-cache.js";
import { type MeasureCatalogue, measureCatalogue } from "../plans/plan-measures.js";
import { listPublished, type PublishedRow } from "../published/published.repo.js";
import { buildPgiOverview, ownProvinceNow, type PgiReaders, savePageTargets } from "./pgi.service.js";
import { buildPgiExport } from "./pgi-export.js";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const pgiRoutes: FastifyPluginAsyncZod<{ db: Db; changes: TableChanges | null }> = async (
  app,
  { db, changes },
) => {
  // Every province's PGI rows, read on each visit and changed only by an import.
  const rows = new TableCache<PublishedRow[]>(changes, ["published_results"]);
  const read = async () => (await rows.get("pgi", () => listPublished(db, { kind: "pgi" }))) ?? [];
  // The department's province follows its latest assessment; the names follow the frameworks.
  const ownCache = new TableCache<{ province: Province | undefined }>(changes, [
    "cycles",
    "org_units",
    "frameworks",
  ]);
  const catalogueCache = new TableCache<MeasureCatalogue>(changes, ["frameworks", "framework_versions"]);
  const readers: PgiReaders = {
    published: read,
    own: async () =>
      (await ownCache.get("own", async () => ({ province: await ownProvinceNow(db) })))?.province,
    catalogue: async () => (await catalogueCache.get("catalogue", () => measureCatalogue(db)))!,
  };

  app.get(
    "",
    {
      preValidation: authorizeFirst("pgi.read"),
      schema: {
        tags: ["pgi"],
        summary:
          "Chỉ số Xanh cấp tỉnh (PGI) của một tỉnh: kết quả các năm, thứ hạng, vùng, mục tiêu và những gì tác động từng chỉ số thành phần",
        querystring: pgiQuerySchema,
        response: { 200: pgiOverviewSchema },
      },
    },
    async (request) => buildPgiOverview(db, authorize(request, "pgi.read"), request.query.province, readers),
  );

  app.get(
    "/export",
    {
      preValidation: authorizeFirst("pgi.read"),
      schema: {
        tags: ["pgi"],
        summary:
          "Tải Excel Chỉ số Xanh cấp tỉnh (PGI): kết quả mọi tỉnh, mọi năm; tổng quan của một tỉnh (thứ hạng công bố hay do PEPI Hub tính, vùng, mục tiêu); ghi chú từng năm",
        querystring: pgiQuerySchema,
      },
    },
    async (request, reply) => {
      const actor = authorize(request, "pgi.read");
      const { content, fileName } = await heavyWork.run(() =>
        buildPgiExport(db, actor, request.query.province, readers),
      );
      return reply
        .type(xlsxType)
        .header("content-disposition", attachmentDisposition(fileName))
        .send(content);
    },
  );

  app.get(
    "/provinces",
    {
      schema: {
        tags: ["pgi"],
        summary: "Các tỉnh, thành phố xem được trang PGI (63 tỉnh cũ và 34 tỉnh từ 01/7/2025)",
        response: { 200: pgiProvincesSchema },
      },
    },
    async (request) => {
      authorize(request, "pgi.read");
      return {
        items: [...provinces]
          .sort((a, b) => b.era.localeCompare(a.era) || a.shortName.localeCompare(b.shortName, "vi"))
          .map((p) => ({ code: p.code, name: p.shortName, era: p.era })),
      };
    },
  );

  app.put(
    "/targets",
    {
      preValidation: authorizeFirst("pgi.manageTargets"),
      schema: {
        tags: ["pgi"],
        summary: "Lưu toàn bộ mục tiêu PGI đặt tại trang PGI của tỉnh",
        body: pgiTargetsUpdateSchema,
        response: { 200: pgiOverviewSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "pgi.manageTargets");
      const code = await savePageTargets(db, request.body.targets, auditContext(request));
      return buildPgiOverview(db, actor, code, readers);
    },
  );
};
