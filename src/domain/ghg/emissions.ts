// A facility report's emissions from its activity data: amount × emission factor per gas, by
// year of the report (a report covers two years), by gas and by scope (direct; indirect from
// purchased electricity), and tCO2e under the GWP set the report states. Pure. Bad input is
// refused as a whole with the row and field of every problem; nothing is computed from part of
// it. What the facility declared is compared, never replaced; an implausible total is flagged.
import { capitalizeVi, formatNumberVi } from "../text/format-vi.js";
import {
  type EmissionFactor,
  type Gas,
  type GwpSet,
  gases,
  type PlausibleRange,
  parseFactorUnit,
  type Scope,
  scopes,
} from "./factors.js";

/** One line of activity data as a form or a sheet gives it: anything may be wrong in it. */
export interface ActivityLine {
  year: unknown;
  /** What it is, as the facility wrote it: "Điện mua từ lưới", "Dầu DO cho lò hơi". */
  label: string;
  scope: unknown;
  amount: unknown;
  unit: unknown;
  /** Codes of the emission factors applied, at most one per gas. */
  factors?: readonly string[];
  /** Instead of factors: a gas measured directly, in t or kg of that gas (`tCH4`), or `other` in tCO2e. */
  gas?: unknown;
}

export interface ReportPeriod {
  from: number;
  to: number;
}

export interface EmissionsInput {
  period: ReportPeriod;
  lines: readonly ActivityLine[];
  factors: readonly EmissionFactor[];
  gwp: GwpSet;
}

/** Where a problem is: the 1-based row of the activity data and the field. */
export interface EmissionsProblem {
  row: number;
  field: string;
  message: string;
}

export type GasOrOther = Gas | "other";

export interface LineEmission {
  row: number;
  year: number;
  label: string;
  scope: Scope;
  gas: GasOrOther;
  /** Tonnes of the gas (for `other`, the tCO2e declared). */
  tonnes: number;
  co2e: number;
  factor?: Pick<
    EmissionFactor,
    "code" | "value" | "unit" | "source" | "sourceUrl" | "document" | "validFrom" | "validTo" | "status"
  >;
}

export interface YearEmissions {
  year: number;
  /** Tonnes of each gas and its tCO2e. */
  gases: Record<Gas, { tonnes: number; co2e: number }>;
  /** Other gases (HFCs, SF6…), declared in tCO2e. */
  other: number;
  scopes: Record<Scope, number>;
  total: number;
}

export interface EmissionsReport {
  period: ReportPeriod;
  gwp: { code: string; name: string; values: GwpSet["values"] };
  years: YearEmissions[];
  lines: LineEmission[];
  /** Computed, but worth a look: an estimated factor used, for instance. */
  warnings: EmissionsProblem[];
}

export type EmissionsResult =
  | { ok: true; value: EmissionsReport }
  | { ok: false; problems: EmissionsProblem[] };

export function computeEmissions(input: EmissionsInput): EmissionsResult {
  const problems: EmissionsProblem[] = [];
  const warnings: EmissionsProblem[] = [];
  const { period } = input;
  if (!Number.isInteger(period.from) || !Number.isInteger(period.to) || period.to < period.from) {
    return { ok: false, problems: [{ row: 0, field: "period", message: "Kỳ báo cáo không hợp lệ" }] };
  }
  const factors = new Map(input.factors.map((f) => [f.code, f]));
  const lines: LineEmission[] = [];
  input.lines.forEach((line, index) => {
    const row = index + 1;
    const refuse = (field: string, message: string) => problems.push({ row, field, message });
    const read = readYear(line.year);
    // A year outside the period is said once, not again for each factor it does not fit.
    const year = read !== null && read >= period.from && read <= period.to ? read : null;
    if (read === null) refuse("year", `Năm “${String(line.year)}” không hợp lệ`);
    else if (year === null) {
      refuse("year", `Năm ${read} nằm ngoài kỳ báo cáo ${spanVi(period)}`);
    }
    const scope = scopes.find((s) => s === line.scope);
    if (!scope)
      refuse("scope", `Phạm vi “${String(line.scope)}” không hợp lệ (trực tiếp hoặc gián tiếp từ điện mua)`);
    const amount = readAmount(line.amount);
    if (amount.error) refuse("amount", amount.error);
    const unit = typeof line.unit === "string" ? line.unit.trim() : "";
    if (!unit) refuse("unit", "Thiếu đơn vị của số liệu hoạt động");
    const base = { row, year: year ?? 0, label: line.label, scope: scope ?? "direct" };
    const quantity = amount.value ?? 0;

    if (line.gas !== undefined && line.gas !== null && line.gas !== "") {
      if (line.factors?.length) refuse("factors", "Dòng đo trực tiếp một khí không dùng hệ số phát thải");
      const gas = [...gases, "other" as const].find((g) => g === line.gas);
      if (!gas) {
        refuse("gas", `Khí “${String(line.gas)}” không hợp lệ (CO2, CH4, N2O hoặc khí khác)`);
        return;
      }
      if (!unit) return;
      if (gas === "other") {
        if (unit !== "tCO2e") refuse("unit", `Khí khác ghi bằng tCO2e, không phải “${unit}”`);
        lines.push({ ...base, gas, tonnes: quantity, co2e: quantity });
        return;
      }
      const mass = unit === `t${gas}` ? 1 : unit === `kg${gas}` ? 0.001 : null;
      if (mass === null) {
        refuse("unit", `Khí ${gas} ghi bằng t${gas} hoặc kg${gas}, không phải “${unit}”`);
        return;
      }
      lines.push({ ...base, gas, tonnes: quantity * mass, co2e: quantity * mass * input.gwp.values[gas] });
      return;
    }

    if (!line.factors?.length) {
      refuse("factors", "Chưa chọn hệ số phát thải cho số liệu hoạt động");
      return;
    }
    const seen = new Set<Gas>();
    line.factors.forEach((factorCode, j) => {
      const field = `factors[${j + 1}]`;
      const factor = factors.get(factorCode);
      if (!factor) {
        refuse(field, `Không có hệ số phát thải “${factorCode}”`);
        return;
      }
      const name = factorLabel(factor);
      const before = problems.length;
      if (!factor.source?.trim()) refuse(field, `${name} không có nguồn`);
      if (!factor.document?.trim()) refuse(field, `${name} không ghi văn bản công bố`);
      if (!Number.isFinite(factor.value) || factor.value < 0) {
        refuse(field, `${name} có giá trị không hợp lệ`);
      }
      const parsed = parseFactorUnit(factor.unit);
      if (!parsed) refuse(field, `${name}: đơn vị “${factor.unit}” không đọc được`);
      else if (parsed.gas !== factor.gas) {
        refuse(field, `${name} là của khí ${factor.gas} nhưng đơn vị là ${factor.unit}`);
      } else if (unit && parsed.per !== unit) {
        refuse(field, `${name} tính trên ${parsed.per} (${factor.unit}), số liệu lại tính bằng ${unit}`);
      }
      if (year !== null && (year < factor.validFrom || year > factor.validTo)) {
        refuse(
          field,
          `${name} áp dụng cho năm ${spanVi({ from: factor.validFrom, to: factor.validTo })}, không cho năm ${year}`,
        );
      }
      if (seen.has(factor.gas)) refuse(field, `Dòng đã có một hệ số cho khí ${factor.gas}`);
      seen.add(factor.gas);
      if (problems.length > before || !parsed) return;
      if (factor.status === "unconfirmed") {
        warnings.push({
          row,
          field,
          message: `${name} (${formatNumberVi(factor.value, 4)} ${factor.unit}) là ước tính chưa được công bố chính thức`,
        });
      }
      const tonnes = quantity * factor.value * (parsed.mass === "kg" ? 0.001 : 1);
      lines.push({
        ...base,
        gas: factor.gas,
        tonnes,
        co2e: tonnes * input.gwp.values[factor.gas],
        factor: {
          code: factor.code,
          value: factor.value,
          unit: factor.unit,
          source: factor.source,
          sourceUrl: factor.sourceUrl ?? null,
          document: factor.document,
          validFrom: factor.validFrom,
          validTo: factor.validTo,
          status: factor.status ?? "confirmed",
        },
      });
    });
  });
  if (problems.length > 0) return { ok: false, problems };

  const years: YearEmissions[] = [];
  for (let year = period.from; year <= period.to; year++) {
    const mine = lines.filter((l) => l.year === year);
    const sum = (pick: (l: LineEmission) => boolean, value: (l: LineEmission) => number) =>
      round(mine.filter(pick).reduce((total, l) => total + value(l), 0));
    years.push({
      year,
      gases: Object.fromEntries(
        gases.map((gas) => [
          gas,
          {
            tonnes: sum(
              (l) => l.gas === gas,
              (l) => l.tonnes,
            ),
            co2e: sum(
              (l) => l.gas === gas,
              (l) => l.co2e,
            ),
          },
        ]),
      ) as YearEmissions["gases"],
      other: sum(
        (l) => l.gas === "other",
        (l) => l.co2e,
      ),
      scopes: Object.fromEntries(
        scopes.map((scope) => [
          scope,
          sum(
            (l) => l.scope === scope,
            (l) => l.co2e,
          ),
        ]),
      ) as YearEmissions["scopes"],
      total: sum(
        () => true,
        (l) => l.co2e,
      ),
    });
  }
  return {
    ok: true,
    value: {
      period,
      gwp: { code: input.gwp.code, name: input.gwp.name, values: input.gwp.values },
      years,
      lines: lines.map((l) => ({ ...l, tonnes: round(l.tonnes), co2e: round(l.co2e) })),
      warnings,
    },
  };
}

// ---- Changing the GWP set -------------------------------------------------------------------

export interface GwpChange {
  year: number;
  /** A gas, or `total`. */
  what: Gas | "total";
  before: number;
  after: number;
  message: string;
}

/**
 * Recomputes a report under another GWP set and says what changed: each gas and total whose
 * tCO2e moved, year by year (tonnes of each gas do not change).
 */
export function recomputeWithGwp(
  input: EmissionsInput,
  gwp: GwpSet,
):
  | { ok: true; value: EmissionsReport; changes: GwpChange[]; summary: string }
  | { ok: false; problems: EmissionsProblem[] } {
  const before = computeEmissions(input);
  if (!before.ok) return before;
  const after = computeEmissions({ ...input, gwp });
  if (!after.ok) return after;
  const changes: GwpChange[] = [];
  after.value.years.forEach((year, i) => {
    const old = before.value.years[i]!;
    for (const gas of gases) {
      if (old.gases[gas].co2e !== year.gases[gas].co2e) {
        changes.push(change(year.year, gas, old.gases[gas].co2e, year.gases[gas].co2e));
      }
    }
    if (old.total !== year.total) changes.push(change(year.year, "total", old.total, year.total));
  });
  const from = input.gwp.code;
  const summary =
    changes.length === 0
      ? `Đổi bộ GWP từ ${from} sang ${gwp.code}: tính lại, không số liệu tCO2e nào thay đổi.`
      : `Đổi bộ GWP từ ${from} sang ${gwp.code}: tính lại, ${changes.length} số liệu tCO2e thay đổi.`;
  return { ok: true, value: after.value, changes, summary };
}

function change(year: number, what: Gas | "total", before: number, after: number): GwpChange {
  const label = what === "total" ? "tổng phát thải" : what;
  return {
    year,
    what,
    before,
    after,
    message: `Năm ${year}, ${label}: ${formatNumberVi(before)} → ${formatNumberVi(after)} tCO2e`,
  };
}

// ---- What the facility declared -------------------------------------------------------------

export interface DeclaredYear {
  year: number;
  total?: number | null;
  gases?: Partial<Record<Gas, number | null>>;
  scopes?: Partial<Record<Scope, number | null>>;
}

/** A difference is accepted up to the larger of the two. */
export interface Tolerance {
  /** Share of the computed figure: 0.01 is 1%. */
  relative: number;
  /** tCO2e. */
  absolute?: number;
}

export interface DeclaredDifference {
  year: number;
  what: "total" | Gas | Scope;
  declared: number;
  computed: number;
  difference: number;
  message: string;
}

const scopeNames: Record<Scope, string> = {
  direct: "phát thải trực tiếp",
  indirect_electricity: "phát thải gián tiếp từ điện mua",
};

/**
 * The declared figures that differ from the computed ones beyond the tolerance. The declared
 * figure stays as declared: this only says where the appraiser should look.
 */
export function compareWithDeclared(
  report: EmissionsReport,
  declared: readonly DeclaredYear[],
  tolerance: Tolerance,
): DeclaredDifference[] {
  const flags: DeclaredDifference[] = [];
  for (const entry of declared) {
    const year = report.years.find((y) => y.year === entry.year);
    if (!year) continue;
    const check = (
      what: DeclaredDifference["what"],
      label: string,
      value: number | null | undefined,
      computed: number,
    ) => {
      if (value === null || value === undefined) return;
      const difference = round(value - computed);
      const allowed = Math.max(tolerance.absolute ?? 0, tolerance.relative * Math.abs(computed));
      if (Math.abs(difference) <= allowed + 1e-9) return;
      const share =
        computed === 0 ? "" : ` (${formatNumberVi((Math.abs(difference) / Math.abs(computed)) * 100, 2)}%)`;
      flags.push({
        year: entry.year,
        what,
        declared: value,
        computed,
        difference,
        message:
          `Năm ${entry.year}, ${label}: cơ sở kê khai ${formatNumberVi(value)} tCO2e, tính lại được ` +
          `${formatNumberVi(computed)} tCO2e, chênh ${formatNumberVi(Math.abs(difference))} tCO2e${share}, ` +
          `vượt mức cho phép ${formatNumberVi(tolerance.relative * 100, 2)}%. Số kê khai được giữ nguyên để thẩm định.`,
      });
    };
    check("total", "tổng phát thải", entry.total, year.total);
    for (const gas of gases) check(gas, `khí ${gas}`, entry.gases?.[gas], year.gases[gas].co2e);
    for (const scope of scopes) check(scope, scopeNames[scope], entry.scopes?.[scope], year.scopes[scope]);
  }
  return flags;
}

// ---- Plausible range for the sector ---------------------------------------------------------

export interface RangeFlag {
  year: number;
  total: number;
  range: PlausibleRange;
  message: string;
}

/** The range for a facility: its quota sector's first (thermal power, steel, cement), else its sector's. */
export function rangeFor(
  ranges: readonly PlausibleRange[],
  facility: { sector: string; quotaSector?: string | null },
): PlausibleRange | undefined {
  return (
    (facility.quotaSector ? ranges.find((r) => r.sector === facility.quotaSector) : undefined) ??
    ranges.find((r) => r.sector === facility.sector)
  );
}

/** Years whose total falls outside the sector's plausible range (PEPI Hub's proposal): flagged, not refused. */
export function flagImplausible(report: EmissionsReport, range: PlausibleRange): RangeFlag[] {
  return report.years
    .filter((y) => y.total < range.min || y.total > range.max)
    .map((y) => ({
      year: y.year,
      total: y.total,
      range,
      message:
        `Năm ${y.year}: tổng phát thải ${formatNumberVi(y.total)} tCO2e ${y.total < range.min ? "thấp hơn" : "cao hơn"} ` +
        `khoảng hợp lý của ngành ${range.name} (${formatNumberVi(range.min)}–${formatNumberVi(range.max)} tCO2e/năm, ` +
        "khoảng do PEPI Hub đề xuất)",
    }));
}

// ---- Reading ---------------------------------------------------------------------------------

function readYear(value: unknown): number | null {
  const year = typeof value === "string" && /^\d{4}$/.test(value.trim()) ? Number(value) : value;
  return typeof year === "number" && Number.isInteger(year) ? year : null;
}

/** A number, or a text written the Vietnamese way (1.234,5); anything else is refused. */
function readAmount(value: unknown): { value?: number; error?: string } {
  let amount: number | undefined;
  if (typeof value === "number") amount = Number.isFinite(value) ? value : undefined;
  else if (typeof value === "string") {
    const text = value.trim();
    if (/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(text))
      amount = Number(text.replaceAll(".", "").replace(",", "."));
  }
  if (amount === undefined) {
    const shown = value === null || value === undefined || value === "" ? "trống" : `“${String(value)}”`;
    return { error: `Số liệu hoạt động ${shown} không phải là số (viết như 1.234,5)` };
  }
  if (amount < 0) return { error: `Số liệu hoạt động không được âm (${formatNumberVi(amount)})` };
  return { value: amount };
}

/** “Hệ số phát thải lưới điện Việt Nam năm 2023” reads as it is; a bare name gets its word: Hệ số “Than cám”. */
function factorLabel(factor: EmissionFactor): string {
  const name = factor.name?.trim() || factor.code;
  return /^hệ số /iu.test(name) ? capitalizeVi(name) : `Hệ số “${name}”`;
}

function spanVi(period: ReportPeriod): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/** To the gram: sums of products such as 1.000 × 0,6592 come out as 659,2, not 659,1999…. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
