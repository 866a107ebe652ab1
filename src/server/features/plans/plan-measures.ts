// What a plan's target can be measured by, as people read it, and what the application already
// knows of each measure year by year: the province's PEPI results (an approved year's stored
// result, a live year computed as the dashboard does, a past year entered as history), the
// Ministry's published total and rank, and VCCI's published PGI. Nobody types a value the
// application holds; a rank is only ever a published one.

import type { CycleStatus } from "../../../contracts/cycles.js";
import type { TargetMeasure } from "../../../contracts/plan-content.js";
import { cycleStatusVi, isCycleLocked } from "../../../domain/cycle/workflow.js";
import type { CompiledFramework } from "../../../domain/framework/compile.js";
import { hasDraftMark, withoutDraftMark } from "../../../domain/text/draft-mark.js";
import { clippedVi } from "../../../domain/text/format-vi.js";
import { vietnameseUnitText } from "../../../domain/text/unit-labels.js";
import type { Db } from "../../db/client.js";
import { statusOfResult } from "../computations/result.present.js";
import { currentIndicators } from "../cycles/cycle-state.js";
import * as frameworksRepo from "../frameworks/frameworks.repo.js";
import { compiledVersion } from "../frameworks/frameworks.service.js";
import * as publishedRepo from "../published/published.repo.js";
import { ownProvince, ownRow, pepiCycles } from "../standing/standing.service.js";
import { storedIndicatorValues } from "./plan-content.repo.js";

export interface MeasureInfo {
  label: string;
  unit: string;
  direction: "up" | "down";
  /** An indicator of a framework still in draft: its name is marked "(dự kiến)" there, not here. */
  provisional?: boolean;
}

export interface MeasureCatalogue {
  /** "PEPI-383:KQ1" → the indicator as people read it. */
  indicators: Map<string, MeasureInfo & { frameworkCode: string; code: string; frameworkName: string }>;
  /** "PGI1" → the sub-index's name. */
  pgiParts: Map<string, string>;
}

async function compiledOf(db: Db, kind: "pepi" | "pgi"): Promise<CompiledFramework[]> {
  const ids = await frameworksRepo.currentVersionIds(db, kind);
  return Promise.all(ids.map((id) => compiledVersion(db, id)));
}

export async function measureCatalogue(db: Db): Promise<MeasureCatalogue> {
  const indicators: MeasureCatalogue["indicators"] = new Map();
  for (const framework of await compiledOf(db, "pepi"))
    for (const [code, { def }] of framework.indicators)
      indicators.set(`${framework.def.code}:${code}`, {
        label: withoutDraftMark(def.name.vi),
        provisional: hasDraftMark(def.name.vi),
        unit: vietnameseUnitText(def.unit, def.unitLabel),
        direction: def.direction === "lower_is_better" ? "down" : "up",
        frameworkCode: framework.def.code,
        frameworkName: framework.def.name.vi,
        code,
      });
  const pgiParts = new Map<string, string>();
  for (const framework of await compiledOf(db, "pgi"))
    for (const [code, { def }] of framework.indicators) pgiParts.set(code, def.name.vi);
  return { indicators, pgiParts };
}

const partNumber = (ref: string) => ref.replace(/^PGI/, "");

/** A measure the plan named that the frameworks in force no longer have (replaced by a new edition). */
export const gone = "không còn trong bộ chỉ số đang áp dụng";

/** The measure's name, unit and better direction; a plan's own measure says them itself. */
export function describeMeasure(
  catalogue: MeasureCatalogue,
  target: {
    measure: TargetMeasure;
    measureRef: string | null;
    name: string | null;
    unit: string | null;
    direction: string | null;
  },
): MeasureInfo {
  const ref = target.measureRef ?? "";
  const part = catalogue.pgiParts.get(ref) ?? gone;
  switch (target.measure) {
    case "pepi_indicator": {
      const found = catalogue.indicators.get(ref);
      return found ?? { label: `Chỉ số PEPI ${gone}`, unit: "", direction: "up" };
    }
    case "pepi_total":
      return { label: "Tổng điểm PEPI", unit: "điểm", direction: "up" };
    case "pepi_rank":
      return { label: "Thứ hạng PEPI", unit: "hạng", direction: "down" };
    case "pgi_total":
      return { label: "Tổng điểm PGI", unit: "điểm", direction: "up" };
    case "pgi_rank":
      return { label: "Thứ hạng PGI", unit: "hạng", direction: "down" };
    case "pgi_part_score":
      return {
        label: `Điểm chỉ số thành phần ${partNumber(ref)} PGI: ${part}`,
        unit: "điểm",
        direction: "up",
      };
    case "pgi_part_rank":
      return {
        label: `Hạng chỉ số thành phần ${partNumber(ref)} PGI: ${part}`,
        unit: "hạng",
        direction: "down",
      };
    case "own":
      return {
        label: target.name ?? "",
        unit: target.unit ?? "",
        direction: target.direction === "down" ? "down" : "up",
      };
  }
}

export interface Actual {
  value: number;
  final: boolean;
  source: string;
  /** Published by the Ministry or VCCI; otherwise the province's own results. */
  published: boolean;
}

/** What the application knows of the province, year by year, to fill targets' actuals. */
export interface ProvinceFacts {
  actual(measure: TargetMeasure, ref: string | null, year: number): Actual | null;
}

interface PepiYear {
  frameworkCode: string;
  final: boolean;
  source: string;
  total: number | null;
  indicators: Record<string, number | null>;
}

/**
 * A figure as a number, its binary rounding undone: 180 / 300.000 × 10.000 is 5,999…9 in floating
 * point, and must meet a target of 6.
 */
const numberOf = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) ? Number(value.toPrecision(12)) : null;

/** Tables the facts rest on: a change to any of them makes them be read again. */
export const factTables = [
  "cycles",
  "data_values",
  "cycle_assignments",
  "submissions",
  "computations",
  "published_results",
  "frameworks",
  "framework_versions",
  "org_units",
  "agencies",
];

/** What the application knows of the province in `years`: only those are read. */
export async function provinceFacts(db: Db, years: ReadonlySet<number>): Promise<ProvinceFacts> {
  const cycles = await pepiCycles(db);
  const { orgUnit, own } = await ownProvince(db, cycles);
  // An assessment of a year wins over a history entry of the same year.
  const mine = new Map<number, (typeof cycles)[number]["cycle"]>();
  for (const { cycle } of cycles)
    if (orgUnit && cycle.orgUnitId === orgUnit.id && years.has(cycle.year))
      if (!mine.has(cycle.year) || cycle.kind === "assessment") mine.set(cycle.year, cycle);
  const locked = [...mine.values()].filter((c) => isCycleLocked(c.status as CycleStatus));
  const stored = new Map(
    (
      await storedIndicatorValues(
        db,
        locked.map((c) => c.id),
      )
    ).map((s) => [s.cycleId, s]),
  );
  const pepiYears = new Map<number, PepiYear>();
  for (const cycle of mine.values()) {
    const kept = stored.get(cycle.id);
    if (kept?.values) {
      pepiYears.set(cycle.year, {
        frameworkCode: cycle.frameworkCode,
        final: true,
        source: `Kết quả tự đánh giá năm ${cycle.year} ${cycleStatusVi[cycle.status as CycleStatus]}`,
        total: kept.complete === true ? numberOf(kept.total) : null,
        indicators: kept.values,
      });
      continue;
    }
    const now = await currentIndicators(db, cycle);
    const complete = statusOfResult(now.framework, now.result).complete;
    const history = cycle.kind === "history";
    const final = history || isCycleLocked(cycle.status as CycleStatus);
    pepiYears.set(cycle.year, {
      frameworkCode: cycle.frameworkCode,
      final,
      source: history
        ? `Số liệu năm ${cycle.year} do đơn vị đầu mối nhập lại`
        : final
          ? `Kết quả tự đánh giá năm ${cycle.year} ${cycleStatusVi[cycle.status as CycleStatus]}`
          : `Số liệu năm ${cycle.year} đang thu thập (tạm tính)`,
      total: complete ? now.result.totalHundredths / 100 : null,
      indicators: now.values,
    });
  }
  const published = {
    pepi: await publishedRepo.listPublishedWithSource(db, "pepi", [...years]),
    pgi: await publishedRepo.listPublishedWithSource(db, "pgi", [...years]),
  };
  const row = ownRow(own);
  // The source's caveat stays with the figure ("thứ hạng suy ra từ thứ tự điểm"); a row not
  // traced to a published page says so, however exact its figure looks.
  const publishedActual = (
    published: publishedRepo.PublishedFiguresWithSource | undefined,
    value: number | null | undefined,
    who: string,
  ): Actual | null => {
    if (!published || value === null || value === undefined) return null;
    const caveat = published.notes
      ? clippedVi(published.notes, 160)
      : /^https?:\/\//.test(published.sourceUrl)
        ? null
        : "nguồn chưa xác nhận";
    const source = `Kết quả ${who} công bố${caveat ? ` (${caveat})` : ""}`;
    return { value, final: true, source, published: true };
  };

  return {
    actual(measure, ref, year) {
      const pepi = pepiYears.get(year);
      const pepiRow = row(published.pepi, year);
      const pgiRow = row(published.pgi, year);
      const parts = (pgiRow?.parts ?? {}) as Record<string, number | null>;
      const partRanks = (pgiRow?.partRanks ?? {}) as Record<string, number | null>;
      switch (measure) {
        case "pepi_indicator": {
          const [frameworkCode, code] = (ref ?? "").split(":");
          if (!pepi || pepi.frameworkCode !== frameworkCode || !code) return null;
          const value = numberOf(pepi.indicators[code]);
          return value === null ? null : { value, final: pepi.final, source: pepi.source, published: false };
        }
        case "pepi_total": {
          const official = publishedActual(
            pepiRow,
            pepiRow?.totalScore == null ? null : Number(pepiRow.totalScore),
            "Bộ",
          );
          if (official) return official;
          return pepi?.total == null
            ? null
            : { value: pepi.total, final: pepi.final, source: pepi.source, published: false };
        }
        case "pepi_rank":
          return publishedActual(pepiRow, pepiRow?.rank, "Bộ");
        case "pgi_total":
          return publishedActual(
            pgiRow,
            pgiRow?.totalScore == null ? null : Number(pgiRow.totalScore),
            "VCCI",
          );
        case "pgi_rank":
          return publishedActual(pgiRow, pgiRow?.rank, "VCCI");
        case "pgi_part_score":
          return publishedActual(pgiRow, parts[ref ?? ""], "VCCI");
        case "pgi_part_rank":
          return publishedActual(pgiRow, partRanks[ref ?? ""], "VCCI");
        case "own":
          // Reported in the plan's progress reports, not known to the application otherwise.
          return null;
      }
    },
  };
}
