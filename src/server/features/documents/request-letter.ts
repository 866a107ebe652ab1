// The request letter (công văn đề nghị cung cấp số liệu) the environment department sends the
// agencies at the start of a cycle, after seed 003: the words are the coordinator's draft; who
// is asked for what, and by which form, always comes from the cycle's assignments.
import type { DbOrTx } from "../../db/client.js";
import type { Block, OfficialDocument } from "../../documents/model.js";
import { cycleFramework } from "../cycles/cycles.service.js";
import { loadCycle } from "../cycles/guards.js";
import { draftFields } from "./drafts.service.js";
import { adminHeaderBlock, paragraphs, signatureBlock, withFinalMark } from "./issuer-blocks.js";
import { cycleLetterAgencies, letterAgencyGroups } from "./letter-agencies.js";
import { agencySection, type LetterFramework } from "./request-letter-sections.js";

export async function buildRequestLetter(db: DbOrTx, cycleId: string): Promise<OfficialDocument> {
  const cycle = await loadCycle(db, cycleId);
  const fields = await draftFields(db, cycleId, "request_letter");
  const { framework, byIndicator } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const agencies = await cycleLetterAgencies(db, cycleId, cycle.orgUnitId);
  const reporters = new Map<string, number>();
  for (const a of agencies) for (const e of a.elements) reporters.set(e, (reporters.get(e) ?? 0) + 1);
  const ctx: LetterFramework = { framework, byIndicator, reporters };

  const { groups, own } = letterAgencyGroups(agencies);
  const sections: Block[] = groups.flatMap((group, i) => agencySection(group, i + 1, ctx));
  if (own)
    sections.push(...agencySection(own, groups.length + 1, ctx, `Các phòng, đơn vị thuộc ${own.label}`));

  return {
    title: fields.subject,
    pageNumbers: true,
    blocks: [
      adminHeaderBlock(fields, fields.subject),
      { type: "addressees", names: fields.addressees },
      ...paragraphs(fields.opening),
      ...sections,
      // Whom to ask, then the deadline and the closing request that ends the letter "./.".
      ...withFinalMark([...paragraphs(fields.contact), ...paragraphs(fields.closing)]),
      signatureBlock(fields),
    ],
  };
}

/** "Công văn đề nghị cung cấp số liệu PEPI 2024.docx". */
export const requestLetterFileName = (year: number) => `Công văn đề nghị cung cấp số liệu PEPI ${year}.docx`;
