// Who appraised a report (the council or the reviewers), a quota facility's independent
// verification, and comments: each one transaction with its audit event.
import type { Actor } from "../../../domain/auth/permissions.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { formatDateVi } from "../../../domain/text/format-vi.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { eventsAt, invalid, loadForChange, refused, save } from "./report-change.js";

export async function setAppraisal(
  db: Db,
  id: string,
  input: { rowVersion: number; appraisalBody: "council" | "reviewers"; names: string[] },
  actor: Actor,
  ctx: AuditContext,
) {
  await db.transaction(async (tx) => {
    const { report, facility, state } = await loadForChange(tx, id, input.rowVersion, actor);
    if (state.quota)
      throw refused(
        "Cơ sở được phân bổ hạn ngạch: báo cáo được thẩm tra độc lập, ghi tổ chức thẩm tra thay cho người thẩm định",
      );
    await save(tx, report, { appraisalBody: input.appraisalBody, appraisers: input.names });
    const who = `${input.appraisalBody === "council" ? "Hội đồng thẩm định" : "Người thẩm định"}: ${input.names.join(", ")}`;
    await eventsAt(tx, id, ctx.actorUserId)({ kind: "appraisal", note: who });
    await recordAudit(tx, ctx, {
      type: "ghg_report.appraisal_set",
      entityId: id,
      summary: `${who} (báo cáo năm ${report.year} của ${facility.name})`,
      before: { appraisalBody: report.appraisalBody, appraisers: report.appraisers },
      after: { appraisalBody: input.appraisalBody, appraisers: input.names },
    });
  });
}

export async function setVerification(
  db: Db,
  id: string,
  input: { rowVersion: number; verifier: string; conclusion: string; verifiedOn: string },
  actor: Actor,
  ctx: AuditContext,
  now = new Date(),
) {
  await db.transaction(async (tx) => {
    const { report, facility, state } = await loadForChange(tx, id, input.rowVersion, actor);
    if (!state.quota)
      throw refused(
        "Chỉ cơ sở được phân bổ hạn ngạch mới được thẩm tra độc lập; báo cáo của cơ sở này do tỉnh thẩm định",
      );
    if (state.status === "accepted")
      throw refused("Báo cáo đã được chấp nhận; mở lại báo cáo trước khi sửa kết quả thẩm tra");
    const today = provinceToday(now);
    if (input.verifiedOn > today)
      throw invalid("verifiedOn", `Ngày thẩm tra không được sau hôm nay (${formatDateVi(today)})`);
    await save(tx, report, {
      verifier: input.verifier,
      verificationConclusion: input.conclusion,
      verifiedOn: input.verifiedOn,
    });
    await eventsAt(
      tx,
      id,
      ctx.actorUserId,
    )({
      kind: "verification",
      note: `${input.verifier}, ngày ${formatDateVi(input.verifiedOn)}: ${input.conclusion}`,
    });
    await recordAudit(tx, ctx, {
      type: "ghg_report.verification_set",
      entityId: id,
      summary: `Kết quả thẩm tra báo cáo năm ${report.year} của ${facility.name}: ${input.verifier}, ngày ${formatDateVi(input.verifiedOn)}`,
      before: {
        verifier: report.verifier,
        conclusion: report.verificationConclusion,
        verifiedOn: report.verifiedOn,
      },
      after: input,
    });
  });
}

export async function addComment(db: Db, id: string, text: string, actor: Actor, ctx: AuditContext) {
  await db.transaction(async (tx) => {
    const { report, facility, roles } = await loadForChange(tx, id, null, actor);
    if (roles.length === 0) throw new AppError("FORBIDDEN");
    await eventsAt(tx, id, ctx.actorUserId)({ kind: "comment", note: text });
    await recordAudit(tx, ctx, {
      type: "ghg_report.commented",
      entityId: report.id,
      summary: `Ý kiến về báo cáo năm ${report.year} của ${facility.name}`,
      after: { text },
    });
  });
}
