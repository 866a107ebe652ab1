// The request letter (công văn đề nghị cung cấp số liệu) the environment department sends the
// agencies at the start of a cycle, after seed 003: the words are the coordinator's draft; who
// is asked for what, and by which form, always comes from the cycle's assignments.
import type { RequestLetterFields } from "../../../contracts/documents.js";
import { documentDay, environmentBodiesOn } from "../../../domain/org/names-of-the-time.js";
import { formatDateVi } from "../../../domain/text/format-vi.js";
import type { DbOrTx } from "../../db/client.js";
import type { Block, OfficialDocument } from "../../documents/model.js";
import type { CycleRow } from "../cycles/cycles.repo.js";
import { cycleFramework } from "../cycles/cycles.service.js";
import { loadCycle } from "../cycles/guards.js";
import { draftFields } from "./drafts.service.js";
import { adminHeaderBlock, paragraphs, signatureBlock, withFinalMark } from "./issuer-blocks.js";
import { cycleLetterAgencies, letterAgencyGroups } from "./letter-agencies.js";
import { agencySection, howToProvide, type LetterFramework } from "./request-letter-sections.js";

/** "Thực hiện ý kiến chỉ đạo … tại Công văn số …; theo hướng dẫn của Bộ … tại Công văn số …, ". */
export function referencesText(fields: RequestLetterFields, year: number, ministry: string): string {
  const parts: string[] = [];
  if (fields.provincialInstruction)
    parts.push(`ý kiến chỉ đạo của Ủy ban nhân dân tỉnh tại ${fields.provincialInstruction}`);
  parts.push(
    fields.ministryGuidance
      ? `${parts.length ? "theo " : ""}hướng dẫn của ${ministry} tại ${fields.ministryGuidance}`
      : `${parts.length ? "theo " : ""}hướng dẫn của ${ministry} về việc đánh giá kết quả thực hiện Bộ chỉ số đánh giá kết quả bảo vệ môi trường năm ${year}`,
  );
  return `Thực hiện ${parts.join("; ")}, `;
}

/**
 * The opening: the documents the letter answers, then the coordinator's words. A text that
 * already starts as an opening does ("Thực hiện …", "Căn cứ …") is printed as written.
 */
export function openingBlocks(fields: RequestLetterFields, year: number, ministry: string): Block[] {
  const [first = "", ...rest] = fields.opening
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const references = referencesText(fields, year, ministry);
  const lead = /^(thực hiện|căn cứ)\s/iu.test(first)
    ? first
    : first
      ? `${references}${first}`
      : `${references.replace(/, $/, "")}, đề nghị các cơ quan, đơn vị cung cấp thông tin, số liệu như sau:`;
  return [lead, ...rest].map((text): Block => ({ type: "paragraph", runs: [text] }));
}

const blankToFill = "……………";

/**
 * "… đề nghị liên hệ: bà Nguyễn Thị Lan, Phòng …, điện thoại …". Who is not named yet stays a
 * blank to fill in, as on paper (the editor warns before the download); the free text of earlier
 * drafts is kept when no one is named.
 */
export function contactBlocks(fields: RequestLetterFields): Block[] {
  if (!fields.contactName && fields.contact) return paragraphs(fields.contact);
  const parts = [fields.contactName || blankToFill, fields.contactUnit];
  parts.push(`điện thoại ${fields.contactPhone || blankToFill}`);
  if (fields.contactEmail) parts.push(`thư điện tử ${fields.contactEmail}`);
  return [
    {
      type: "paragraph",
      runs: [
        `Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ: ${parts.filter(Boolean).join(", ")}.`,
      ],
    },
  ];
}

export async function buildRequestLetter(db: DbOrTx, cycleId: string): Promise<OfficialDocument> {
  const cycle = await loadCycle(db, cycleId);
  const fields = await draftFields(db, cycleId, "request_letter");
  const ctx = await letterFramework(db, cycle);
  // The department's own offices are not written to: they get the internal assignment.
  const { groups } = letterAgencyGroups(await cycleLetterAgencies(db, cycleId, cycle.orgUnitId));
  const sections: Block[] = groups.flatMap((group, i) => agencySection(group, i + 1, ctx));

  return {
    title: fields.subject,
    pageNumbers: true,
    blocks: [
      adminHeaderBlock(fields, fields.subject),
      { type: "addressees", names: fields.addressees },
      ...openingBlocks(
        fields,
        cycle.year,
        environmentBodiesOn(documentDay(fields.date, cycle.submissionDue)).ministry,
      ),
      ...sections,
      { type: "paragraph", runs: [howToProvide] },
      // Whom to ask, then the deadline and the closing request that ends the letter "./.".
      ...withFinalMark([...contactBlocks(fields), ...paragraphs(fields.closing)]),
      signatureBlock(fields),
    ],
  };
}

/** What the sections need to know of the cycle's framework and who reports each figure. */
async function letterFramework(db: DbOrTx, cycle: CycleRow): Promise<LetterFramework> {
  const { framework, byIndicator } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const agencies = await cycleLetterAgencies(db, cycle.id, cycle.orgUnitId);
  const reporters = new Map<string, number>();
  for (const a of agencies) for (const e of a.elements) reporters.set(e, (reporters.get(e) ?? 0) + 1);
  return { framework, byIndicator, reporters };
}

/**
 * The department's own offices (Chi cục, phòng, trung tâm) are not written to by letter: they get
 * an internal assignment ("phiếu giao nhiệm vụ") signed by the department's leadership, with the
 * same list of figures and the same deadline. Null when the department reports nothing itself.
 */
export async function buildInternalAssignment(db: DbOrTx, cycleId: string): Promise<OfficialDocument | null> {
  const cycle = await loadCycle(db, cycleId);
  const fields = await draftFields(db, cycleId, "request_letter");
  const { own } = letterAgencyGroups(await cycleLetterAgencies(db, cycleId, cycle.orgUnitId));
  if (!own) return null;
  const ctx = await letterFramework(db, cycle);
  const section = agencySection(own, 1, ctx).slice(1);
  const subject = `Cung cấp thông tin, số liệu thực hiện Bộ chỉ số đánh giá kết quả bảo vệ môi trường của tỉnh năm ${cycle.year}`;
  return {
    title: `Phiếu giao nhiệm vụ – ${subject}`,
    pageNumbers: true,
    blocks: [
      adminHeaderBlock({ ...fields, numberSymbol: `/PGNV-${issuerPart(fields.numberSymbol)}` }),
      { type: "title", text: "PHIẾU GIAO NHIỆM VỤ", subtitle: subject },
      { type: "paragraph", runs: [{ text: "Giao: ", bold: true }, `${assignees(own.agencies)}.`] },
      {
        type: "paragraph",
        runs: [
          `Để tổng hợp báo cáo kết quả tự đánh giá năm ${cycle.year}, Lãnh đạo Sở giao các phòng, đơn vị ` +
            "cung cấp trên hệ thống PEPI Hub các thông tin, số liệu sau, kèm theo tài liệu minh chứng:",
        ],
      },
      ...section,
      ...withFinalMark([
        {
          type: "paragraph",
          runs: [`Thời hạn hoàn thành: trước ngày ${formatDateVi(cycle.submissionDue)}.`],
        },
      ]),
      signatureBlock({ ...fields, recipients: ["Như trên;", "Lãnh đạo Sở;", "Lưu: VT."] }),
    ],
  };
}

/** "Công văn đề nghị cung cấp số liệu PEPI 2024.docx". */
export const requestLetterFileName = (year: number) => `Công văn đề nghị cung cấp số liệu PEPI ${year}.docx`;

/** "/SNNMT-BVMT" → "SNNMT": the department's part of the letter's symbol. */
const issuerPart = (numberSymbol: string) => numberSymbol.split("/").at(-1)?.split("-")[0] || "SNNMT";

/** The offices by name; the department itself (its staff, not an office) as "the offices of the department". */
function assignees(agencies: { name: string }[]): string {
  const offices = agencies.map((a) => a.name).filter((name) => !/^Sở\s/u.test(name));
  return offices.length ? offices.join(", ") : "các phòng, đơn vị thuộc Sở";
}

/** "Phiếu giao nhiệm vụ PEPI 2024.docx". */
export const internalAssignmentFileName = (year: number) => `Phiếu giao nhiệm vụ PEPI ${year}.docx`;
