// An issued plan's text, pasted or in its Word file, read into a draft to correct
// (`domain/plans/plan-text.ts`): each name of its part III matched to the installation's agencies,
// and its objectives named by the installation's measures. The Word file gives the paragraphs of
// word/document.xml (`domain/files/docx-text.ts`), then the same reading; it is only read, never
// kept, and anything but a .docx is refused with what to do instead. Nothing is saved: the
// coordinator checks the draft, then saves targets and tasks as usual.
import fs from "node:fs";
import type { PlanDraftView } from "../../../contracts/plan-content.js";
import { docxText } from "../../../domain/files/docx-text.js";
import { fileKinds, judgeFileType } from "../../../domain/files/file-type.js";
import { lastSuccessors } from "../../../domain/org/agency-lineage.js";
import { agencyNameKey, successorIn2025 } from "../../../domain/org/department-mergers-2025.js";
import { readPlanText } from "../../../domain/plans/plan-text.js";
import { clippedVi } from "../../../domain/text/format-vi.js";
import type { Db } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import { detectFileContent } from "../../platform/file-inspect.js";
import type { ReceivedFile } from "../../platform/file-store.js";
import { heavyWork } from "../../platform/heavy-work.js";
import * as agenciesRepo from "../agencies/agencies.repo.js";
import { describeMeasure, measureCatalogue } from "./plan-measures.js";

/**
 * What a plan's Word file may unpack to, and the text it may hold (as much as may be pasted).
 * The text of seed 004 (25 pages) is about 25.000 characters, its document.xml a few hundred kB.
 */
export const planDocxLimits = { unpacked: 32 * 1024 * 1024, characters: 300_000 };

const instead =
  "Chỉ đọc được văn bản kế hoạch từ tệp Word (.docx); với bản PDF hay bản scan có chữ, hãy mở tệp, chọn toàn bộ nội dung, chép rồi dán vào ô văn bản";

const refused = (fileName: string, why: string) =>
  new AppError("VALIDATION_FAILED", {}, [
    { field: "file", message: `Không đọc được tệp “${fileName}”: ${why}.` },
  ]);

export async function readPlanDocx(db: Db, fileName: string, file: ReceivedFile): Promise<PlanDraftView> {
  if (file.sizeBytes === 0) throw new AppError("FILE_EMPTY", { file: fileName });
  const verdict = judgeFileType(fileName, await detectFileContent(file.tempPath, file.sizeBytes));
  if (!verdict.ok) throw refused(fileName, `${verdict.reason}. ${instead}`);
  if (verdict.kind === "doc")
    throw refused(
      fileName,
      "đây là tài liệu Word định dạng cũ (.doc). Hãy mở bằng Word, lưu lại thành .docx rồi chọn lại",
    );
  if (verdict.kind !== "docx") throw refused(fileName, `đây là ${fileKinds[verdict.kind].vi}. ${instead}`);
  const read = await heavyWork.run(async () =>
    docxText(await fs.promises.readFile(file.tempPath), planDocxLimits),
  );
  if (!read.ok) throw refused(fileName, read.reason);
  return readPlanDraft(db, read.text);
}

type AgencyRow = Awaited<ReturnType<typeof agenciesRepo.listAgencies>>[number]["agency"];

/**
 * The installation's agency for a name of part III: by its name or short name (a province's own
 * before a demonstration one), a merged agency as the one it was merged into. A name that lists
 * several bodies ("Sở Thông tin và Truyền thông, Báo Bắc Giang, Đài Phát thanh và Truyền hình
 * tỉnh") is the first of them the installation has.
 */
function agencyMatcher(all: AgencyRow[]) {
  const byName = new Map<string, AgencyRow>();
  const ordered = [...all].sort((a, b) => Number(b.isDemo) - Number(a.isDemo));
  for (const a of ordered) if (a.shortName) byName.set(agencyNameKey(a.shortName), a);
  for (const a of ordered) byName.set(agencyNameKey(a.name), a);
  const successors = lastSuccessors(all);
  const one = (name: string) => {
    const found = byName.get(agencyNameKey(name));
    const next = found && successors.get(found.id);
    return next ? all.find((x) => x.id === next) : found;
  };
  return (name: string) => {
    const bodies = name.split(/\s*,\s*/u).filter((part) => part.split(" ").length >= 2);
    for (const part of [name, ...(bodies.length > 1 ? bodies : [])]) {
      const found = one(part);
      if (found) return { found, bodies: [name, ...bodies] };
    }
    return { found: undefined, bodies: [name, ...bodies] };
  };
}

/**
 * An issued plan's text read into a draft: each name of part III matched to the installation's
 * agencies (`agencyMatcher`); one not found that the 2025 reorganisation ended is given the
 * department that took over its work as a proposal (`domain/org/department-mergers-2025.ts`),
 * never as a match. The objectives of part I are known by the PGI sub-indices of the framework in
 * force, and named as the plan's page names those measures.
 */
export async function readPlanDraft(db: Db, text: string): Promise<PlanDraftView> {
  const catalogue = await measureCatalogue(db);
  const draft = readPlanText(text, {
    subIndices: [...catalogue.pgiParts].map(([ref, name]) => ({ ref, name })),
  });
  const all = (await agenciesRepo.listAgencies(db, null)).map((a) => a.agency);
  const match = agencyMatcher(all);
  const ref = (a: AgencyRow) => ({ id: a.id, name: a.name });
  const problems = [...draft.problems];
  const agencies = draft.agencies.map((a) => {
    const { found, bodies } = match(a.name);
    let proposal: PlanDraftView["agencies"][number]["proposal"] = null;
    if (!found?.active)
      for (const body of bodies) {
        const next = successorIn2025(body, all);
        if (next) {
          proposal = { agency: ref(next.agency), basis: next.former.basis };
          break;
        }
      }
    if (!found && (a.references.length > 0 || a.duties.length > 0))
      problems.push(
        `Không tìm thấy cơ quan “${clippedVi(a.name)}” trong danh sách cơ quan: ${
          !proposal
            ? "chọn cơ quan cho các nhiệm vụ được giao."
            : proposal.basis
              ? `đề xuất ${proposal.agency.name} (sáp nhập năm 2025 theo ${proposal.basis}).`
              : `đề xuất ${proposal.agency.name} (sáp nhập năm 2025), cần xác nhận.`
        }`,
      );
    return { ...a, agency: found ? ref(found) : null, proposal };
  });
  const targets = draft.targets.map((t) => {
    if (t.measure === "own") return t;
    const measure = describeMeasure(catalogue, { ...t, direction: t.direction });
    return { ...t, name: measure.label, unit: measure.unit };
  });
  return { ...draft, agencies, targets, problems };
}
