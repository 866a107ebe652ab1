// The shipped data the emissions computation uses, as files: the grid emission factor table
// (frameworks/ghg/emission-factors.yaml), the GWP sets (gwp-sets.yaml) and the plausible yearly
// totals by sector (plausible-ranges.yaml). Each loader validates its file and locates any error
// by file, line, row and field; each turns the file into the plain values emissions.ts takes.
import { z } from "zod";
import "../../contracts/zod-locale.js";
import { type GhgCheckProblem, type GhgLoadResult, loadGhgYaml } from "./data-file.js";
import { ghgSourceSchema } from "./obligation-rules.js";

export const gases = ["CO2", "CH4", "N2O"] as const;
export type Gas = (typeof gases)[number];
export const scopes = ["direct", "indirect_electricity"] as const;
export type Scope = (typeof scopes)[number];

const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "chỉ gồm chữ không dấu, số, - và _");
const year = z.number().int().min(1990).max(2100);

/** An emission factor as the computation takes it, whether shipped here or declared with a report. */
export interface EmissionFactor {
  code: string;
  name?: string;
  gas: Gas;
  value: number;
  /** Mass of the gas per activity unit: `tCO2/MWh`, `kgCH4/TJ`. */
  unit: string;
  /** Who computed it; a factor without one is refused. */
  source?: string | null;
  sourceUrl?: string | null;
  /** The legal document that publishes it (Quyết định 2626/QĐ-BTNMT, a DCC letter…). */
  document?: string | null;
  /** The activity years it is valid for. */
  validFrom: number;
  validTo: number;
  /** `unconfirmed`: an estimate the authority has not published; used with a warning. */
  status?: "confirmed" | "unconfirmed";
  note?: string;
}

// ---- Grid emission factors -------------------------------------------------------------------

const gridFactorSchema = z.strictObject({
  code,
  /** The activity year the factor is valid for. */
  year,
  value: z.number().positive().max(2),
  sources: z.array(code).min(1),
  document: z.string().min(1),
  status: z.enum(["confirmed", "unconfirmed"]),
  note: z.string().min(1).optional(),
});

export const emissionFactorsFileSchema = z.strictObject({
  schema: z.literal("pepi-hub/ghg-emission-factors@1"),
  table: z.strictObject({
    name: z.string().min(1),
    gas: z.enum(gases),
    unit: z.string().min(1),
    scope: z.enum(scopes),
  }),
  sources: z.array(ghgSourceSchema).min(1),
  factors: z.array(gridFactorSchema).min(1),
});
export type EmissionFactorsFile = z.infer<typeof emissionFactorsFileSchema>;

function checkEmissionFactors(file: EmissionFactorsFile): GhgCheckProblem[] {
  const problems: GhgCheckProblem[] = [];
  const ids = new Set(file.sources.map((s) => s.id));
  const unit = parseFactorUnit(file.table.unit);
  if (!unit)
    problems.push({ path: ["table", "unit"], message: `Đơn vị “${file.table.unit}” không đọc được` });
  else if (unit.gas !== file.table.gas) {
    problems.push({
      path: ["table", "unit"],
      message: `Đơn vị ${file.table.unit} không phải của khí ${file.table.gas}`,
    });
  }
  const codes = new Set<string>();
  const years = new Set<number>();
  file.factors.forEach((f, i) => {
    if (codes.has(f.code)) problems.push({ path: ["factors", i, "code"], message: `Mã “${f.code}” trùng` });
    codes.add(f.code);
    if (years.has(f.year))
      problems.push({ path: ["factors", i, "year"], message: `Năm ${f.year} đã có hệ số` });
    years.add(f.year);
    f.sources.forEach((id, j) => {
      if (!ids.has(id))
        problems.push({ path: ["factors", i, "sources", j], message: `Không có nguồn “${id}”` });
    });
    if (f.status === "unconfirmed" && !f.note) {
      problems.push({
        path: ["factors", i, "note"],
        message: "Hệ số chưa xác nhận phải có ghi chú nói vì sao",
      });
    }
  });
  return problems;
}

export function loadEmissionFactors(text: string, file: string): GhgLoadResult<EmissionFactorsFile> {
  return loadGhgYaml(text, file, emissionFactorsFileSchema, checkEmissionFactors);
}

/** The grid table as factors the computation takes, each with its provenance. */
export function gridFactors(file: EmissionFactorsFile): EmissionFactor[] {
  const sources = new Map(file.sources.map((s) => [s.id, s]));
  return file.factors.map((f) => {
    const cited = f.sources.map((id) => sources.get(id)!);
    return {
      code: f.code,
      name: `${file.table.name} năm ${f.year}`,
      gas: file.table.gas,
      value: f.value,
      unit: file.table.unit,
      source: cited.map((s) => s.title).join("; "),
      sourceUrl: cited[0]?.url ?? null,
      document: f.document,
      validFrom: f.year,
      validTo: f.year,
      status: f.status,
      note: f.note,
    };
  });
}

/** `tCO2/MWh` → mass unit, gas and activity unit; null when it does not read. */
export function parseFactorUnit(unit: string): { mass: "t" | "kg"; gas: Gas; per: string } | null {
  const match = /^(t|kg)(CO2|CH4|N2O)\/(\S+)$/.exec(unit.trim());
  if (!match) return null;
  return { mass: match[1] as "t" | "kg", gas: match[2] as Gas, per: match[3]! };
}

// ---- GWP sets --------------------------------------------------------------------------------

export const gwpSetSchema = z.strictObject({
  code,
  name: z.string().min(1),
  values: z.strictObject({ CO2: z.literal(1), CH4: z.number().positive(), N2O: z.number().positive() }),
  source: z.strictObject({ title: z.string().min(1), url: z.url(), note: z.string().optional() }),
});
export type GwpSet = z.infer<typeof gwpSetSchema>;

export const gwpSetsFileSchema = z.strictObject({
  schema: z.literal("pepi-hub/ghg-gwp-sets@1"),
  /** Whether the sources say which set Vietnamese rules require. */
  mandated: z.union([z.literal("unconfirmed"), code]),
  note: z.string().min(1),
  sets: z.array(gwpSetSchema).min(1),
});
export type GwpSetsFile = z.infer<typeof gwpSetsFileSchema>;

export function loadGwpSets(text: string, file: string): GhgLoadResult<GwpSetsFile> {
  return loadGhgYaml(text, file, gwpSetsFileSchema, (f) => {
    const problems: GhgCheckProblem[] = [];
    const codes = new Set<string>();
    f.sets.forEach((s, i) => {
      if (codes.has(s.code)) problems.push({ path: ["sets", i, "code"], message: `Mã “${s.code}” trùng` });
      codes.add(s.code);
    });
    if (f.mandated !== "unconfirmed" && !codes.has(f.mandated)) {
      problems.push({ path: ["mandated"], message: `Không có bộ GWP “${f.mandated}”` });
    }
    return problems;
  });
}

// ---- Plausible ranges by sector ---------------------------------------------------------------

export const plausibleRangeSchema = z.strictObject({
  sector: code,
  name: z.string().min(1),
  /** Yearly total, tCO2e. */
  min: z.number().nonnegative(),
  max: z.number().positive(),
});
export type PlausibleRange = z.infer<typeof plausibleRangeSchema>;

export const plausibleRangesFileSchema = z.strictObject({
  schema: z.literal("pepi-hub/ghg-plausible-ranges@1"),
  /** Always PEPI Hub's proposal: no regulation sets these. */
  status: z.literal("proposal"),
  note: z.string().min(1),
  ranges: z.array(plausibleRangeSchema).min(1),
});
export type PlausibleRangesFile = z.infer<typeof plausibleRangesFileSchema>;

export function loadPlausibleRanges(text: string, file: string): GhgLoadResult<PlausibleRangesFile> {
  return loadGhgYaml(text, file, plausibleRangesFileSchema, (f) => {
    const problems: GhgCheckProblem[] = [];
    const sectors = new Set<string>();
    f.ranges.forEach((r, i) => {
      if (sectors.has(r.sector))
        problems.push({ path: ["ranges", i, "sector"], message: `Ngành “${r.sector}” trùng` });
      sectors.add(r.sector);
      if (r.min >= r.max)
        problems.push({ path: ["ranges", i, "max"], message: "Cận trên phải lớn hơn cận dưới" });
    });
    return problems;
  });
}
