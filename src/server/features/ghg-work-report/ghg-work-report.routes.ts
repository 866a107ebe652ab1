// The department's yearly report on greenhouse-gas work: its words (read, saved, reset) and the
// report as .docx; and the province's list of facilities in the layout of the national list, for
// the update every two years.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ghgWorkReportDraftSchema,
  ghgWorkReportParamsSchema,
  ghgWorkReportSaveSchema,
} from "../../../contracts/ghg-work-report.js";
import { emissionsBySectorOption } from "../../../domain/charts/ghg-charts.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { attachmentDisposition } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import { chartBlock, renderChart } from "../../documents/charts.js";
import { renderDocx } from "../../documents/docx.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { auditContext, authorize, authorizeFirst } from "../../platform/request.js";
import { buildGhgMinistryList } from "./ghg-ministry-list.js";
import {
  gatherWorkReport,
  getWorkReportDraft,
  resetWorkReportDraft,
  saveWorkReportDraft,
} from "./ghg-work-report.service.js";
import { buildGhgWorkReportDocument, type GhgWorkReportData } from "./ghg-work-report-document.js";

const tags = ["ghg"];
const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function emissionsChart(data: GhgWorkReportData) {
  const { years, bySector } = data.picture.emissions;
  if (years.length === 0) return null;
  return chartBlock(
    renderChart(emissionsBySectorOption(years, bySector, { font: "Tinos" }), 640, 300),
    160,
    "Phát thải khí nhà kính của các cơ sở theo lĩnh vực và năm (tấn CO₂ tương đương)",
  );
}

export const ghgWorkReportRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/work-reports/:year",
    {
      schema: {
        tags,
        summary: "Nội dung báo cáo kết quả kiểm kê khí nhà kính của năm (bản đã lưu hoặc mặc định)",
        params: ghgWorkReportParamsSchema,
        response: { 200: ghgWorkReportDraftSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "ghg.read");
      return getWorkReportDraft(db, request.params.year, actor);
    },
  );

  app.put(
    "/work-reports/:year",
    {
      preValidation: authorizeFirst("ghg.manage"),
      schema: {
        tags,
        summary: "Lưu nội dung báo cáo kết quả kiểm kê khí nhà kính của năm",
        params: ghgWorkReportParamsSchema,
        body: ghgWorkReportSaveSchema,
      },
    },
    async (request, reply) => {
      authorize(request, "ghg.manage");
      await saveWorkReportDraft(db, request.params.year, request.body, auditContext(request));
      return reply.code(204).send();
    },
  );

  app.delete(
    "/work-reports/:year",
    {
      schema: {
        tags,
        summary: "Khôi phục nội dung mặc định của báo cáo kết quả kiểm kê khí nhà kính",
        params: ghgWorkReportParamsSchema,
      },
    },
    async (request, reply) => {
      authorize(request, "ghg.manage");
      await resetWorkReportDraft(db, request.params.year, auditContext(request));
      return reply.code(204).send();
    },
  );

  app.get(
    "/work-reports/:year/report.docx",
    {
      schema: {
        tags,
        summary: "Báo cáo kết quả kiểm kê khí nhà kính của năm gửi Chủ tịch UBND tỉnh (.docx)",
        params: ghgWorkReportParamsSchema,
      },
    },
    async (request, reply) => {
      authorize(request, "ghg.read");
      const { year } = request.params;
      const file = await heavyWork.run(async () => {
        const data = await gatherWorkReport(db, year);
        return renderDocx(buildGhgWorkReportDocument(data, await emissionsChart(data)));
      });
      return reply
        .type(docxType)
        .header("content-disposition", attachmentDisposition(`Bao-cao-kiem-ke-KNK-${year}.docx`))
        .send(file);
    },
  );

  app.get(
    "/facilities/ministry-list.xlsx",
    {
      preValidation: authorizeFirst("ghg.read"),
      schema: {
        tags,
        summary:
          "Danh sách cơ sở của tỉnh theo cột của danh mục quốc gia, để rà soát, cập nhật hai năm một lần",
      },
    },
    async (request, reply) => {
      authorize(request, "ghg.read");
      const today = provinceToday(new Date());
      const file = await heavyWork.run(() => buildGhgMinistryList(db, today));
      return reply
        .type(xlsxType)
        .header("content-disposition", attachmentDisposition(`Danh-sach-co-so-KNK-${today}.xlsx`))
        .send(file);
    },
  );
};
