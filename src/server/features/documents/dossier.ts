// The dossier the province sends the Ministry: the self-assessment report (Word and PDF), the
// cycle's figures as Excel, and every evidence document in force, filed by indicator, with a
// manifest of SHA-256 checksums. Names are safe on Windows and keep their diacritics.
import fs from "node:fs";
import type { CycleStatus } from "../../../contracts/cycles.js";
import type { DossierSummary } from "../../../contracts/documents.js";
import { isCycleLocked } from "../../../domain/cycle/workflow.js";
import { safeFileName, safeNameComponent } from "../../../domain/text/file-names.js";
import { formatDateVi } from "../../../domain/text/format-vi.js";
import type { Db } from "../../db/client.js";
import {
  checksumsPath,
  type DossierEntry,
  type FileEntry,
  manifestPath,
} from "../../documents/dossier-zip.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import type { FileStore } from "../../platform/file-store.js";
import { releaseMemory } from "../../platform/release-memory.js";
import { cycleFramework } from "../cycles/cycles.service.js";
import { loadCycle } from "../cycles/guards.js";
import { listEvidenceInForce } from "../evidence/evidence.repo.js";
import { writeCycleDataWorkbook } from "../forms/cycle-export.js";
import { findIssuedReport, type IssuedReportRow, issuedReportView } from "./issued-report.js";
import { buildReportFiles } from "./report.js";

const evidenceFolder = "03 Minh chứng";

/** Gives each path once: a second "x.pdf" in the same folder becomes "x (2).pdf". */
function uniquePaths() {
  const taken = new Set<string>();
  return (wanted: string) => {
    const dot = wanted.lastIndexOf(".");
    const [stem, extension] =
      dot > wanted.lastIndexOf("/") ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ""];
    let candidate = wanted;
    for (let n = 2; taken.has(candidate.toLocaleLowerCase("vi-VN")); n++)
      candidate = `${stem} (${n})${extension}`;
    taken.add(candidate.toLocaleLowerCase("vi-VN"));
    return candidate;
  };
}

function readMe(title: string, evidenceCount: number, issued: IssuedReportRow | undefined): string {
  return [
    title,
    "",
    "Nội dung:",
    issued
      ? `- 01: Báo cáo số ${issued.docNumber} ngày ${formatDateVi(issued.docDate)}, bản đã ký (PDF), và bản Word để làm việc;`
      : "- 01: báo cáo tự đánh giá (Word và PDF);",
    "- 02: số liệu của kỳ đánh giá (Excel);",
    `- ${evidenceFolder}: ${evidenceCount} tài liệu minh chứng, xếp theo mã chỉ số;`,
    `- ${manifestPath}: danh mục các tệp với cơ quan, số hiệu, ngày, nơi ban hành và mã SHA-256;`,
    `- ${checksumsPath}: mã SHA-256 của từng tệp.`,
    "",
    "Kiểm tra tính toàn vẹn sau khi giải nén:",
    `- Linux, macOS: sha256sum -c ${checksumsPath}`,
    '- Windows (PowerShell): Get-FileHash -Algorithm SHA256 "<tên tệp>", rồi so với dòng tương ứng.',
    "",
  ].join("\r\n");
}

export interface DossierPlan {
  title: string;
  fileName: string;
  entries: DossierEntry[];
}

/**
 * The evidence files the dossier will hold, checked before the first byte is sent: a stored
 * file that is missing is reported as an error instead of a zip broken halfway.
 */
async function evidenceEntries(db: Db, store: FileStore, cycleId: string): Promise<FileEntry[]> {
  const cycle = await loadCycle(db, cycleId);
  const { framework } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const unique = uniquePaths();
  const entries: FileEntry[] = [];
  for (const { evidence: doc, agencyName, agencyShortName } of await listEvidenceInForce(db, cycleId)) {
    const source = store.pathOf("evidence", doc.sha256);
    const present = await fs.promises.access(source).then(
      () => true,
      () => false,
    );
    if (!present)
      throw new AppError("EVIDENCE_FILE_MISSING", {
        file: doc.fileName,
        agency: agencyName,
        indicator: doc.indicatorCode,
      });
    const indicatorName = framework.indicators.get(doc.indicatorCode)?.def.name.vi ?? "";
    const folder = safeNameComponent(`${doc.indicatorCode} - ${indicatorName}`, 60);
    // The stored name is already a client's base name; only the agency's label is ours.
    const name = safeFileName(`${safeNameComponent(agencyShortName ?? agencyName)} - ${doc.fileName}`, 100);
    entries.push({
      path: unique(`${evidenceFolder}/${folder}/${name}`),
      source,
      sha256: doc.sha256,
      sizeBytes: doc.sizeBytes,
      kind: "evidence",
      indicator: doc.indicatorCode,
      agency: agencyName,
      docNumber: doc.docNumber,
      docDate: doc.docDate,
      issuer: doc.issuer,
    });
  }
  return entries;
}

const dossierTitle = (year: number) => `Hồ sơ Bộ chỉ số PEPI năm ${year}`;

/** What the dossier would hold, without generating it: shown before the download. */
export async function dossierSummary(
  db: Db,
  store: FileStore,
  cycleId: string,
  maxUploadBytes: number,
): Promise<DossierSummary> {
  const cycle = await loadCycle(db, cycleId);
  const evidence = await evidenceEntries(db, store, cycleId);
  return {
    fileName: `${dossierTitle(cycle.year)}.zip`,
    issuedReport: await issuedReportView(db, cycleId),
    maxUploadBytes,
    approved: isCycleLocked(cycle.status as CycleStatus),
    evidenceCount: evidence.length,
    evidenceBytes: evidence.reduce((sum, e) => sum + e.sizeBytes, 0),
    indicatorsWithEvidence: [...new Set(evidence.flatMap((e) => (e.indicator ? [e.indicator] : [])))],
  };
}

/** Everything the dossier will hold: the generated documents, then the evidence files. */
export async function planDossier(db: Db, store: FileStore, cycleId: string): Promise<DossierPlan> {
  const cycle = await loadCycle(db, cycleId);
  const title = dossierTitle(cycle.year);
  const evidence = await evidenceEntries(db, store, cycleId);
  const report = await buildReportFiles(db, cycleId);
  releaseMemory();
  const workbook = await writeCycleDataWorkbook(db, cycleId);
  const issued = await findIssuedReport(db, cycleId);
  if (issued && !(await store.has("evidence", issued.sha256)))
    throw new AppError("ISSUED_REPORT_FILE_MISSING", { file: issued.fileName });
  // Once signed, the report is the signed file; the generated Word stays only as a working copy.
  const reportEntries: DossierEntry[] = issued
    ? [
        {
          path: `01 ${report.fileBase} - bản đã ký.pdf`,
          source: store.pathOf("evidence", issued.sha256),
          sha256: issued.sha256,
          sizeBytes: issued.sizeBytes,
          kind: "report",
          indicator: null,
          agency: null,
          docNumber: issued.docNumber,
          docDate: issued.docDate,
          issuer: null,
        },
        { path: `01 ${report.fileBase} - bản Word để làm việc.docx`, content: report.docx, kind: "report" },
      ]
    : [
        { path: `01 ${report.fileBase}.docx`, content: report.docx, kind: "report" },
        { path: `01 ${report.fileBase}.pdf`, content: report.pdf, kind: "report" },
      ];
  const entries: DossierEntry[] = [
    {
      path: "00 Đọc trước.txt",
      content: Buffer.from(readMe(title, evidence.length, issued)),
      kind: "notice",
    },
    ...reportEntries,
    { path: `02 Số liệu PEPI ${cycle.year}.xlsx`, content: workbook, kind: "data" },
    ...evidence,
  ];
  return { title, fileName: `${title}.zip`, entries };
}

/** The record that the dossier was taken, and by whom, with what it held. */
export async function recordDossier(db: Db, cycleId: string, plan: DossierPlan, ctx: AuditContext) {
  const cycle = await loadCycle(db, cycleId);
  const evidenceCount = plan.entries.filter((e) => e.kind === "evidence").length;
  await db.transaction((tx) =>
    recordAudit(tx, ctx, {
      type: "dossier.generated",
      entityId: cycleId,
      summary: `Tạo hồ sơ gửi Bộ năm ${cycle.year}: ${plan.entries.length} tệp, ${evidenceCount} minh chứng`,
      after: { files: plan.entries.map((e) => e.path), status: cycle.status },
    }),
  );
}
