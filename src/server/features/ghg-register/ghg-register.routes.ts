// The greenhouse-gas register's endpoints: lists, facilities, a facility's events and details, and
// importing a list annex (read → compared → confirmed or discarded by the department).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  ghgEventRequestSchema,
  ghgFacilityDetailSchema,
  ghgFacilityListSchema,
  ghgFacilityQuerySchema,
  ghgFacilityUpdateSchema,
  ghgImportRequestSchema,
  ghgImportSchema,
  ghgListsSchema,
} from "../../../contracts/ghg-register.js";
import { can } from "../../../domain/auth/permissions.js";
import type { Db } from "../../db/client.js";
import type { TableChanges } from "../../db/table-changes.js";
import { notFound } from "../../platform/errors.js";
import { auditContext, authorize, authorizeFirst } from "../../platform/request.js";
import { TableCache } from "../../platform/table-cache.js";
import { authorizeFacility } from "./ghg-access.js";
import { facilityDetail, listLists, recordEvent, updateFacility } from "./ghg-facilities.service.js";
import { confirmImport, discardImport, importView, readListFile } from "./ghg-import.service.js";
import * as repo from "./ghg-register.repo.js";

const tags = ["ghg"];

export const ghgRegisterRoutes: FastifyPluginAsyncZod<{ db: Db; changes: TableChanges | null }> = async (
  app,
  { db, changes },
) => {
  // The register as its page lists it, by filter: read on every visit, changed by the department.
  const facilities = new TableCache<string>(
    changes,
    ["ghg_facilities", "ghg_facility_listings", "ghg_lists", "ghg_reports", "agencies"],
    200,
  );
  app.get(
    "/lists",
    {
      schema: {
        tags,
        summary: "Các danh mục cơ sở phát thải khí nhà kính quốc gia trong sổ",
        response: { 200: ghgListsSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.read", { listing: true });
      return { items: await listLists(db) };
    },
  );

  app.get(
    "/facilities",
    {
      preValidation: async (request) => {
        authorize(request, "ghg.read", { listing: true });
      },
      schema: {
        tags,
        summary:
          "Sổ cơ sở phát thải khí nhà kính của tỉnh, lọc theo lĩnh vực, Bộ quản lý, cơ quan theo dõi, danh mục, tình trạng",
        querystring: ghgFacilityQuerySchema,
        response: { 200: ghgFacilityListSchema },
      },
    },
    async (request, reply) => {
      const actor = authorize(request, "ghg.read", { listing: true });
      // A sector department sees the facilities it follows, whatever it filters.
      const query = can(actor, "ghg.read")
        ? request.query
        : { ...request.query, agencyId: actor.agencyId ?? "" };
      const items = await facilities.get(JSON.stringify(query), () => repo.listFacilitiesJson(db, query));
      // The database wrote the JSON: sent as it is, not parsed and checked again row by row.
      return reply
        .type("application/json; charset=utf-8")
        .serializer((json: string) => json)
        .send(`{"items":${items ?? "[]"}}` as never);
    },
  );

  app.get(
    "/facilities/:id",
    {
      schema: {
        tags,
        summary: "Một cơ sở: các danh mục đã ghi tên, các thay đổi trong đời cơ sở",
        params: idParamsSchema,
        response: { 200: ghgFacilityDetailSchema },
      },
    },
    async (request) => {
      await authorizeFacility(db, request, request.params.id);
      return facilityDetail(db, request.params.id);
    },
  );

  app.patch(
    "/facilities/:id",
    {
      preValidation: authorizeFirst("ghg.manage"),
      schema: {
        tags,
        summary: "Sửa địa chỉ hiện tại, người liên hệ, cơ quan theo dõi, ngưỡng, hạn ngạch của một cơ sở",
        params: idParamsSchema,
        body: ghgFacilityUpdateSchema,
        response: { 200: ghgFacilityDetailSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.manage");
      return updateFacility(db, request.params.id, request.body, auditContext(request));
    },
  );

  app.post(
    "/facilities/:id/events",
    {
      preValidation: authorizeFirst("ghg.manage"),
      schema: {
        tags,
        summary: "Ghi nhận cơ sở đổi tên, chuyển cho chủ mới, ngừng hoạt động hoặc hoạt động trở lại",
        params: idParamsSchema,
        body: ghgEventRequestSchema,
        response: { 200: ghgFacilityDetailSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.manage");
      return recordEvent(db, request.params.id, request.body, auditContext(request));
    },
  );

  app.post(
    "/imports",
    {
      bodyLimit: 16 * 1024 * 1024,
      preValidation: authorizeFirst("ghg.manage"),
      schema: {
        tags,
        summary:
          "Đọc phụ lục danh mục (Excel .xlsx hoặc CSV, base64), chọn các cơ sở trên địa bàn tỉnh theo địa chỉ, so sánh với sổ; chờ xác nhận",
        body: ghgImportRequestSchema,
        response: { 200: ghgImportSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.manage");
      return readListFile(db, request.body, auditContext(request));
    },
  );

  app.get(
    "/imports/:id",
    {
      schema: {
        tags,
        summary: "Một lần nhập danh mục và so sánh với sổ",
        params: idParamsSchema,
        response: { 200: ghgImportSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.read");
      const row = await repo.findImport(db, request.params.id);
      if (!row) throw notFound("ghgListImport");
      return importView(row);
    },
  );

  app.post(
    "/imports/:id/confirm",
    {
      schema: {
        tags,
        summary: "Xác nhận danh mục: áp dụng mọi thay đổi vào sổ",
        params: idParamsSchema,
        response: { 200: ghgImportSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.manage");
      return confirmImport(db, request.params.id, auditContext(request));
    },
  );

  app.post(
    "/imports/:id/discard",
    {
      schema: {
        tags,
        summary: "Hủy lần nhập danh mục, sổ không đổi",
        params: idParamsSchema,
        response: { 200: ghgImportSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.manage");
      return discardImport(db, request.params.id, auditContext(request));
    },
  );
};
