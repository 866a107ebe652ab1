// The coordinator marks an indicator not applicable to the province (no industrial zone, no
// hotline report) with the reason and the document it rests on, or withdraws the mark. Only an
// indicator whose framework states what it then scores can be marked; the engine scores it by
// that rule and every screen and document says so.
import type { DbOrTx } from "../../db/client.js";
import type { NotApplicableMarks } from "../../db/schema.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as repo from "./cycles.repo.js";
import { cycleFramework } from "./cycles.service.js";
import { assertCycleMay, loadCycle } from "./guards.js";

export async function markNotApplicable(
  db: DbOrTx,
  cycleId: string,
  indicatorCode: string,
  /** null withdraws the mark. */
  grounds: { reason: string; evidence: string } | null,
  ctx: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, cycleId, { forUpdate: true });
    assertCycleMay(cycle, "collect");
    const { framework } = await cycleFramework(tx, cycle.frameworkCode, cycle.editionCode);
    const indicator = framework.indicators.get(indicatorCode);
    const assessed = framework.editions.get(cycle.editionCode)?.points.maxHundredths.has(indicatorCode);
    if (!indicator || !assessed) throw notFound("indicator");
    const rule = indicator.def.notApplicable;
    if (!rule)
      throw new AppError("NOT_APPLICABLE_NO_RULE", {
        indicator: `${indicatorCode}. ${indicator.def.name.vi}`,
      });
    const marks: NotApplicableMarks = { ...((cycle.notApplicable ?? {}) as NotApplicableMarks) };
    const before = marks[indicatorCode] ?? null;
    if (grounds) {
      marks[indicatorCode] = {
        ...grounds,
        markedBy: ctx.actorUserId,
        markedAt: new Date().toISOString(),
      };
    } else {
      if (!before) return;
      delete marks[indicatorCode];
    }
    await repo.updateCycleRow(tx, cycleId, { notApplicable: marks });
    await recordAudit(tx, ctx, {
      type: grounds ? "cycle.not_applicable_marked" : "cycle.not_applicable_cleared",
      entityId: cycleId,
      summary: grounds
        ? `Chỉ số ${indicatorCode} không áp dụng năm ${cycle.year} (${rule.when.vi}): ${grounds.reason}`
        : `Bỏ đánh dấu không áp dụng chỉ số ${indicatorCode} năm ${cycle.year}`,
      before: before ? { [indicatorCode]: before } : null,
      after: grounds ? { [indicatorCode]: grounds } : null,
    });
  });
}
