// When an agency sends its figures on paper or by letter instead of entering them, the
// coordinator records the letter and enters them for it: every value saved says so and names
// the letter, the agency is told, and the coordinator sends the submission on its behalf.
import { randomUUID } from "node:crypto";
import type { AgencyLetter, UploadLetterFields } from "../../../contracts/cycles.js";
import { formatDateVi } from "../../../domain/text/format-vi.js";
import type { DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import type { FileStore, ReceivedFile } from "../../platform/file-store.js";
import { checkDocumentFile, refuseFutureDocDate } from "../evidence/evidence.service.js";
import { queueNotification } from "../notifications/notify.js";
import * as repo from "./cycles.repo.js";
import type { SubmissionRow } from "./guards.js";
import { guardAgencyChange } from "./guards.js";
import * as letters from "./letters.repo.js";

/** "văn bản số 12/SXD-KHTC ngày 05/03/2026", as values and the audit trail name it. */
export const letterReference = (letter: { docNumber: string; docDate: string }) =>
  `văn bản số ${letter.docNumber} ngày ${formatDateVi(letter.docDate)}`;

export async function listLetterViews(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
): Promise<AgencyLetter[]> {
  return (await letters.listLetters(db, cycleId, agencyId)).map(({ letter: l, uploaderName }) => ({
    id: l.id,
    fileName: l.fileName,
    sizeBytes: l.sizeBytes,
    docNumber: l.docNumber,
    docDate: l.docDate,
    note: l.note,
    uploadedBy: uploaderName,
    uploadedAt: l.uploadedAt.toISOString(),
  }));
}

export async function getLetter(db: DbOrTx, id: string): Promise<letters.LetterRow> {
  const row = await letters.findLetter(db, id);
  if (!row) throw notFound("letter");
  return row;
}

/**
 * Records the agency's letter and, from then on, lets the coordinator enter its figures. The
 * submission must still be open to changes: a letter after the agency has sent is not needed.
 */
export async function receiveLetter(
  db: DbOrTx,
  store: FileStore,
  input: {
    cycleId: string;
    agencyId: string;
    fileName: string;
    fields: UploadLetterFields;
    file: ReceivedFile;
  },
  ctx: AuditContext,
): Promise<void> {
  const { cycleId, agencyId, fileName, fields, file } = input;
  refuseFutureDocDate(fields.docDate);
  const verdict = await checkDocumentFile(fileName, file);
  await store.commit(file);
  await db.transaction(async (tx) => {
    const { cycle, submission } = await guardAgencyChange(tx, cycleId, agencyId);
    const agency = await repo.findAgency(tx, agencyId);
    if (!agency || !submission) throw notFound("agency");
    const id = randomUUID();
    const row = {
      fileName,
      sha256: file.sha256,
      sizeBytes: file.sizeBytes,
      mediaType: verdict.mediaType,
      docNumber: fields.docNumber,
      docDate: fields.docDate,
      note: fields.note,
    };
    await letters.insertLetter(tx, { id, cycleId, agencyId, ...row, uploadedBy: ctx.actorUserId });
    if (!submission.onBehalfSince)
      await repo.updateSubmission(tx, submission.id, {
        onBehalfSince: new Date(),
        onBehalfBy: ctx.actorUserId,
      });
    const reference = letterReference(fields);
    await queueNotification(tx, {
      recipients: { agencyId },
      kind: "submission.on_behalf",
      title: `Sở Nông nghiệp và Môi trường nhập thay số liệu năm ${cycle.year}`,
      body: `Sở Nông nghiệp và Môi trường đã nhận ${reference} của ${agency.name} và sẽ nhập số liệu năm ${cycle.year} thay cơ quan theo văn bản này. Mọi số liệu nhập thay đều ghi rõ, cơ quan xem được trên biểu.`,
      link: `/cycles/${cycleId}/agencies/${agencyId}`,
      dedupeKey: `letter:${id}`,
      cycleId,
      agencyId,
    });
    await recordAudit(tx, ctx, {
      type: "submission.letter_received",
      entityId: id,
      agencyId,
      summary: `Nhận ${reference} của ${agency.name} (“${fileName}”) để nhập thay số liệu năm ${cycle.year}`,
      after: { cycleId, ...row },
    });
  });
}

/**
 * The ground of a change the coordinator makes for the agency: refused until a letter is
 * recorded, and otherwise the reason each value's version carries.
 */
export async function onBehalfReason(
  tx: DbOrTx,
  cycleId: string,
  agencyId: string,
  submission: SubmissionRow | null,
): Promise<string> {
  const letter = submission?.onBehalfSince ? await letters.latestLetter(tx, cycleId, agencyId) : undefined;
  if (!letter) throw new AppError("ON_BEHALF_LETTER_REQUIRED");
  return `Nhập thay cơ quan theo ${letterReference(letter)}`;
}
