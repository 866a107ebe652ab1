// Saving an agency's figures and explanations. A save is all or nothing: every value is
// checked and compared with the version its editor started from before anything is written,
// and each changed value gains a version saying who changed it, when, from what and why.
import { randomUUID } from "node:crypto";
import type { ValueInput } from "../../../contracts/cycles.js";
import { readNumberEntry } from "../../../domain/cycle/checks.js";
import { localDay } from "../../../domain/cycle/timeliness.js";
import type { ListItem } from "../../../domain/formula/index.js";
import { checkInputs } from "../../../domain/framework/inputs.js";
import { formatDateVi, formatNumberVi } from "../../../domain/text/format-vi.js";
import type { DbOrTx } from "../../db/client.js";
import { auditEvents } from "../../db/schema.js";
import { type AuditContext, auditRow, recordAudit } from "../../platform/audit.js";
import { AppError, type ErrorDetail, notFound } from "../../platform/errors.js";
import { compiledVersion } from "../frameworks/frameworks.service.js";
import { queueNotification } from "../notifications/notify.js";
import * as repo from "./cycles.repo.js";
import {
  assertCycleMay,
  assertSubmissionMay,
  guardAgencyChange,
  historyReadOnly,
  type SubmissionRow,
} from "./guards.js";
import { saveIndicatorExplanation } from "./indicator-explanations.service.js";
import { onBehalfReason } from "./on-behalf.service.js";
import * as valuesRepo from "./values.repo.js";

interface Editor extends AuditContext {
  displayName: string;
}

type Parsed = { element: string; number: string | null; list: ListItem[] | null; input: ValueInput };

const sameValue = (a: { valueNumber: string | null; valueList: unknown }, b: Parsed) =>
  (a.valueNumber === null ? null : Number(a.valueNumber)) === (b.number === null ? null : Number(b.number)) &&
  JSON.stringify(a.valueList ?? null) === JSON.stringify(b.list);

/**
 * The guards of `guardAgencyChange` (guards.ts), with the framework version and the agency's
 * assigned elements, in two reads instead of four: a save is the busiest write there is. Whole history cycles are kept by the coordinator, outside the
 * agencies' workflow; there the agency's values are locked by the read that compares them.
 */
async function guardSave(tx: DbOrTx, cycleId: string, agencyId: string, history: "allowed" | "refused") {
  const found = await repo.findCycleToSaveIn(tx, cycleId);
  if (!found) throw notFound("cycle");
  const { cycle, frameworkVersionId } = found;
  assertCycleMay(cycle, "collect");
  if (!frameworkVersionId) throw notFound("framework");
  const framework = await compiledVersion(tx, frameworkVersionId);
  if (cycle.kind === "history") {
    if (history !== "allowed") throw historyReadOnly(cycle);
    const assigned = await repo.assignedElements(tx, cycleId, agencyId);
    return { cycle, framework, submission: null, assigned, noData: [] };
  }
  const mine = await repo.findSubmissionToSave(tx, cycleId, agencyId);
  if (!mine) throw notFound("submission");
  assertSubmissionMay(mine.submission, "edit");
  return { cycle, framework, submission: mine.submission, assigned: mine.elements, noData: mine.noData };
}

const noDataProblem = (element: string, name: string): ErrorDetail => ({
  field: `values.${element}`,
  message: `${name}: đã ghi nhận là không có số liệu năm nay. Bỏ ghi nhận đó trước khi nhập.`,
});

function noDataRecorded(elements: string[], defs: Map<string, { name: { vi: string } }>): AppError {
  return new AppError(
    "VALIDATION_FAILED",
    {},
    elements.map((e) => noDataProblem(e, defs.get(e)?.name.vi ?? e)),
  );
}

export async function saveValues(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  inputs: ValueInput[],
  editor: Editor,
  /**
   * How the values came, for the audit trail (e.g. "Nhập từ tệp Excel “…”"); `history` when the
   * editor is the coordinator, who keeps the past years entered as the comparison base;
   * `onBehalf` when the coordinator enters a live year's figures from the agency's letter.
   */
  options: { via?: string; history?: "allowed"; onBehalf?: true } = {},
): Promise<{ saved: { element: string; version: number }[] }> {
  return db.transaction(async (tx) => {
    const {
      cycle,
      framework,
      submission,
      assigned: assignedList,
      noData: noDataList,
    } = await guardSave(tx, cycleId, agencyId, options.history ?? "refused");
    const onBehalf =
      options.onBehalf && cycle.kind !== "history"
        ? await onBehalfReason(tx, cycleId, agencyId, submission)
        : null;
    // A change after a return answers it, unless the editor says otherwise.
    const returned =
      submission?.status === "returned" ? `Sửa sau khi bị trả lại: ${submission.returnReason ?? ""}` : null;
    const defaultReason = [onBehalf, returned].filter(Boolean).join(". ") || null;
    const noData = new Set(noDataList);
    const defs = new Map(framework.def.dataElements.map((e) => [e.code, e]));
    const assigned = new Set(assignedList);
    const problems: ErrorDetail[] = [];
    const parsed: Parsed[] = [];
    const seen = new Set<string>();
    for (const input of inputs) {
      const field = `values.${input.element}`;
      const def = defs.get(input.element);
      if (!def || !assigned.has(input.element))
        throw new AppError("NOT_ASSIGNED", { element: input.element });
      if (noData.has(input.element)) {
        // An empty cell of a figure recorded as absent (a whole form or sheet sent back) is no change.
        if ((input.number ?? "") === "" && !input.list?.length) continue;
        problems.push(noDataProblem(input.element, def.name.vi));
        continue;
      }
      if (seen.has(input.element)) {
        problems.push({ field, message: "Số liệu này xuất hiện hai lần trong cùng một lần lưu" });
        continue;
      }
      seen.add(input.element);
      if (def.kind === "list") {
        const list = (input.list ?? null) as ListItem[] | null;
        for (const issue of list ? checkInputs(framework.def, { [def.code]: list }) : [])
          problems.push({
            field: `${field}[${issue.item ?? 0}]${issue.field ? `.${issue.field}` : ""}`,
            row: issue.item,
            message: issue.message,
          });
        parsed.push({ element: def.code, number: null, list, input });
      } else {
        const entry = readNumberEntry(framework.def, def, input.number);
        if (!entry.ok) problems.push({ field, message: `${def.name.vi}: ${entry.message}` });
        else
          parsed.push({
            element: def.code,
            number: entry.value === null ? null : String(entry.value),
            list: null,
            input,
          });
      }
    }
    if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);

    const existing = new Map(
      (await valuesRepo.listAgencyValues(tx, cycleId, agencyId, true)).map((v) => [v.elementCode, v]),
    );
    const conflicts: ErrorDetail[] = [];
    for (const p of parsed) {
      const current = existing.get(p.element);
      const currentVersion = current?.version ?? null;
      if (currentVersion !== p.input.baseVersion && !(current && sameValue(current, p)))
        conflicts.push({
          field: `values.${p.element}`,
          message: `${defs.get(p.element)!.name.vi}: đã được sửa thành ${
            current?.valueNumber != null
              ? formatNumberVi(Number(current.valueNumber))
              : current?.valueList
                ? "danh sách khác"
                : "trống"
          } (phiên bản ${currentVersion ?? 0}) trong lúc bạn sửa`,
        });
    }
    if (conflicts.length > 0) throw new AppError("STALE_UPDATE", { entity: "dataValue" }, conflicts);

    const saved: { element: string; version: number }[] = [];
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const changes: valuesRepo.ValueChange[] = [];
    for (const p of parsed) {
      const current = existing.get(p.element);
      if (current && sameValue(current, p)) {
        saved.push({ element: p.element, version: current.version });
        continue;
      }
      const version = (current?.version ?? 0) + 1;
      changes.push({
        id: current?.id ?? randomUUID(),
        elementCode: p.element,
        version,
        valueNumber: p.number,
        valueList: p.list,
        reason: p.input.reason ?? defaultReason,
      });
      before[p.element] = current ? (current.valueList ?? current.valueNumber) : null;
      after[p.element] = p.list ?? p.number;
      saved.push({ element: p.element, version });
    }
    if (changes.length === 0) return { saved };
    const at = new Date();
    const changed = changes.map((c) => c.elementCode);
    const audit = tx.insert(auditEvents).values(
      auditRow(editor, {
        type: "submission.values_saved",
        entityId: cycleId,
        agencyId,
        summary: `${onBehalf ? `${onBehalf}: ` : ""}${options.via ? `${options.via}: lưu` : "Lưu"} ${changed.length} số liệu năm ${cycle.year}: ${changed.join(", ")}`,
        before,
        after,
      }),
    );
    // One statement for the values, their versions and the audit event, however many changed.
    const { markedNoData } = await valuesRepo.writeValues(
      tx,
      { cycleId, agencyId, editorId: editor.actorUserId, editorName: editor.displayName, at },
      changes,
      audit,
    );
    // Recorded as absent while this save waited for the submission: refused, nothing written.
    if (markedNoData.length > 0) throw noDataRecorded(markedNoData, defs);
    // The head signed off other figures: a change needs a new sign-off, and both sides are told.
    if (submission?.signedOffAt) await resetSignOff(tx, cycle, submission, at);
    return { saved };
  });
}

export async function saveExplanation(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  input: { subject: string; body: string; previousBody: string },
  editor: AuditContext,
): Promise<void> {
  // The explanation of an indicator is one for the cycle, by the agency responsible for it.
  if (input.subject.startsWith("indicator:"))
    return saveIndicatorExplanation(
      db,
      cycleId,
      input.subject.slice("indicator:".length),
      input,
      agencyId,
      editor,
    );
  await db.transaction(async (tx) => {
    // Explanations belong to the year being assessed: a history year has none to write.
    const { cycle } = await guardAgencyChange(tx, cycleId, agencyId);
    const current = await valuesRepo.findExplanation(tx, cycleId, agencyId, input.subject);
    const saved = current?.body ?? "";
    if (saved === input.body) return;
    if (saved !== input.previousBody)
      throw new AppError("STALE_UPDATE", { entity: "explanation" }, [
        { field: input.subject, message: `Đã được sửa thành: “${saved.slice(0, 200)}”` },
      ]);
    await valuesRepo.writeExplanation(
      tx,
      { cycleId, agencyId, subject: input.subject },
      input.body,
      editor.actorUserId,
    );
    await recordAudit(tx, editor, {
      type: "submission.explanation_saved",
      entityId: cycleId,
      agencyId,
      summary: `Ghi chú số liệu ${input.subject.slice("element:".length)} năm ${cycle.year}`,
      before: current ? { body: current.body } : null,
      after: { body: input.body },
    });
  });
}

/** A change after the head's sign-off voids it: the note says why, the head and reporters are told. */
export async function resetSignOff(
  tx: DbOrTx,
  cycle: { id: string; year: number },
  submission: SubmissionRow,
  at: Date,
) {
  const note = `Số liệu đã thay đổi sau khi lãnh đạo cơ quan ký duyệt ngày ${formatDateVi(
    localDay(submission.signedOffAt!),
  )}, nên cần trình ký lại.`;
  await repo.updateSubmission(tx, submission.id, {
    signedOffBy: null,
    signedOffAt: null,
    signOffRequestedAt: null,
    signOffRequestedBy: null,
    signOffResetNote: note,
  });
  await queueNotification(tx, {
    recipients: { agencyId: submission.agencyId, roles: ["agency_head", "reporter"] },
    kind: "submission.sign_off_reset",
    title: `Ký duyệt số liệu năm ${cycle.year} không còn hiệu lực`,
    body: note,
    link: `/cycles/${cycle.id}/agencies/${submission.agencyId}`,
    dedupeKey: `submission:${submission.id}:sign_off_reset:${at.getTime()}`,
    cycleId: cycle.id,
    agencyId: submission.agencyId,
  });
}
