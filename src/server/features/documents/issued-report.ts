// The report as issued: after the leader signs, the coordinator records its number and date and
// uploads the signed PDF. From then on the dossier carries that file, never a regenerated one.
import type { CycleStatus } from "../../../contracts/cycles.js";
import type { IssuedReport } from "../../../contracts/documents.js";
import { isCycleLocked } from "../../../domain/cycle/workflow.js";
import { formatDateVi } from "../../../domain/text/format-vi.js";
import type { DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import type { FileStore, ReceivedFile } from "../../platform/file-store.js";
import { loadCycle } from "../cycles/guards.js";
import { checkDocumentFile, refuseFutureDocDate } from "../evidence/evidence.service.js";
import * as repo from "./issued-report.repo.js";

export { findIssuedReport, type IssuedReportRow } from "./issued-report.repo.js";

export async function issuedReportView(db: DbOrTx, cycleId: string): Promise<IssuedReport | null> {
  const row = await repo.findIssuedReportWithUploader(db, cycleId);
  if (!row) return null;
  const { report } = row;
  return {
    docNumber: report.docNumber,
    docDate: report.docDate,
    fileName: report.fileName,
    sizeBytes: report.sizeBytes,
    uploadedBy: row.uploaderName,
    uploadedAt: report.uploadedAt.toISOString(),
  };
}

/** Records (or replaces, until the year is sent to the Ministry) the signed report. */
export async function recordIssuedReport(
  db: DbOrTx,
  store: FileStore,
  input: { cycleId: string; fileName: string; docNumber: string; docDate: string; file: ReceivedFile },
  ctx: AuditContext,
): Promise<void> {
  const { cycleId, fileName, docNumber, docDate, file } = input;
  refuseFutureDocDate(docDate);
  const verdict = await checkDocumentFile(fileName, file);
  if (verdict.kind !== "pdf")
    throw new AppError("VALIDATION_FAILED", {}, [
      {
        field: "file",
        message: `Tệp “${fileName}” không phải PDF: báo cáo đã ký được lưu dưới dạng PDF (bản chụp hoặc bản ký số)`,
      },
    ]);
  await store.commit(file);
  await db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, cycleId, { forUpdate: true });
    const status = cycle.status as CycleStatus;
    // Signed only once approved; once sent, what the Ministry received stays as it was.
    if (!isCycleLocked(status) || status === "sent_to_ministry")
      throw new AppError("INVALID_TRANSITION", {
        action: "ghi nhận báo cáo đã ký",
        entity: "cycle",
        state: status === "sent_to_ministry" ? "đã gửi Bộ" : "chưa được phê duyệt",
      });
    const before = await repo.findIssuedReport(tx, cycleId);
    const row = { docNumber, docDate, fileName, sha256: file.sha256, sizeBytes: file.sizeBytes };
    await repo.upsertIssuedReport(tx, { cycleId, ...row, uploadedBy: ctx.actorUserId });
    await recordAudit(tx, ctx, {
      type: "document.report_issued",
      entityId: cycleId,
      summary: `Ghi nhận Báo cáo số ${docNumber} ngày ${formatDateVi(docDate)} (bản đã ký “${fileName}”) của kỳ đánh giá năm ${cycle.year}`,
      before: before ? { docNumber: before.docNumber, docDate: before.docDate, sha256: before.sha256 } : null,
      after: row,
    });
  });
}
