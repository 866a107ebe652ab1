// After a framework changes, every computation still in force that was made under an older
// version is computed again under the current one. The old rows stay, marked as superseded,
// so earlier results remain viewable with the version they were computed under.
import { randomUUID } from "node:crypto";
import { editionForYear } from "../../../domain/framework/compile.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { loadVersion } from "../frameworks/frameworks.service.js";
import * as repo from "./computations.repo.js";
import { evaluate, type StoredInputs } from "./computations.service.js";

export async function recomputeFramework(db: Db, code: string, ctx: AuditContext) {
  const current = await loadVersion(db, code);
  return db.transaction(async (tx) => {
    const outdated = await repo.listOutdated(tx, code, current.row.id);
    let recomputed = 0;
    for (const old of outdated) {
      const edition = current.framework.editions.has(old.computation.editionCode)
        ? old.computation.editionCode
        : editionForYear(current.framework, old.computation.year)?.def.code;
      if (!edition) continue;
      const stored = old.computation.inputs as StoredInputs;
      const result = await evaluate(
        tx,
        current.framework,
        current.row.version,
        edition,
        stored,
        old.computation.year,
      );
      const id = randomUUID();
      await repo.insertComputation(tx, {
        id,
        frameworkVersionId: current.row.id,
        editionCode: edition,
        orgUnitId: old.computation.orgUnitId,
        year: old.computation.year,
        inputs: stored,
        result,
        totalHundredths: Math.round(result.total * 100),
        createdBy: ctx.actorUserId,
        createdAt: new Date(),
      });
      await repo.markSuperseded(tx, old.computation.id, id);
      recomputed++;
    }
    await recordAudit(tx, ctx, {
      type: "computation.recomputed",
      entityId: code,
      summary: `Tính lại ${recomputed} kết quả theo ${code} phiên bản ${current.row.version}`,
      after: { recomputed, version: current.row.version },
    });
    return { recomputed, version: current.row.version };
  });
}
