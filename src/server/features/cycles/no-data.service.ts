// An assigned figure the agency does not have this year ("không có số liệu"), recorded with why
// by the agency or by the coordinator. The checklist stops asking for it, the indicator that
// reads it stays uncomputed, and the report prints the reason. Withdrawn as easily.
import type { DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as repo from "./cycles.repo.js";
import { cycleFramework } from "./cycles.service.js";
import { guardAgencyChange } from "./guards.js";
import { onBehalfReason } from "./on-behalf.service.js";
import * as values from "./values.repo.js";
import { resetSignOff } from "./values.service.js";

export async function markNoData(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  element: string,
  /** null withdraws the mark. */
  reason: string | null,
  ctx: AuditContext,
  /** The coordinator, recording it for the agency: only from the letter the agency sent. */
  options: { onBehalf?: true } = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    const { cycle, submission } = await guardAgencyChange(tx, cycleId, agencyId);
    const onBehalf = options.onBehalf ? await onBehalfReason(tx, cycleId, agencyId, submission) : null;
    const assignment = await repo.findAssignment(tx, cycleId, agencyId, element);
    if (!assignment) throw new AppError("NOT_ASSIGNED", { element });
    const { byElement, framework } = await cycleFramework(tx, cycle.frameworkCode, cycle.editionCode);
    const name = framework.def.dataElements.find((d) => d.code === element)?.name.vi ?? element;
    if (!byElement.has(element)) throw notFound("dataElement");
    const before = assignment.noDataReason;
    // The same record again changes nothing (and voids no sign-off).
    if (reason === before) return;
    if (reason !== null) {
      const value = await values.findValue(tx, cycleId, agencyId, element);
      const filled =
        value &&
        (value.valueNumber !== null || (Array.isArray(value.valueList) && value.valueList.length > 0));
      if (filled)
        throw new AppError("VALIDATION_FAILED", {}, [
          {
            field: `values.${element}`,
            message: `${name}: đã có số liệu. Xóa số liệu trước khi ghi nhận là không có số liệu.`,
          },
        ]);
    }
    // The head signed off the figures as they were: a change to them needs a new sign-off.
    if (submission?.signedOffAt) await resetSignOff(tx, cycle, submission, new Date());
    await repo.updateAssignment(tx, assignment.id, {
      noDataReason: reason,
      noDataBy: reason === null ? null : ctx.actorUserId,
      noDataAt: reason === null ? null : new Date(),
    });
    await recordAudit(tx, ctx, {
      type: reason === null ? "submission.no_data_cleared" : "submission.no_data_marked",
      entityId: assignment.id,
      agencyId,
      summary: `${onBehalf ? `${onBehalf}: ` : ""}${
        reason === null
          ? `Bỏ ghi nhận “không có số liệu” của “${name}”, năm ${cycle.year}`
          : `Ghi nhận không có số liệu “${name}”, năm ${cycle.year}: ${reason}`
      }`,
      before: { noDataReason: before },
      after: { noDataReason: reason },
    });
  });
}
