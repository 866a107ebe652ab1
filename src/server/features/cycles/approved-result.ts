// The result of an approved cycle, kept under "Kết quả tính" with the framework version that
// scored it: the year's official self-assessment, readable (and its what-if) after the cycle
// is locked, and what the home page's trend reads instead of computing locked years again.
import { randomUUID } from "node:crypto";
import { formatNumberVi } from "../../../domain/text/format-vi.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import * as computationsRepo from "../computations/computations.repo.js";
import { evaluate, type StoredInputs } from "../computations/computations.service.js";
import { findOrgUnit } from "../org-units/org-units.repo.js";
import { loadCycleState } from "./cycle-state.js";
import type { CycleRow } from "./cycles.repo.js";

/**
 * On approval: the cycle's result as it now stands, kept under "Kết quả tính" with the framework
 * version that scored it and linked to the cycle, replacing any earlier result of that year. Runs
 * inside the approval's transaction, so both happen or neither does.
 */
export async function storeApprovedResult(
  tx: DbOrTx,
  cycle: CycleRow,
  ctx: AuditContext,
): Promise<{ id: string; total: number }> {
  const state = await loadCycleState(tx, cycle);
  const unit = await findOrgUnit(tx, cycle.orgUnitId);
  const stored: StoredInputs = {
    inputs: state.inputs,
    ...(state.lastYear ? { lastYear: state.lastYear.indicators } : {}),
    ...(unit ? { province: unit.name } : {}),
  };
  const result = await evaluate(tx, state.framework, state.version, cycle.editionCode, stored, cycle.year);
  const id = randomUUID();
  const previous = await computationsRepo.findCurrentFor(
    tx,
    cycle.frameworkCode,
    cycle.orgUnitId,
    cycle.year,
  );
  await computationsRepo.insertComputation(tx, {
    id,
    frameworkVersionId: state.versionId,
    editionCode: cycle.editionCode,
    orgUnitId: cycle.orgUnitId,
    year: cycle.year,
    inputs: stored,
    result,
    totalHundredths: Math.round(result.total * 100),
    cycleId: cycle.id,
    createdBy: ctx.actorUserId,
    createdAt: new Date(),
  });
  if (previous) await computationsRepo.markSuperseded(tx, previous.computation.id, id);
  await recordAudit(tx, ctx, {
    type: "computation.created",
    entityId: id,
    summary: `Lưu kết quả kỳ đánh giá năm ${cycle.year} đã phê duyệt${unit ? ` của ${unit.name}` : ""}: ${formatNumberVi(result.total)} điểm`,
    after: { version: state.version, total: result.total, complete: result.complete, cycleId: cycle.id },
  });
  return { id, total: result.total };
}

/**
 * On reopening an approved cycle: its stored result is no longer the approved one. It is kept,
 * marked withdrawn, inside the reopening's transaction; the next approval stores a new one.
 */
export async function withdrawApprovedResult(tx: DbOrTx, cycle: CycleRow, ctx: AuditContext): Promise<void> {
  for (const withdrawn of await computationsRepo.withdrawCycleResults(tx, cycle.id, new Date()))
    await recordAudit(tx, ctx, {
      type: "computation.withdrawn",
      entityId: withdrawn.id,
      summary: `Rút kết quả đã phê duyệt của kỳ đánh giá năm ${cycle.year} (${formatNumberVi((withdrawn.totalHundredths ?? 0) / 100)} điểm) vì kỳ được mở lại`,
      after: { cycleId: cycle.id },
    });
}

/**
 * Cycles approved before results were kept at approval (or whose kept result a framework change
 * superseded) get theirs, as they compute now, so that no locked year is computed on every visit
 * of the home page. Run at start; each in its own transaction with its audit event.
 */
export async function storeMissingApprovedResults(db: Db, ctx: AuditContext): Promise<number> {
  const missing = await computationsRepo.lockedCyclesWithoutResult(db);
  for (const cycle of missing) await db.transaction((tx) => storeApprovedResult(tx, cycle, ctx));
  return missing.length;
}
