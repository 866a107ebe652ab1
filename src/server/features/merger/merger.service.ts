// History across the 2025 merger, for a merged province: the former provinces it was made of
// (from the registry), their published totals and ranks beside its own, and for a year before
// the merger the comparison base built from their raw figures (summed, then computed; see
// domain/framework/merged-baseline.ts), which the coordinator writes into the province's
// history year. Each change is one transaction with its audit event.
import { randomUUID } from "node:crypto";
import type { MergerHistory } from "../../../contracts/merger.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import { type CompiledFramework, editionForYear } from "../../../domain/framework/compile.js";
import { isAdditive, mergeBaseline } from "../../../domain/framework/merged-baseline.js";
import { readFormerFigures } from "../../../domain/org/former-figures.js";
import { lastDayBeforeMerger } from "../../../domain/org/province-merger.js";
import { type Province, provinceByCode, provincesOf } from "../../../domain/org/provinces.js";
import { nameInSentence } from "../../../domain/text/official-names.js";
import { vietnameseUnitText } from "../../../domain/text/unit-labels.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import * as cyclesRepo from "../cycles/cycles.repo.js";
import { setBaseline } from "../cycles/history.service.js";
import * as frameworksRepo from "../frameworks/frameworks.repo.js";
import { compiledVersion } from "../frameworks/frameworks.service.js";
import * as orgRepo from "../org-units/org-units.repo.js";
import * as publishedRepo from "../published/published.repo.js";
import { provinceCodeOf, provinceCountFor } from "../published/published.service.js";
import { chosenProvince } from "../setup/province-setup.service.js";
import * as repo from "./merger.repo.js";

/** The last year assessed before the merger: the years a base is built for end there. */
const lastYearBefore = Number(lastDayBeforeMerger.slice(0, 4)) - 1;
const firstYear = 2018;

const brief = (p: Province) => ({ code: p.code, name: p.name, shortName: p.shortName });

/** The province of the installation and the former provinces it was made of. */
async function mergedProvince(db: DbOrTx) {
  const chosen = await chosenProvince(db);
  const province = chosen ? provinceByCode(chosen.code) : undefined;
  if (!province) throw new AppError("PROVINCE_NOT_CHOSEN");
  const formers = provincesOf("63").filter((p) => p.successorCode === province.code);
  return { province, formers };
}

/** The PEPI framework in force whose method scores `year`, with that year's edition. */
async function frameworkOfYear(db: DbOrTx, year: number) {
  for (const id of await frameworksRepo.currentVersionIds(db, "pepi")) {
    const framework = await compiledVersion(db, id);
    const edition = editionForYear(framework, year);
    if (edition) return { framework, edition: edition.def.code };
  }
  return undefined;
}

function yearRefused(year: number): AppError {
  return new AppError("VALIDATION_FAILED", {}, [
    { field: "year", message: `Không có bộ chỉ số PEPI nào chấm điểm năm ${year}` },
  ]);
}

/** The published totals and ranks of the former provinces (of 63) and of the merged one (of 34). */
async function publishedSideBySide(db: DbOrTx, province: Province, formers: Province[]) {
  const names = new Map([...formers, province].map((p) => [p.code, p.shortName]));
  const byYear = new Map<number, MergerHistory["published"][number]>();
  for (const row of await publishedRepo.listPublished(db, { kind: "pepi" })) {
    const code = provinceCodeOf(row);
    if (!names.has(code)) continue;
    const year = byYear.get(row.year) ?? { year: row.year, ranked: provinceCountFor(row.year), entries: [] };
    year.entries.push({
      provinceCode: code,
      name: names.get(code)!,
      totalScore: row.totalScore === null ? null : Number(row.totalScore),
      rank: row.rank,
      band: row.band,
      notes: row.notes,
    });
    byYear.set(row.year, year);
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

async function buildBaseline(
  db: DbOrTx,
  province: Province,
  formers: Province[],
  year: number,
  found: { framework: CompiledFramework; edition: string },
) {
  const rows = await repo.listFigures(db, year, found.framework.def.code);
  const merged = mergeBaseline(
    found.framework,
    found.edition,
    province.code,
    formers.map((p) => p.code),
    rows.map((r) => ({ provinceCode: r.provinceCode, code: r.code, value: Number(r.valueNumber) })),
  );
  return { rows, merged };
}

async function historyCycleOf(db: DbOrTx, province: Province, frameworkCode: string, year: number) {
  const unit = await orgRepo.findOrgUnitByCode(db, province.code);
  const cycle = unit ? await cyclesRepo.findCycleFor(db, frameworkCode, unit.id, year) : undefined;
  return { unit, cycle: cycle?.kind === "history" ? cycle : undefined };
}

export async function mergerHistory(db: Db, actor: Actor, wanted?: number): Promise<MergerHistory> {
  const { province, formers } = await mergedProvince(db);
  const counts = new Map((await repo.yearsWithFigures(db)).map((y) => [y.year, y.count]));
  const years: MergerHistory["years"] = [];
  for (let year = lastYearBefore; year >= firstYear; year--)
    if (await frameworkOfYear(db, year)) years.push({ year, figures: counts.get(year) ?? 0 });
  const year = wanted ?? years.find((y) => y.figures > 0)?.year ?? years[0]?.year;
  const found = year === undefined ? undefined : await frameworkOfYear(db, year);
  if (wanted !== undefined && !found) throw yearRefused(wanted);

  let baseline: MergerHistory["baseline"] = null;
  if (found && year !== undefined) {
    const { rows, merged } = await buildBaseline(db, province, formers, year, found);
    const imports = new Map<string, { figures: number; fileName: string; recordedAt: Date }>();
    for (const row of rows) {
      const seen = imports.get(row.provinceCode);
      imports.set(row.provinceCode, {
        figures: (seen?.figures ?? 0) + 1,
        fileName: seen && seen.recordedAt > row.recordedAt ? seen.fileName : row.fileName,
        recordedAt: seen && seen.recordedAt > row.recordedAt ? seen.recordedAt : row.recordedAt,
      });
    }
    const { cycle } = await historyCycleOf(db, province, found.framework.def.code, year);
    baseline = {
      year,
      framework: {
        code: found.framework.def.code,
        name: found.framework.def.name.vi,
        edition: found.edition,
      },
      figures: merged.figures,
      indicators: merged.indicators,
      total: {
        points: merged.result.totalHundredths / 100,
        maxPoints: merged.result.maxHundredths / 100,
        complete: merged.result.complete,
      },
      imports: [...imports].map(([provinceCode, i]) => ({
        provinceCode,
        figures: i.figures,
        fileName: i.fileName,
        recordedAt: i.recordedAt.toISOString(),
      })),
      historyCycle: cycle ? { id: cycle.id, status: cycle.status } : null,
    };
  }
  return {
    province: brief(province),
    formers: formers.map(brief),
    years,
    published: await publishedSideBySide(db, province, formers),
    baseline,
    allowedActions: can(actor, "cycle.manage") ? ["cycle.manage"] : [],
  };
}

/** Imports a year's figures of former provinces (and the merged one's own): all rows or none. */
export async function importFormerFigures(
  db: Db,
  year: number,
  rows: string[][],
  fileName: string,
  ctx: AuditContext,
): Promise<{ figures: number; provinces: string[]; replaced: number }> {
  return db.transaction(async (tx) => {
    const { province, formers } = await mergedProvince(tx);
    const found = await frameworkOfYear(tx, year);
    if (!found) throw yearRefused(year);
    const { framework, edition } = found;
    const known = {
      figures: new Set(
        framework.def.dataElements.filter((e) => e.kind === "number" && !e.formula).map((e) => e.code),
      ),
      // Only an indicator not computed from figures (a survey's result) is given as a value: one
      // computed from figures is computed from theirs, so the table and the total never disagree.
      indicators: new Set(
        framework.editions
          .get(edition)!
          .def.indicators.map((i) => i.code)
          .filter((code) => !framework.indicators.get(code)?.formula),
      ),
    };
    const { figures, problems } = readFormerFigures(rows, province, formers, known);
    if (problems.length > 0)
      throw new AppError(
        "LIST_FILE_INVALID",
        { file: fileName, count: problems.length },
        problems.map((p) => ({ field: p.field, row: p.row, message: p.message })),
      );
    const provinceCodes = [...new Set(figures.map((f) => f.provinceCode))];
    const now = new Date();
    const replaced = await repo.replaceFigures(
      tx,
      { year, frameworkCode: framework.def.code, provinceCodes },
      figures.map((f) => ({
        id: randomUUID(),
        provinceCode: f.provinceCode,
        year,
        frameworkCode: framework.def.code,
        code: f.code,
        valueNumber: String(f.value),
        source: f.source,
        fileName: fileName.slice(0, 200),
        recordedBy: ctx.actorUserId,
        recordedAt: now,
      })),
    );
    const names = provinceCodes.map((code) =>
      code === province.code ? `${province.shortName} (mới)` : provinceByCode(code)!.shortName,
    );
    const unit = await orgRepo.findOrgUnitByCode(tx, province.code);
    await recordAudit(tx, ctx, {
      type: "merger.figures_imported",
      entityId: unit?.id ?? null,
      summary: `Nạp ${figures.length} số liệu năm ${year} của ${names.join(", ")} từ tệp “${fileName}”${
        replaced > 0 ? ` (thay ${replaced} số liệu nạp trước)` : ""
      }`,
      after: { year, provinces: provinceCodes, figures: figures.length },
    });
    return { figures: figures.length, provinces: provinceCodes, replaced };
  });
}

/** Writes the merged base's indicator values into the province's history year of `year`. */
export async function applyMergedBaseline(
  db: Db,
  year: number,
  ctx: AuditContext,
): Promise<{ cycleId: string; indicators: number }> {
  return db.transaction(async (tx) => {
    const { province, formers } = await mergedProvince(tx);
    const found = await frameworkOfYear(tx, year);
    if (!found) throw yearRefused(year);
    const { cycle } = await historyCycleOf(tx, province, found.framework.def.code, year);
    if (!cycle)
      throw new AppError("HISTORY_YEAR_NOT_OPEN", { year, province: nameInSentence(province.name) });
    const { merged } = await buildBaseline(tx, province, formers, year, found);
    const values = Object.fromEntries(
      merged.indicators.filter((i) => i.merged !== null).map((i) => [i.code, i.merged]),
    ) as Record<string, number>;
    if (Object.keys(values).length === 0)
      throw new AppError("VALIDATION_FAILED", {}, [
        {
          field: "year",
          message: `Chưa tính được chỉ số nào năm ${year} từ số liệu các tỉnh cũ: nạp số liệu trước`,
        },
      ]);
    await setBaseline(tx, cycle.id, values, ctx, {
      type: "merger.baseline_applied",
      summary: `Gộp từ số liệu của ${formers.map((p) => p.shortName).join(", ")}`,
    });
    return { cycleId: cycle.id, indicators: Object.keys(values).length };
  });
}

/** A blank file to fill in: one row per former province and figure, with the figure's name. */
export async function formerFiguresTemplate(db: Db, year: number): Promise<string[][]> {
  const { province, formers } = await mergedProvince(db);
  const found = await frameworkOfYear(db, year);
  if (!found) throw yearRefused(year);
  const figures = found.framework.def.dataElements.filter((e) => e.kind === "number" && !e.formula);
  const rows = [["Tỉnh", "Mã", "Tên số liệu", "Đơn vị", "Giá trị", "Nguồn"]];
  const row = (name: string, e: (typeof figures)[number]) =>
    rows.push([name, e.code, e.name.vi, vietnameseUnitText(e.unit), "", ""]);
  for (const former of formers) for (const e of figures) row(former.shortName, e);
  // A figure that cannot be summed is given for the merged province itself.
  for (const e of figures.filter((f) => !isAdditive(f))) row(`${province.shortName} (mới)`, e);
  return rows;
}
