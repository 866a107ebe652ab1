// Evidence documents of an agency in a cycle: upload (file checked by its content, stored by its
// SHA-256), list, withdraw while the agency may still change its part, and the coordinator's review.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type {
  EvidenceView,
  ReviewEvidenceRequest,
  SubmissionStatus,
  UploadEvidenceFields,
} from "../../../contracts/cycles.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import { submissionStatusVi } from "../../../domain/cycle/workflow.js";
import { activeContentUnpackedLimit, findActiveContent } from "../../../domain/files/active-content.js";
import { type FileKind, judgeFileType } from "../../../domain/files/file-type.js";
import { formatNumberVi } from "../../../domain/text/format-vi.js";
import type { DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import { detectFileContent } from "../../platform/file-inspect.js";
import type { FileStore, ReceivedFile } from "../../platform/file-store.js";
import { heavyWork } from "../../platform/heavy-work.js";
import * as cyclesRepo from "../cycles/cycles.repo.js";
import { cycleFramework } from "../cycles/cycles.service.js";
import { assertCycleMay, guardAgencyChange, loadCycle, loadSubmission } from "../cycles/guards.js";
import * as repo from "./evidence.repo.js";

/**
 * An Office document that acts when opened never reaches the dossier: the old formats are
 * refused whole (their macros cannot be told apart cheaply), the new ones when they carry
 * macros, external links, network formulas, embedded objects or stray files.
 */
async function refuseActiveContent(fileName: string, kind: FileKind, path: string) {
  if (kind === "doc" || kind === "xls") throw new AppError("FILE_OLD_OFFICE_FORMAT", { file: fileName });
  if (kind !== "docx" && kind !== "xlsx") return;
  const findings = await heavyWork.run(async () => findActiveContent(await fs.promises.readFile(path)));
  if (findings === "too_large")
    throw new AppError("FILE_UNPACKS_TOO_LARGE", {
      file: fileName,
      limit: formatNumberVi(activeContentUnpackedLimit / 1024 / 1024),
    });
  if (findings.length > 0)
    throw new AppError("FILE_ACTIVE_CONTENT", { file: fileName, reason: findings.join("; ") });
}

type SameContent = Awaited<ReturnType<typeof repo.findSameContent>>;

const describeDocument = (d: SameContent[number]) =>
  `“${d.fileName}” (chỉ số ${d.indicatorCode}, ${d.agencyName})`;

export function presentEvidence(
  { evidence: e, uploaderName }: repo.EvidenceWithUploader,
  /** Documents of the cycle with this one's content, itself included or not. */
  sameContent: SameContent = [],
): EvidenceView {
  return {
    id: e.id,
    indicatorCode: e.indicatorCode,
    fileName: e.fileName,
    sizeBytes: e.sizeBytes,
    mediaType: e.mediaType,
    sha256: e.sha256,
    docNumber: e.docNumber,
    docDate: e.docDate,
    issuer: e.issuer,
    reviewStatus: e.reviewStatus as EvidenceView["reviewStatus"],
    reviewNote: e.reviewNote,
    uploadedAt: e.uploadedAt.toISOString(),
    uploadedBy: uploaderName,
    withdrawnAt: e.withdrawnAt?.toISOString() ?? null,
    sameContentAs: sameContent.filter((d) => d.id !== e.id).map(describeDocument),
  };
}

/** The agency's documents in the cycle, withdrawn ones last (or left out). */
export async function listEvidence(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  options: {
    includeWithdrawn?: boolean;
    /** Who reads: the same content elsewhere is named only where the reader may read. */
    reader?: Actor;
  } = {},
): Promise<EvidenceView[]> {
  const rows = await repo.listAgencyEvidence(db, cycleId, agencyId, options.includeWithdrawn ?? true);
  const readable = (other: string) =>
    other === agencyId ||
    (options.reader !== undefined && can(options.reader, "submission.read", { agencyId: other }));
  const bySha = new Map<string, SameContent>();
  for (const d of await repo.findSameContent(db, cycleId))
    if (readable(d.agencyId)) bySha.set(d.sha256, [...(bySha.get(d.sha256) ?? []), d]);
  return rows.map((row) => presentEvidence(row, bySha.get(row.evidence.sha256)));
}

export async function getEvidence(db: DbOrTx, id: string): Promise<repo.EvidenceRow> {
  const row = await repo.findEvidence(db, id);
  if (!row) throw notFound("evidence");
  return row;
}

async function evidenceView(db: DbOrTx, id: string): Promise<EvidenceView> {
  const row = await repo.findEvidenceView(db, id);
  if (!row) throw notFound("evidence");
  // The uploader's own view: the same content is named only among its agency's documents.
  const same = await repo.findSameContent(db, row.evidence.cycleId, row.evidence.sha256);
  return presentEvidence(
    row,
    same.filter((d) => d.agencyId === row.evidence.agencyId),
  );
}

const invalidField = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", {}, [{ field, message }]);

/** An agency documents only indicators that read a figure assigned to it. */
async function assertIndicatorOpenTo(db: DbOrTx, cycleId: string, agencyId: string, indicatorCode: string) {
  const cycle = await loadCycle(db, cycleId);
  const { byIndicator } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const elements = byIndicator.get(indicatorCode);
  if (!elements)
    throw invalidField("indicatorCode", `Kỳ đánh giá năm ${cycle.year} không có chỉ số “${indicatorCode}”`);
  const assigned = new Set(await cyclesRepo.assignedElements(db, cycleId, agencyId));
  if (!elements.some((code) => assigned.has(code)))
    throw invalidField(
      "indicatorCode",
      `Cơ quan không được giao số liệu nào của chỉ số ${indicatorCode} trong kỳ này, nên không thể đính kèm minh chứng cho chỉ số đó`,
    );
}

export function refuseFutureDocDate(docDate: string | null | undefined) {
  const today = new Date().toISOString().slice(0, 10);
  if (docDate && docDate > today) throw invalidField("docDate", "Ngày văn bản không được sau ngày hôm nay");
}

/** What a received document really is; refused when empty, of a kind not kept, or active. */
export async function checkDocumentFile(fileName: string, file: ReceivedFile) {
  if (file.sizeBytes === 0) throw new AppError("FILE_EMPTY", { file: fileName });
  const verdict = judgeFileType(fileName, await detectFileContent(file.tempPath, file.sizeBytes));
  if (!verdict.ok) throw new AppError("FILE_TYPE_REFUSED", { file: fileName, reason: verdict.reason });
  await refuseActiveContent(fileName, verdict.kind, file.tempPath);
  return verdict;
}

export interface UploadInput {
  cycleId: string;
  agencyId: string;
  /** Already made safe (base name, no forbidden characters). */
  fileName: string;
  fields: UploadEvidenceFields;
  file: ReceivedFile;
}

/** Checks the document and its metadata, keeps the file, then records it with its audit event. */
export async function uploadEvidence(
  db: DbOrTx,
  store: FileStore,
  input: UploadInput,
  ctx: AuditContext,
): Promise<EvidenceView> {
  const { cycleId, agencyId, fileName, fields, file } = input;
  refuseFutureDocDate(fields.docDate);
  await assertIndicatorOpenTo(db, cycleId, agencyId, fields.indicatorCode);
  const verdict = await checkDocumentFile(fileName, file);

  // The file first: a row never points at a missing file (an unused file is merely kept).
  await store.commit(file);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const { cycle } = await guardAgencyChange(tx, cycleId, agencyId);
    const twin = (await repo.findSameContent(tx, cycleId, file.sha256)).find(
      (d) => d.agencyId === agencyId && d.indicatorCode === fields.indicatorCode,
    );
    if (twin)
      throw new AppError("EVIDENCE_DUPLICATE", {
        file: fileName,
        existing: twin.fileName,
        indicator: twin.indicatorCode,
      });
    const row = {
      indicatorCode: fields.indicatorCode,
      fileName,
      sha256: file.sha256,
      sizeBytes: file.sizeBytes,
      mediaType: verdict.mediaType,
      docNumber: fields.docNumber,
      docDate: fields.docDate,
      issuer: fields.issuer,
    };
    await repo.insertEvidence(tx, { id, cycleId, agencyId, ...row, uploadedBy: ctx.actorUserId });
    await recordAudit(tx, ctx, {
      type: "evidence.uploaded",
      entityId: id,
      agencyId,
      summary: `Đính kèm minh chứng “${fileName}” cho chỉ số ${fields.indicatorCode}, năm ${cycle.year}`,
      after: { cycleId, ...row },
    });
  });
  return evidenceView(db, id);
}

/** The agency takes a document back; it stays listed as withdrawn. */
export async function withdrawEvidence(db: DbOrTx, id: string, ctx: AuditContext): Promise<EvidenceView> {
  await db.transaction(async (tx) => {
    const current = await getEvidence(tx, id);
    const { cycle } = await guardAgencyChange(tx, current.cycleId, current.agencyId);
    const row = await repo.findEvidence(tx, id, { forUpdate: true });
    if (!row) throw notFound("evidence");
    if (row.withdrawnAt)
      throw new AppError("INVALID_TRANSITION", {
        action: "rút tài liệu",
        entity: "evidence",
        state: "đã rút",
      });
    const withdrawnAt = new Date();
    await repo.updateEvidence(tx, id, { withdrawnAt });
    await recordAudit(tx, ctx, {
      type: "evidence.withdrawn",
      entityId: id,
      agencyId: row.agencyId,
      summary: `Rút minh chứng “${row.fileName}” của chỉ số ${row.indicatorCode}, năm ${cycle.year}`,
      before: { withdrawnAt: null },
      after: { withdrawnAt: withdrawnAt.toISOString() },
    });
  });
  return evidenceView(db, id);
}

/** The coordinator's verdict on a document of a submitted submission, while the cycle is open. */
export async function reviewEvidence(
  db: DbOrTx,
  id: string,
  review: ReviewEvidenceRequest,
  ctx: AuditContext,
): Promise<EvidenceView> {
  await db.transaction(async (tx) => {
    const current = await getEvidence(tx, id);
    const cycle = await loadCycle(tx, current.cycleId, { forUpdate: true });
    assertCycleMay(cycle, "collect");
    const submission = await loadSubmission(tx, current.cycleId, current.agencyId);
    if (submission.status !== "submitted")
      throw new AppError("INVALID_TRANSITION", {
        action: "xem xét tài liệu minh chứng",
        entity: "submission",
        state: submissionStatusVi[submission.status as SubmissionStatus],
      });
    const row = await repo.findEvidence(tx, id, { forUpdate: true });
    if (!row) throw notFound("evidence");
    if (row.withdrawnAt)
      throw new AppError("INVALID_TRANSITION", {
        action: "xem xét tài liệu",
        entity: "evidence",
        state: "đã rút",
      });
    const note = review.note || null;
    await repo.updateEvidence(tx, id, {
      reviewStatus: review.status,
      reviewNote: note,
      reviewedBy: ctx.actorUserId,
      reviewedAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      type: "evidence.reviewed",
      entityId: id,
      agencyId: row.agencyId,
      summary: `Minh chứng “${row.fileName}” (chỉ số ${row.indicatorCode}, năm ${cycle.year}): ${
        review.status === "accepted" ? "chấp nhận" : "không chấp nhận"
      }${note ? ` – ${note}` : ""}`,
      before: { reviewStatus: row.reviewStatus, reviewNote: row.reviewNote },
      after: { reviewStatus: review.status, reviewNote: note },
    });
  });
  return evidenceView(db, id);
}
