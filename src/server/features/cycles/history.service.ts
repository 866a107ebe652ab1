// A past year entered afterwards as the comparison base: raw figures per agency and indicator
// values known only from last year's report, typed in or imported from one CSV file
// (columns ma, gia_tri and, where several agencies report an element, co_quan).
import { detectSeparator, parseCsv } from "../../../domain/text/csv.js";
import { parseDecimal } from "../../../domain/text/numbers.js";
import type { DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, type ErrorDetail } from "../../platform/errors.js";
import * as repo from "./cycles.repo.js";
import { cycleFramework } from "./cycles.service.js";
import { assertCycleMay, type CycleRow, loadCycle } from "./guards.js";
import { listAgencyValues } from "./values.repo.js";
import { saveValues } from "./values.service.js";

interface Editor extends AuditContext {
  displayName: string;
}

async function historyCycle(tx: DbOrTx, cycleId: string): Promise<CycleRow> {
  const cycle = await loadCycle(tx, cycleId, { forUpdate: true });
  if (cycle.kind !== "history")
    throw new AppError("VALIDATION_FAILED", {}, [
      { field: "cycleId", message: "Chỉ nhập số liệu lịch sử vào kỳ loại “số liệu năm trước”" },
    ]);
  assertCycleMay(cycle, "collect");
  return cycle;
}

/** How a baseline came, when not typed in: its own audit type and the words that say so. */
export interface BaselineOrigin {
  type: "merger.baseline_applied";
  summary: string;
}

/** Sets indicator values of a history year (null removes one). */
export async function setBaseline(
  db: DbOrTx,
  cycleId: string,
  indicators: Record<string, number | null>,
  editor: AuditContext,
  origin?: BaselineOrigin,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await historyCycle(tx, cycleId);
    const { byIndicator } = await cycleFramework(tx, cycle.frameworkCode, cycle.editionCode);
    const unknown = Object.keys(indicators).filter((code) => !byIndicator.has(code));
    if (unknown.length > 0)
      throw new AppError(
        "VALIDATION_FAILED",
        {},
        unknown.map((code) => ({
          field: `indicators.${code}`,
          message: `Phiên bản ${cycle.editionCode} không đánh giá chỉ số “${code}”`,
        })),
      );
    await writeBaseline(tx, cycle, indicators, editor, origin);
  });
}

async function writeBaseline(
  tx: DbOrTx,
  cycle: CycleRow,
  indicators: Record<string, number | null>,
  editor: AuditContext,
  origin?: BaselineOrigin,
) {
  const before = (cycle.indicatorBaseline ?? {}) as Record<string, number>;
  const after: Record<string, number> = { ...before };
  for (const [code, value] of Object.entries(indicators)) {
    if (value === null) delete after[code];
    else after[code] = value;
  }
  await repo.updateCycleRow(tx, cycle.id, { indicatorBaseline: after });
  await recordAudit(tx, editor, {
    type: origin?.type ?? "cycle.history_recorded",
    entityId: cycle.id,
    summary: `${origin ? `${origin.summary}: g` : "G"}iá trị chỉ số năm ${cycle.year} (số liệu năm trước): ${Object.keys(indicators).join(", ")}`,
    before,
    after,
  });
}

interface Row {
  line: number;
  code: string;
  value: number;
  /** As written in the file, read again by the same rules as a typed figure. */
  text: string;
  agencyCode: string;
}

function readRows(content: string, file: string): Row[] {
  const [header, ...rest] = parseCsv(content.replace(/^\uFEFF/, ""), detectSeparator(content));
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const at = (names: string[]) => columns.findIndex((c) => names.includes(c));
  const code = at(["ma", "mã", "code"]);
  const value = at(["gia_tri", "giá trị", "gia tri", "value"]);
  const agency = at(["co_quan", "cơ quan", "co quan", "agency"]);
  if (code < 0 || value < 0)
    throw new AppError("CSV_INVALID", { file, count: 1 }, [
      {
        field: "header",
        row: 1,
        message: "Dòng tiêu đề phải có cột “ma” và “gia_tri” (và “co_quan” nếu cần)",
      },
    ]);
  const problems: ErrorDetail[] = [];
  const rows: Row[] = [];
  rest.forEach((cells, i) => {
    const line = i + 2;
    const text = (cells[value] ?? "").trim();
    const parsed = parseDecimal(text);
    if (!parsed.ok) problems.push({ field: "gia_tri", row: line, message: parsed.message });
    else
      rows.push({
        line,
        code: (cells[code] ?? "").trim(),
        value: parsed.value,
        text,
        agencyCode: agency >= 0 ? (cells[agency] ?? "").trim() : "",
      });
  });
  if (problems.length > 0) throw new AppError("CSV_INVALID", { file, count: problems.length }, problems);
  return rows;
}

/** Imports a history year's CSV: all rows or none; errors name the row of the file. */
export async function importHistory(
  db: DbOrTx,
  cycleId: string,
  file: { name: string; content: string },
  editor: Editor,
): Promise<{ elements: number; indicators: number }> {
  const rows = readRows(file.content, file.name);
  return db.transaction(async (tx) => {
    const cycle = await historyCycle(tx, cycleId);
    const { framework, byIndicator, byElement } = await cycleFramework(
      tx,
      cycle.frameworkCode,
      cycle.editionCode,
    );
    const assignments = await repo.listAssignments(tx, cycleId);
    const agencyCodes = await repo.agencyIdsByCode(tx);
    const indicators: Record<string, number> = {};
    const perAgency = new Map<string, { element: string; number: string }[]>();
    const problems: ErrorDetail[] = [];
    const defs = new Map(framework.def.dataElements.map((e) => [e.code, e]));
    for (const row of rows) {
      if (byIndicator.has(row.code)) {
        indicators[row.code] = row.value;
        continue;
      }
      if (!byElement.has(row.code) || defs.get(row.code)?.kind !== "number") {
        problems.push({
          field: "ma",
          row: row.line,
          message: `“${row.code}” không phải chỉ số hay số liệu (dạng số) của phiên bản ${cycle.editionCode}`,
        });
        continue;
      }
      const reporters = assignments.filter((a) => a.elementCode === row.code);
      const agencyId = row.agencyCode
        ? agencyCodes.get(row.agencyCode)
        : reporters.length === 1
          ? reporters[0]!.agencyId
          : undefined;
      if (!agencyId || !reporters.some((a) => a.agencyId === agencyId)) {
        problems.push({
          field: "co_quan",
          row: row.line,
          message: row.agencyCode
            ? `Cơ quan “${row.agencyCode}” không được giao số liệu “${row.code}” trong kỳ này`
            : `Số liệu “${row.code}” do ${reporters.length} cơ quan báo cáo: ghi mã cơ quan ở cột co_quan`,
        });
        continue;
      }
      perAgency.set(agencyId, [...(perAgency.get(agencyId) ?? []), { element: row.code, number: row.text }]);
    }
    if (problems.length > 0)
      throw new AppError("CSV_INVALID", { file: file.name, count: problems.length }, problems);

    let elements = 0;
    for (const [agencyId, values] of perAgency) {
      const current = new Map(
        (await listAgencyValues(tx, cycleId, agencyId)).map((v) => [v.elementCode, v.version]),
      );
      const inputs = values.map((v) => ({
        ...v,
        baseVersion: current.get(v.element) ?? null,
        reason: `Nhập từ tệp ${file.name}`,
      }));
      await saveValues(tx, cycleId, agencyId, inputs, editor, { history: "allowed" });
      elements += values.length;
    }
    if (Object.keys(indicators).length > 0) await writeBaseline(tx, cycle, indicators, editor);
    return { elements, indicators: Object.keys(indicators).length };
  });
}
