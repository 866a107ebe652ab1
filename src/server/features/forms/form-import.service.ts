// An agency's form workbook sent back: checked whole before anything is written. The file must be
// an unprotected .xlsx made by PEPI Hub for this agency and this cycle; every cell is judged, and
// a value changed both on the server (since the download) and differently in the file is a
// conflict. Only values that differ from what is stored go to saveValues, in one transaction.

import type { ValueInput } from "../../../contracts/cycles.js";
import type { FormUploadResult } from "../../../contracts/forms.js";
import { judgeWorkbookBytes } from "../../../domain/files/workbook-bytes.js";
import type { ListItem } from "../../../domain/formula/index.js";
import { formatNumberVi } from "../../../domain/text/format-vi.js";
import type { DbOrTx } from "../../db/client.js";
import { AppError, type ErrorDetail, notFound } from "../../platform/errors.js";
import { listHeaderRow } from "../../reports/form-workbook-layout.js";
import { readFormWorkbook } from "../../reports/form-workbook-read.js";
import * as cyclesRepo from "../cycles/cycles.repo.js";
import { cycleFramework } from "../cycles/cycles.service.js";
import { loadCycle } from "../cycles/guards.js";
import * as valuesRepo from "../cycles/values.repo.js";
import { saveValues } from "../cycles/values.service.js";
import type { Participant } from "../cycles/workflow.service.js";
import { type FileValue, type Problem, plainNumberText, readFigure, readList } from "./form-import.values.js";
import { listFingerprint, numberFingerprint } from "./value-fingerprint.js";

/** At most this many problems are listed; the last line says how many more there are. */
export const maxListedProblems = 200;
/**
 * A workbook past these is refused before it is opened: the Excel library takes about 1 kB of
 * memory a cell, so a million cells packed into a few megabytes once took the server past a
 * gigabyte. A full form (a list of 10,000 rows included: about 30,000 cells) holds fewer.
 */
export const workbookLimits = { unpacked: 32 * 1024 * 1024, cells: 100_000 };

export interface FormUpload {
  cycleId: string;
  agencyId: string;
  fileName: string;
  content: Buffer;
  keepValid: boolean;
}

const refuse = (file: string, reason: string) => new AppError("EXCEL_FILE_REFUSED", { file, reason });

export function located(problems: Problem[]): ErrorDetail[] {
  const listed: ErrorDetail[] = problems.slice(0, maxListedProblems).map((p) => ({
    field: p.row > 0 ? `'${p.sheet}'!${p.column}${p.row}` : p.sheet,
    sheet: p.sheet,
    ...(p.row > 0 ? { row: p.row, column: p.column } : {}),
    message: p.message,
  }));
  const more = problems.length - listed.length;
  if (more > 0)
    listed.push({ field: "", message: `… và ${more.toLocaleString("vi-VN")} lỗi khác không liệt kê` });
  return listed;
}

export async function importFormWorkbook(
  db: DbOrTx,
  upload: FormUpload,
  editor: Participant,
): Promise<FormUploadResult> {
  const { cycleId, agencyId, fileName, content } = upload;
  const verdict = await judgeWorkbookBytes(content, workbookLimits);
  if (!verdict.ok) throw refuse(fileName, verdict.reason);
  const cycle = await loadCycle(db, cycleId);
  const agency = await cyclesRepo.findAgency(db, agencyId);
  if (!agency) throw notFound("agency");
  const { framework } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const defs = new Map(framework.def.dataElements.map((e) => [e.code, e]));
  const widths = new Map(framework.def.dataElements.map((e) => [e.code, e.fields?.length ?? 0]));
  const read = await readFormWorkbook(content, widths);
  if (!read.ok) throw refuse(fileName, read.reason);
  const { meta } = read.form;
  if (meta.agencyId !== agencyId)
    throw refuse(fileName, `đây là biểu mẫu của “${meta.agencyName}”, không phải của “${agency.name}”`);
  if (meta.cycleId !== cycleId)
    throw refuse(
      fileName,
      meta.year === cycle.year
        ? `đây là biểu mẫu của một kỳ đánh giá khác năm ${meta.year} (bộ chỉ số ${meta.frameworkCode})`
        : `đây là biểu mẫu năm ${meta.year}, không phải của kỳ đánh giá năm ${cycle.year}`,
    );

  const assigned = new Set(await cyclesRepo.assignedElements(db, cycleId, agencyId));
  const stored = new Map(
    (await valuesRepo.listAgencyValues(db, cycleId, agencyId)).map((v) => [v.elementCode, v]),
  );
  const problems: Problem[] = read.form.issues.map((i) => ({ ...i }));
  const fileValues = new Map<string, { value: FileValue; where: Problem }>();
  const { blocked } = read.form;
  for (const f of read.form.figures) {
    const def = defs.get(f.code);
    if (!def || blocked.has(f.code)) continue;
    const value = readFigure(framework.def, def, f);
    if ("kind" in value) fileValues.set(f.code, { value, where: { ...f, message: "" } });
    else problems.push(value);
  }
  for (const sheet of read.form.lists) {
    const def = defs.get(sheet.code);
    if (!def) continue;
    const value = readList(framework.def, def, sheet);
    const where = { sheet: sheet.sheet, row: listHeaderRow, column: "A", message: "" };
    if (Array.isArray(value)) problems.push(...value);
    else fileValues.set(sheet.code, { value, where });
  }

  const changes: ValueInput[] = [];
  let unchanged = 0;
  for (const entry of meta.elements) {
    const found = fileValues.get(entry.code);
    const def = defs.get(entry.code);
    if (!found || !def) continue;
    const fields = def.fields ?? [];
    const fingerprint = (v: { number?: number | string | null; list?: unknown }) =>
      def.kind === "list"
        ? listFingerprint(fields, (v.list ?? null) as ListItem[] | null)
        : numberFingerprint(v.number ?? null);
    const { value, where } = found;
    // An empty list sheet given back as it came says nothing; emptying a list that had rows does.
    const untouchedEmpty = value.kind === "list" && value.list.length === 0 && entry.fingerprint === "";
    const inFile =
      value.kind === "number"
        ? fingerprint({ number: value.number })
        : fingerprint({ list: untouchedEmpty ? null : value.list });
    const current = stored.get(entry.code);
    const now = current ? fingerprint({ number: current.valueNumber, list: current.valueList }) : "";
    if (inFile === entry.fingerprint || inFile === now) {
      unchanged++;
      continue;
    }
    const at = { ...where, element: entry.code };
    if (!assigned.has(entry.code)) {
      problems.push({
        ...at,
        message: `${def.name.vi}: Số liệu này không còn được giao cho cơ quan trong kỳ này; không lưu được`,
      });
      continue;
    }
    if ((current?.version ?? null) !== entry.version) {
      const shown = current?.valueList
        ? "một danh sách khác"
        : current?.valueNumber != null
          ? formatNumberVi(Number(current.valueNumber))
          : "trống";
      problems.push({
        ...at,
        message: `${def.name.vi}: Xung đột – trên hệ thống số liệu này đã được sửa thành ${shown} (phiên bản ${current?.version ?? 0}) sau khi bạn tải biểu mẫu, còn trong tệp là giá trị khác. Hãy tải biểu mẫu mới hoặc sửa trực tiếp trên trang nhập số liệu`,
      });
      continue;
    }
    changes.push(
      value.kind === "list"
        ? { element: entry.code, list: value.list, baseVersion: current?.version ?? null }
        : {
            element: entry.code,
            number: value.number === null ? null : plainNumberText(value.number),
            baseVersion: current?.version ?? null,
          },
    );
  }

  const withProblems = new Set([...blocked, ...problems.map((p) => p.element ?? "")]);
  const valid = changes.filter((c) => !withProblems.has(c.element));
  if (problems.length > 0 && !upload.keepValid)
    throw new AppError("EXCEL_FILE_INVALID", { file: fileName, count: problems.length }, located(problems));
  if (valid.length > 0)
    await saveValues(db, cycleId, agencyId, valid, editor, { via: `Nhập từ tệp Excel “${fileName}”` });
  const skipped = meta.elements.filter((e) => !fileValues.has(e.code) || withProblems.has(e.code)).length;
  const fromFormulas =
    read.form.figures.filter((f) => "formula" in f.cell && f.cell.formula).length +
    read.form.lists.reduce(
      (n, l) => n + l.rows.reduce((m, r) => m + r.cells.filter((c) => "formula" in c && c.formula).length, 0),
      0,
    );
  return {
    changed: valid.length,
    unchanged,
    skipped,
    problems: located(problems),
    problemCount: problems.length,
    fromFormulas,
  };
}
