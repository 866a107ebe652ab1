// Explanations belong to indicators: one per indicator that moved, written by the agency
// responsible for it (domain/cycle/explainer.ts) while its figures are open to change, or by the
// department at any time while the year is collecting. Other agencies read it and are never
// blocked by it; figure-level notes are their own (`explanations`) and optional.

import { indicatorExplainer } from "../../../domain/cycle/explainer.js";
import type { CompiledFramework } from "../../../domain/framework/compile.js";
import type { DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as repo from "./cycles.repo.js";
import { cycleFramework } from "./cycles.service.js";
import { assertCycleMay, guardAgencyChange, loadCycle } from "./guards.js";
import * as explanations from "./indicator-explanations.repo.js";

type Assignment = Awaited<ReturnType<typeof repo.listAssignments>>[number];

/** The department's own name, for the indicators it explains itself. */
export const DEPARTMENT_NAME = "Sở Nông nghiệp và Môi trường";

/** Who explains each indicator of the cycle: an agency id, or null for the department. */
export function explainersOf(
  framework: CompiledFramework,
  byIndicator: Map<string, string[]>,
  assignments: readonly Assignment[],
  year: number,
): Map<string, string | null> {
  const shared = new Set(framework.def.dataElements.filter((e) => e.shared).map((e) => e.code));
  const result = new Map<string, string | null>();
  for (const [code, elements] of byIndicator) {
    const own = new Set(elements.filter((e) => !shared.has(e)));
    const reporting = new Map(
      assignments
        .filter((a) => own.has(a.elementCode))
        .map((a) => [
          a.agencyId,
          { id: a.agencyId, name: a.agencyName, shortName: a.agencyShortName, kind: a.agencyKind },
        ]),
    );
    const named = framework.indicators.get(code)?.def.agencies ?? [];
    result.set(code, indicatorExplainer(named, [...reporting.values()], year));
  }
  return result;
}

export interface ExplanationInput {
  body: string;
  /** The saved text the editor started from ("" when none): another one saved since is a conflict. */
  previousBody: string;
}

export async function saveIndicatorExplanation(
  db: DbOrTx,
  cycleId: string,
  indicatorCode: string,
  input: ExplanationInput,
  /** The agency writing, or null for the department's coordinator. */
  writer: string | null,
  ctx: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = writer
      ? (await guardAgencyChange(tx, cycleId, writer)).cycle
      : await loadCycle(tx, cycleId, { forShare: true });
    assertCycleMay(cycle, "collect");
    if (cycle.kind === "history")
      throw new AppError("INVALID_TRANSITION", { action: "giải trình", entity: "cycle", state: "năm cơ sở" });
    const { framework, byIndicator } = await cycleFramework(tx, cycle.frameworkCode, cycle.editionCode);
    if (!byIndicator.has(indicatorCode)) throw notFound("indicator");
    if (writer) {
      const assignments = await repo.listAssignments(tx, cycleId);
      const explainer =
        explainersOf(framework, byIndicator, assignments, cycle.year).get(indicatorCode) ?? null;
      if (explainer !== writer)
        throw new AppError("EXPLANATION_NOT_YOURS", {
          indicator: indicatorCode,
          agency: assignments.find((a) => a.agencyId === explainer)?.agencyName ?? DEPARTMENT_NAME,
        });
    }
    const current = await explanations.findIndicatorExplanation(tx, cycleId, indicatorCode);
    const saved = current?.body ?? "";
    if (saved === input.body) return;
    if (saved !== input.previousBody)
      throw new AppError("STALE_UPDATE", { entity: "explanation" }, [
        { field: `indicator:${indicatorCode}`, message: `Đã được sửa thành: “${saved.slice(0, 200)}”` },
      ]);
    const key = { cycleId, indicatorCode };
    const by = { agencyId: writer, userId: ctx.actorUserId };
    // No row to lock yet: the first text is written only if nobody wrote one meanwhile.
    if (!current) {
      if (!(await explanations.insertIndicatorExplanationIfAbsent(tx, key, input.body, by)))
        throw new AppError("STALE_UPDATE", { entity: "explanation" }, [
          {
            field: `indicator:${indicatorCode}`,
            message: "Đã có lời giải trình khác được lưu trong lúc bạn viết",
          },
        ]);
    } else await explanations.writeIndicatorExplanation(tx, key, input.body, by);
    await recordAudit(tx, ctx, {
      type: "submission.explanation_saved",
      entityId: cycleId,
      agencyId: writer,
      summary: `Giải trình biến động chỉ số ${indicatorCode} năm ${cycle.year}`,
      before: current ? { body: current.body } : null,
      after: { body: input.body },
    });
  });
}
