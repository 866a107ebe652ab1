// The province's greenhouse-gas picture: on screen and as Excel.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ghgPictureSchema } from "../../../contracts/ghg-picture.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { attachmentDisposition } from "../../../domain/text/file-names.js";
import type { Db } from "../../db/client.js";
import type { TableChanges } from "../../db/table-changes.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { authorize, authorizeFirst } from "../../platform/request.js";
import { TableCache } from "../../platform/table-cache.js";
import { buildGhgPictureWorkbook } from "../../reports/ghg-picture-workbook.js";
import { ownProvinceNow } from "../pgi/pgi.service.js";
import { type GhgPictureData, ghgPicture } from "./ghg-picture.service.js";
import { pictureObligations } from "./picture-obligations.js";

const tags = ["ghg"];
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const ghgPictureRoutes: FastifyPluginAsyncZod<{ db: Db; changes: TableChanges | null }> = async (
  app,
  { db, changes },
) => {
  // The picture of a day (what is due depends on it), until the register or a report changes.
  const pictures = new TableCache<GhgPictureData>(
    changes,
    [
      "ghg_lists",
      "ghg_facilities",
      "ghg_facility_listings",
      "ghg_facility_events",
      "ghg_obligation_rules",
      "ghg_reports",
      "ghg_report_versions",
      "agencies",
    ],
    4,
  );
  const pictureOf = async (today: string) =>
    (await pictures.get(today, () => ghgPicture(db, today, pictureObligations)))!;
  app.get(
    "/picture",
    {
      schema: {
        tags,
        summary:
          "Bức tranh chung: số cơ sở theo lĩnh vực, Bộ quản lý, cơ quan theo dõi; tỷ lệ nộp đúng hạn; phát thải theo lĩnh vực và năm; cơ sở phát thải lớn nhất",
        response: { 200: ghgPictureSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.read");
      return (await pictureOf(provinceToday(new Date()))).view;
    },
  );

  app.get(
    "/picture.xlsx",
    {
      preValidation: authorizeFirst("ghg.read"),
      schema: { tags, summary: "Bức tranh chung về cơ sở phát thải khí nhà kính, dạng Excel" },
    },
    async (request, reply) => {
      authorize(request, "ghg.read");
      const today = provinceToday(new Date());
      const data = await pictureOf(today);
      const province = await ownProvinceNow(db);
      const file = await heavyWork.run(() => buildGhgPictureWorkbook(data, province?.name ?? "tỉnh"));
      return reply
        .type(xlsxType)
        .header("content-disposition", attachmentDisposition(`Co-so-phat-thai-KNK-${today}.xlsx`))
        .send(file);
    },
  );
};
