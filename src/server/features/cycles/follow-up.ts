// The follow-up list (DHIS2's): every value of the cycle the coordinator marked "Cần làm rõ",
// across agencies, with the last word said about it, so nothing questioned is forgotten.
import type { FollowUpList } from "../../../contracts/cycles.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { can } from "../../../domain/auth/permissions.js";
import type { DbOrTx } from "../../db/client.js";
import { cycleFramework } from "./cycles.service.js";
import type { CycleRow } from "./guards.js";
import * as values from "./values.repo.js";

export async function followUpList(db: DbOrTx, cycle: CycleRow, actor: Actor): Promise<FollowUpList> {
  const { framework } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const names = new Map(framework.def.dataElements.map((d) => [d.code, d.name.vi]));
  const rows = (await values.listQuestioned(db, cycle.id)).filter((r) =>
    can(actor, "submission.read", { agencyId: r.agencyId }),
  );
  const last = new Map(
    (await values.lastComments(db, cycle.id)).map((c) => [`${c.agencyId}:${c.subject}`, c]),
  );
  return {
    items: rows.map((r) => {
      const comment = last.get(`${r.agencyId}:element:${r.elementCode}`);
      return {
        agencyId: r.agencyId,
        agencyName: r.agencyName,
        element: r.elementCode,
        elementName: names.get(r.elementCode) ?? r.elementCode,
        number: r.valueNumber,
        listRows: Array.isArray(r.valueList) ? r.valueList.length : null,
        updatedAt: r.updatedAt.toISOString(),
        lastComment: comment
          ? { authorName: comment.authorName, body: comment.body, at: comment.createdAt.toISOString() }
          : null,
      };
    }),
  };
}
