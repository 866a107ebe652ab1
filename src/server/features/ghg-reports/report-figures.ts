// A report version's figures: the shipped data files (grid factors, GWP sets, plausible ranges)
// read once, the facility's own factors beside the grid's, the emissions computed by
// domain/ghg/emissions.ts (which refuses bad input with the row and field of each problem), and
// the flags an appraiser should see: declared figures that differ, totals outside the sector's
// range, estimated factors. Flags never replace a figure.
import fs from "node:fs";
import path from "node:path";
import type {
  GhgDeclaredYear,
  GhgFactorInput,
  GhgFlag,
  GhgReportCreate,
} from "../../../contracts/ghg-reports.js";
import { describeGhgIssue, type GhgLoadResult } from "../../../domain/ghg/data-file.js";
import {
  type ActivityLine,
  compareWithDeclared,
  computeEmissions,
  type EmissionsReport,
  flagImplausible,
  type ReportPeriod,
  rangeFor,
  recomputeWithGwp,
  type Tolerance,
} from "../../../domain/ghg/emissions.js";
import {
  type EmissionFactor,
  type GwpSet,
  gridFactors,
  loadEmissionFactors,
  loadGwpSets,
  loadPlausibleRanges,
  type PlausibleRange,
} from "../../../domain/ghg/factors.js";
import { AppError, type ErrorDetail } from "../../platform/errors.js";
import { runtimePaths } from "../../platform/paths.js";

/** A declared figure is flagged past 1% of the computed one, or 1 tCO2e, whichever is larger. */
export const declaredTolerance: Tolerance = { relative: 0.01, absolute: 1 };

interface ShippedData {
  grid: EmissionFactor[];
  gwpSets: GwpSet[];
  ranges: PlausibleRange[];
}
let shipped: ShippedData | undefined;

function read<T>(file: string, load: (text: string, file: string) => GhgLoadResult<T>): T {
  const loaded = load(fs.readFileSync(path.join(runtimePaths.frameworks, "ghg", file), "utf8"), file);
  if (!loaded.ok) throw new Error(loaded.issues.map(describeGhgIssue).join("\n"));
  return loaded.value;
}

/** The grid factor table, the GWP sets and the plausible ranges shipped with PEPI Hub (read once). */
export function shippedGhgData(): ShippedData {
  shipped ??= {
    grid: gridFactors(read("emission-factors.yaml", loadEmissionFactors)),
    gwpSets: read("gwp-sets.yaml", loadGwpSets).sets,
    ranges: read("plausible-ranges.yaml", loadPlausibleRanges).ranges,
  };
  return shipped;
}

export type Figures = Pick<GhgReportCreate, "gwpCode" | "lines" | "factors" | "declared">;

export interface FacilitySector {
  sector: string;
  quotaSector: string | null;
}

function refuse(details: ErrorDetail[]): never {
  throw new AppError("VALIDATION_FAILED", {}, details);
}

export function gwpSet(code: string): GwpSet {
  const sets = shippedGhgData().gwpSets;
  const set = sets.find((s) => s.code === code);
  if (!set)
    refuse([
      {
        field: "gwpCode",
        message: `Không có bộ GWP “${code}” (chọn ${sets.map((s) => s.code).join(", ")})`,
      },
    ]);
  return set;
}

/** The facility's own factors beside the grid's; a code used twice, or a grid code, is refused. */
function factorsOf(own: readonly GhgFactorInput[]): EmissionFactor[] {
  const grid = shippedGhgData().grid;
  const taken = new Set(grid.map((f) => f.code));
  const details: ErrorDetail[] = [];
  own.forEach((f, i) => {
    if (taken.has(f.code))
      details.push({
        field: `factors[${i + 1}].code`,
        row: i + 1,
        message: `Hệ số ${i + 1}: mã “${f.code}” đã được dùng${grid.some((g) => g.code === f.code) ? " cho hệ số lưới điện có sẵn" : ""}`,
      });
    taken.add(f.code);
  });
  if (details.length > 0) refuse(details);
  return [...grid, ...own.map((f) => ({ ...f, status: "confirmed" as const }))];
}

function inputOf(figures: Figures, period: ReportPeriod, gwp: GwpSet) {
  return {
    period,
    lines: figures.lines.map(
      (l): ActivityLine => ({ ...l, factors: l.factors ?? [], gas: l.gas ?? undefined }),
    ),
    factors: factorsOf(figures.factors),
    gwp,
  };
}

function problemDetails(problems: { row: number; field: string; message: string }[]): ErrorDetail[] {
  return problems.map((p) =>
    p.row > 0
      ? { field: `lines[${p.row}].${p.field}`, row: p.row, message: `Dòng ${p.row}: ${p.message}` }
      : { field: p.field, message: p.message },
  );
}

function refuseProblems(problems: { row: number; field: string; message: string }[]): never {
  refuse(problemDetails(problems));
}

/**
 * The facility's own factors no row uses yet that lack their source or publishing document: kept
 * with the version, they are refused too (a factor a row uses is checked with that row).
 */
function unusedWithoutSource(figures: Figures): ErrorDetail[] {
  const used = new Set(figures.lines.flatMap((l) => l.factors ?? []));
  return figures.factors.flatMap((f, i) =>
    used.has(f.code)
      ? []
      : (
          [
            ["source", "nguồn"],
            ["document", "văn bản công bố"],
          ] as const
        )
          .filter(([field]) => !f[field]?.trim())
          .map(([field, name]) => ({
            field: `factors[${i + 1}].${field}`,
            row: i + 1,
            message: `Hệ số ${i + 1} (${f.code}): thiếu ${name} của hệ số phát thải`,
          })),
  );
}

function checkDeclared(declared: readonly GhgDeclaredYear[], period: ReportPeriod) {
  const details: ErrorDetail[] = [];
  const seen = new Set<number>();
  declared.forEach((d, i) => {
    const field = `declared[${i + 1}].year`;
    if (d.year < period.from || d.year > period.to)
      details.push({
        field,
        message: `Số kê khai năm ${d.year} nằm ngoài kỳ báo cáo ${period.from}–${period.to}`,
      });
    else if (seen.has(d.year)) details.push({ field, message: `Năm ${d.year} đã có số kê khai` });
    seen.add(d.year);
  });
  if (details.length > 0) refuse(details);
}

/** What the appraiser should look at in a computed report. */
export function flagsOf(
  result: EmissionsReport,
  declared: readonly GhgDeclaredYear[],
  facility: FacilitySector,
) {
  const flags: GhgFlag[] = compareWithDeclared(result, declared, declaredTolerance).map((d) => ({
    kind: "declared",
    year: d.year,
    what: d.what,
    declared: d.declared,
    computed: d.computed,
    message: d.message,
  }));
  const range = rangeFor(shippedGhgData().ranges, facility);
  if (range)
    for (const f of flagImplausible(result, range))
      flags.push({
        kind: "implausible",
        year: f.year,
        what: "total",
        declared: null,
        computed: f.total,
        message: f.message,
      });
  for (const w of result.warnings)
    flags.push({
      kind: "estimated_factor",
      year: null,
      what: null,
      declared: null,
      computed: null,
      message: `Dòng ${w.row}: ${w.message}`,
    });
  return flags;
}

/** Computes a version's emissions and flags; refuses the whole version on any bad input. */
export function computeVersion(figures: Figures, period: ReportPeriod, facility: FacilitySector) {
  const gwp = gwpSet(figures.gwpCode);
  checkDeclared(figures.declared, period);
  const computed = computeEmissions(inputOf(figures, period, gwp));
  const unsourced = unusedWithoutSource(figures);
  if (!computed.ok || unsourced.length > 0)
    refuse([...(computed.ok ? [] : problemDetails(computed.problems)), ...unsourced]);
  return { result: computed.value, flags: flagsOf(computed.value, figures.declared, facility) };
}

/** The same figures under another GWP set, with what moved. */
export function recomputeVersion(
  figures: Figures,
  period: ReportPeriod,
  facility: FacilitySector,
  gwpCode: string,
) {
  const gwp = gwpSet(gwpCode);
  const recomputed = recomputeWithGwp(inputOf(figures, period, gwpSet(figures.gwpCode)), gwp);
  if (!recomputed.ok) refuseProblems(recomputed.problems);
  return {
    result: recomputed.value,
    flags: flagsOf(recomputed.value, figures.declared, facility),
    changes: recomputed.changes,
    summary: recomputed.summary,
  };
}
