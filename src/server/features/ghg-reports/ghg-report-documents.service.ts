// A report's documents: the stamped scan or the digitally signed report, an answer to a request,
// the appraisal minutes and the result letter (the department's only), the verification report.
// Typed from their content and refused when active (as evidence is), kept in the file store
// under their SHA-256, recorded with a history event and an audit event in one transaction.
import { randomUUID } from "node:crypto";
import { type GhgDocumentKind, ghgDocumentKinds } from "../../../contracts/ghg-reports.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { documentKindsFor } from "../../../domain/ghg/report-workflow.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import type { FileStore, ReceivedFile } from "../../platform/file-store.js";
import { checkDocumentFile } from "../evidence/evidence.service.js";
import { rolesOn, stateOf } from "./ghg-report-view.js";
import * as repo from "./ghg-reports.repo.js";
import { refused } from "./report-change.js";

export const documentKindNamesVi: Record<GhgDocumentKind, string> = {
  report_scan: "bản quét báo cáo có dấu",
  report_signed: "báo cáo ký số",
  information: "thông tin bổ sung",
  minutes: "biên bản thẩm định",
  result_letter: "văn bản thông báo kết quả thẩm định",
  verification: "báo cáo thẩm tra",
  other: "tài liệu khác",
};

const maxDocuments = 50;

export async function addDocument(
  db: Db,
  store: FileStore,
  id: string,
  input: { kind: GhgDocumentKind; fileName: string; file: ReceivedFile },
  actor: Actor,
  ctx: AuditContext,
): Promise<void> {
  if (!ghgDocumentKinds.includes(input.kind)) throw new AppError("VALIDATION_FAILED");
  const verdict = await checkDocumentFile(input.fileName, input.file);
  // The file first: a row never points at a missing file (an unused file is merely kept).
  await store.commit(input.file);
  await db.transaction(async (tx) => {
    const report = await repo.findReport(tx, id, "update");
    if (!report) throw notFound("ghgReport");
    const facility = await repo.findFacility(tx, report.facilityId);
    if (!facility) throw notFound("ghgFacility");
    const roles = rolesOn(actor, facility.id);
    const allowed = documentKindsFor(stateOf(report, facility), roles);
    if (!allowed.includes(input.kind)) {
      if (!roles.includes("appraise") && (input.kind === "minutes" || input.kind === "result_letter"))
        throw new AppError("FORBIDDEN");
      throw refused(`Không thể đính kèm ${documentKindNamesVi[input.kind]} vào báo cáo lúc này`);
    }
    if ((await repo.documentsOf(tx, id)).length >= maxDocuments)
      throw new AppError("VALIDATION_FAILED", {}, [
        { field: "file", message: `Mỗi báo cáo kèm tối đa ${maxDocuments} tài liệu` },
      ]);
    const documentId = randomUUID();
    await repo.insertDocument(tx, {
      id: documentId,
      reportId: id,
      versionNumber: report.currentVersion,
      kind: input.kind,
      fileName: input.fileName,
      sha256: input.file.sha256,
      sizeBytes: input.file.sizeBytes,
      mediaType: verdict.mediaType,
      uploadedBy: ctx.actorUserId,
    });
    await repo.insertEvent(tx, {
      id: randomUUID(),
      reportId: id,
      kind: "document",
      note: `${documentKindNamesVi[input.kind][0]!.toUpperCase()}${documentKindNamesVi[input.kind].slice(1)}: ${input.fileName}`,
      actorId: ctx.actorUserId,
      at: new Date(),
    });
    await recordAudit(tx, ctx, {
      type: "ghg_report.document_added",
      entityId: id,
      summary: `Đính kèm ${documentKindNamesVi[input.kind]} “${input.fileName}” vào báo cáo năm ${report.year} của ${facility.name}`,
      after: { documentId, kind: input.kind, fileName: input.fileName, sha256: input.file.sha256 },
    });
  });
}

export async function findDocument(db: Db, reportId: string, documentId: string) {
  const document = await repo.findDocument(db, reportId, documentId);
  if (!document) throw notFound("ghgReportDocument");
  return document;
}
