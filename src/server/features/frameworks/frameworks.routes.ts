import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { stringify } from "yaml";
import { z } from "zod";
import {
  computeRequestSchema,
  editionResultSchema,
  frameworkDetailSchema,
  frameworkListSchema,
  frameworkVersionCreatedSchema,
  importAnnexRequestSchema,
  importFrameworkRequestSchema,
  recomputeResultSchema,
  updateIndicatorRequestSchema,
} from "../../../contracts/frameworks.js";
import { type Actor, permissionsOn } from "../../../domain/auth/permissions.js";
import { maxFrameworkFileBytes } from "../../../domain/framework/load.js";
import { attachmentDisposition } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import { auditContext, authorize } from "../../platform/request.js";
import { writeAnnexWorkbook } from "../../reports/annex-workbook.js";
import { computeForRequest } from "../computations/computations.service.js";
import { recomputeFramework } from "../computations/recompute.service.js";
import { importAnnex, maxAnnexBytes } from "./annex.service.js";
import { countProvisional, presentFrameworkDetail } from "./frameworks.present.js";
import * as repo from "./frameworks.repo.js";
import { createFrameworkVersion, loadVersion } from "./frameworks.service.js";
import { applyIndicatorEdit } from "./indicator-edit.js";

const codeParams = z.object({ code: z.string().max(100) });
const frameworkActions = ["framework.read", "framework.manage", "computation.run"] as const;
const allowed = (actor: Actor) => permissionsOn(actor, {}, frameworkActions);

export const frameworkRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "",
    {
      schema: {
        tags: ["frameworks"],
        summary: "Danh sách bộ chỉ số",
        response: { 200: frameworkListSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "framework.read");
      const rows = await repo.listFrameworks(db);
      const items = [];
      for (const { framework, version } of rows) {
        const loaded = await loadVersion(db, framework.code, version.version);
        const detail = presentFrameworkDetail(loaded.framework, {
          version: version.version,
          isCurrent: true,
          versions: [],
          allowedActions: [],
        });
        items.push({
          code: framework.code,
          name: detail.name,
          kind: detail.kind,
          computed: detail.computed,
          currentVersion: framework.currentVersion,
          updatedAt: framework.updatedAt.toISOString(),
          editions: detail.editions.map((e) => ({
            code: e.code,
            name: e.name,
            yearsFrom: e.yearsFrom,
            yearsTo: e.yearsTo,
          })),
          indicatorCount: detail.indicators.length,
          provisionalFieldCount: countProvisional(detail),
          allowedActions: allowed(actor),
        });
      }
      return { items };
    },
  );

  app.get(
    "/:code",
    {
      schema: {
        tags: ["frameworks"],
        summary: "Một bộ chỉ số (phiên bản đang áp dụng hoặc ?version=N), kèm nguồn gốc của từng giá trị",
        params: codeParams,
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
        response: { 200: frameworkDetailSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "framework.read");
      const loaded = await loadVersion(db, request.params.code, request.query.version);
      const versions = (await repo.listVersions(db, request.params.code)).map((v) => ({
        version: v.version,
        sourceName: v.sourceName,
        note: v.note,
        createdAt: v.createdAt.toISOString(),
        createdBy: v.createdBy,
      }));
      return presentFrameworkDetail(loaded.framework, {
        version: loaded.row.version,
        isCurrent: loaded.isCurrent,
        versions,
        allowedActions: allowed(actor),
      });
    },
  );

  app.post(
    "/import",
    {
      bodyLimit: maxFrameworkFileBytes * 2,
      schema: {
        tags: ["frameworks"],
        summary: "Nhập tệp bộ chỉ số (YAML/JSON): tạo phiên bản mới nếu tệp hợp lệ",
        body: importFrameworkRequestSchema,
        response: { 201: frameworkVersionCreatedSchema },
      },
    },
    async (request, reply) => {
      authorize(request, "framework.manage");
      if (!/\.(ya?ml|json)$/i.test(request.body.fileName)) {
        throw new AppError("VALIDATION_FAILED", {}, [
          { field: "fileName", message: "Chỉ nhận tệp .yaml, .yml hoặc .json" },
        ]);
      }
      const created = await createFrameworkVersion(
        db,
        { text: request.body.content, fileName: request.body.fileName, note: request.body.note },
        auditContext(request),
      );
      return reply.status(201).send({ code: created.code, version: created.version });
    },
  );

  app.patch(
    "/:code/indicators/:indicatorCode",
    {
      schema: {
        tags: ["frameworks"],
        summary: "Sửa tham số một chỉ số: tạo phiên bản mới của bộ chỉ số",
        params: codeParams.extend({ indicatorCode: z.string().max(50) }),
        body: updateIndicatorRequestSchema,
        response: { 201: frameworkVersionCreatedSchema },
      },
    },
    async (request, reply) => {
      authorize(request, "framework.manage");
      const current = await loadVersion(db, request.params.code);
      const def = applyIndicatorEdit(current.framework.def, request.params.indicatorCode, request.body);
      const text = `# Sửa trong PEPI Hub từ phiên bản ${current.row.version}: ${request.body.note}\n${stringify(def, { lineWidth: 0 })}`;
      const created = await createFrameworkVersion(
        db,
        {
          text,
          fileName: `${def.code}-v${current.row.version + 1}.yaml`,
          note: `Chỉ số ${request.params.indicatorCode}: ${request.body.note}`,
        },
        auditContext(request),
      );
      return reply.status(201).send({ code: created.code, version: created.version });
    },
  );

  app.get(
    "/:code/annex.xlsx",
    {
      schema: {
        tags: ["frameworks"],
        summary:
          "Tải mẫu phụ lục (.xlsx) điền sẵn giá trị hiện hành, để sửa theo phụ lục chính thức rồi nhập lại",
        params: codeParams,
      },
    },
    async (request, reply) => {
      authorize(request, "framework.read");
      const current = await loadVersion(db, request.params.code);
      const buffer = await writeAnnexWorkbook(current.framework.def);
      const fileName = `phu-luc-${request.params.code}-v${current.row.version}.xlsx`;
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", attachmentDisposition(fileName))
        .send(buffer);
    },
  );

  app.post(
    "/:code/annex",
    {
      bodyLimit: maxAnnexBytes * 2,
      schema: {
        tags: ["frameworks"],
        summary: "Nhập phụ lục (.xlsx): các ô khác giá trị hiện hành được áp dụng và đánh dấu chính thức",
        params: codeParams,
        body: importAnnexRequestSchema,
        response: { 201: frameworkVersionCreatedSchema },
      },
    },
    async (request, reply) => {
      authorize(request, "framework.manage");
      const created = await importAnnex(db, request.params.code, request.body, auditContext(request));
      return reply.status(201).send(created);
    },
  );

  app.post(
    "/:code/compute",
    {
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags: ["frameworks"],
        summary: "Tính và chấm điểm từ một bộ số liệu (không lưu)",
        params: codeParams,
        body: computeRequestSchema,
        response: { 200: editionResultSchema },
      },
    },
    async (request) => {
      authorize(request, "framework.read");
      return computeForRequest(db, request.params.code, request.body);
    },
  );

  app.post(
    "/:code/recompute",
    {
      schema: {
        tags: ["frameworks"],
        summary: "Tính lại mọi kết quả đã lưu theo phiên bản đang áp dụng",
        params: codeParams,
        response: { 200: recomputeResultSchema },
      },
    },
    async (request) => {
      authorize(request, "framework.manage");
      return recomputeFramework(db, request.params.code, auditContext(request));
    },
  );
};
