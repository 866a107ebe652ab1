// The department's yearly report to the chairman on greenhouse-gas work: its words (defaults
// from the register, saved whole by the coordinator with a row version, or reset), and the
// figures it prints, always read from the register, the obligations and the reports.
import {
  type GhgWorkReportDraft,
  type GhgWorkReportFields,
  ghgWorkReportFieldsSchema,
} from "../../../contracts/ghg-work-report.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { formatDateVi } from "../../../domain/text/format-vi.js";
import { provincialCommittee } from "../../../domain/text/official-names.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { upper } from "../../documents/layout.js";
import { type AuditContext, changedFields, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { issuerInitials, placeName, twoLineName } from "../documents/draft-defaults.js";
import { parseDraftFields } from "../documents/issuer-blocks.js";
import { overdueByAgency } from "../ghg-obligations/obligations.service.js";
import { ghgPicture } from "../ghg-picture/ghg-picture.service.js";
import { pictureObligations } from "../ghg-picture/picture-obligations.js";
import { issuer } from "../plans/plan-synthesis.service.js";
import * as repo from "./ghg-work-report.repo.js";
import type { GhgWorkReportData } from "./ghg-work-report-document.js";

const reviewStatusVi: Record<string, string> = {
  planned: "chưa thực hiện",
  in_progress: "đang thực hiện",
  done: "đã hoàn thành",
};

/** What section 1 starts from: only what the register knows (the lists in force, the reviews). */
async function actionDefaults(db: DbOrTx, year: number): Promise<string> {
  const end = `${year}-12-31`;
  const lists = (await repo.listsInOrder(db)).filter((l) => (l.effectiveFrom ?? l.signedOn ?? "") <= end);
  const lines = lists.map(
    (l) =>
      `- Triển khai danh mục cơ sở phát thải khí nhà kính phải thực hiện kiểm kê ban hành kèm theo Quyết định số ${l.code}` +
      `${l.effectiveFrom ? ` (có hiệu lực từ ngày ${formatDateVi(l.effectiveFrom)})` : ""}.`,
  );
  for (const review of await repo.reviewsInOrder(db)) {
    if (!review.dueOn.startsWith(String(year))) continue;
    lines.push(
      `- ${review.title} (thời hạn ${formatDateVi(review.dueOn)}): ${reviewStatusVi[review.status] ?? review.status}.`,
    );
  }
  return lines.join("\n");
}

export async function workReportDefaults(db: DbOrTx, year: number): Promise<GhgWorkReportFields> {
  const who = await issuer(db);
  const committee = provincialCommittee(who.provinceName);
  return {
    superiorBody: `UBND ${upper(who.provinceName)}`,
    issuingBody: twoLineName(upper(who.departmentName)),
    numberSymbol: `/BC-${issuerInitials(who.departmentName)}`,
    place: placeName(who.provinceName),
    date: null,
    subject: `Kết quả thực hiện kiểm kê khí nhà kính của các cơ sở trên địa bàn tỉnh năm ${year}`,
    addressees: [`Chủ tịch ${committee}`],
    introduction:
      "Thực hiện Nghị định số 06/2022/NĐ-CP ngày 07/01/2022 của Chính phủ quy định giảm nhẹ phát thải khí nhà " +
      "kính và bảo vệ tầng ô-dôn (được sửa đổi, bổ sung bởi Nghị định số 119/2025/NĐ-CP ngày 09/6/2025), " +
      `${who.departmentName} báo cáo kết quả thực hiện kiểm kê khí nhà kính của các cơ sở trên địa bàn tỉnh ` +
      `năm ${year} như sau:`,
    actions: await actionDefaults(db, year),
    remaining: "",
    proposals:
      `Đề nghị Chủ tịch ${committee} chỉ đạo các Sở quản lý lĩnh vực đôn đốc các cơ sở chưa gửi hoặc gửi chậm ` +
      "báo cáo nêu tại mục 3 thực hiện đầy đủ nghĩa vụ kiểm kê khí nhà kính theo quy định.",
    signerAuthority: "KT. GIÁM ĐỐC",
    signerTitle: "PHÓ GIÁM ĐỐC",
    signerName: "",
    recipients: ["Như trên;", "Lãnh đạo Sở;", "Lưu: VT, BĐKH."],
  };
}

async function fieldsOf(db: DbOrTx, year: number, saved: repo.WorkReportRow | undefined) {
  return saved ? ghgWorkReportFieldsSchema.parse(saved.fields) : workReportDefaults(db, year);
}

export async function getWorkReportDraft(db: Db, year: number, actor: Actor): Promise<GhgWorkReportDraft> {
  const saved = await repo.findWorkReport(db, year);
  return {
    year,
    fields: await fieldsOf(db, year, saved),
    saved: saved !== undefined,
    rowVersion: saved?.rowVersion ?? null,
    updatedAt: saved?.updatedAt.toISOString() ?? null,
    allowedActions: can(actor, "ghg.manage") ? ["ghg.manage"] : [],
  };
}

export async function saveWorkReportDraft(
  db: Db,
  year: number,
  input: { fields: unknown; rowVersion: number | null },
  ctx: AuditContext,
): Promise<void> {
  const fields = parseDraftFields(ghgWorkReportFieldsSchema, input.fields);
  await db.transaction(async (tx) => {
    const row = await repo.findWorkReport(tx, year, "update");
    if ((row?.rowVersion ?? null) !== input.rowVersion)
      throw new AppError("STALE_UPDATE", { entity: "ghgWorkReport" });
    const before = (await fieldsOf(tx, year, row)) as Record<string, unknown>;
    const change = changedFields(before, fields as Record<string, unknown>);
    if (row) {
      if (!change) return;
      await repo.updateWorkReport(tx, year, {
        fields,
        rowVersion: row.rowVersion + 1,
        updatedBy: ctx.actorUserId,
      });
    } else if (!(await repo.insertWorkReport(tx, { year, fields, updatedBy: ctx.actorUserId })))
      throw new AppError("STALE_UPDATE", { entity: "ghgWorkReport" });
    await recordAudit(tx, ctx, {
      type: "ghg.work_report_saved",
      entityId: String(year),
      summary: `Sửa nội dung báo cáo kết quả kiểm kê khí nhà kính năm ${year}`,
      before: change?.before ?? null,
      after: { year, ...change?.after },
    });
  });
}

export async function resetWorkReportDraft(db: Db, year: number, ctx: AuditContext): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.findWorkReport(tx, year, "update");
    if (!row) return;
    await repo.deleteWorkReport(tx, year);
    await recordAudit(tx, ctx, {
      type: "ghg.work_report_reset",
      entityId: String(year),
      summary: `Khôi phục nội dung mặc định của báo cáo kết quả kiểm kê khí nhà kính năm ${year}`,
      before: row.fields,
      after: { year },
    });
  });
}

/** Everything the report prints for `year`, read now. */
export async function gatherWorkReport(db: Db, year: number, now = new Date()): Promise<GhgWorkReportData> {
  const today = provinceToday(now);
  const saved = await repo.findWorkReport(db, year);
  const fields = await fieldsOf(db, year, saved);
  const who = await issuer(db);
  const obligations = await pictureObligations(db, today);
  const picture = await ghgPicture(db, today, async () => obligations);
  const overdue = await overdueByAgency(db, year, now);
  const owedInYear = new Map<string, { onTime: number; late: number; missing: number; notDue: number }>();
  for (const o of obligations) {
    if (o.year !== year) continue;
    const counts = owedInYear.get(o.facilityId) ?? { onTime: 0, late: 0, missing: 0, notDue: 0 };
    counts[o.fulfilment === "on_time" ? "onTime" : o.fulfilment === "not_due" ? "notDue" : o.fulfilment] += 1;
    owedInYear.set(o.facilityId, counts);
  }
  return {
    year,
    today,
    fields,
    provinceName: who.provinceName,
    departmentName: who.departmentName,
    picture: picture.view,
    facilities: picture.facilities.map((f) => ({
      name: f.name,
      sector: f.sector,
      ministry: f.ministryLabel,
      agencyName: f.agencyName,
      listed: f.listed,
      quota: f.quota,
      year: owedInYear.get(f.id) ?? null,
    })),
    overdue,
  };
}
