// Engine figures (framework issue): compute and score one province-year, recompute 63
// provinces × 6 years, load and validate a framework file; the place among the published
// totals and the what-if table of one result (standing issue). Pure computation, no database.
import { readFileSync } from "node:fs";
import { compileFrameworkText } from "../src/domain/framework/compile.js";
import { computeEdition } from "../src/domain/framework/compute.js";
import { samplePepiInputs } from "../src/domain/framework/fixtures.test-support.js";
import { eraOfYear, matchProvince } from "../src/domain/org/provinces.js";
import { parsePublishedCsv, pepiLayout } from "../src/domain/results/published-csv.js";
import { estimateRank } from "../src/domain/results/ranking.js";
import { whatIfTable } from "../src/domain/results/what-if-table.js";

export interface EngineFigures {
  provinceYearMs: number;
  recompute378Ms: number;
  loadValidateMs: number;
  indicatorCount: number;
  inputCount: number;
  /** The place of one total among a year's published totals (the shipped 2022 table). */
  rankMs: number;
  /** The what-if table of one result: every indicator brought to full points, each placed. */
  whatIfMs: number;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function benchEngine(): EngineFigures {
  const text = readFileSync(new URL("../frameworks/pepi-2782.yaml", import.meta.url), "utf8");
  const loadTimes: number[] = [];
  let framework: ReturnType<typeof compileFrameworkText> | undefined;
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    framework = compileFrameworkText(text, "pepi-2782.yaml");
    loadTimes.push(performance.now() - started);
  }
  if (!framework?.ok) throw new Error("pepi-2782.yaml does not compile");
  const compiled = framework.framework;

  // 63 provinces × 6 years of distinct inputs, prepared before timing.
  const provinceYears = Array.from({ length: 63 * 6 }, (_, i) => ({
    edition: i % 6 === 0 ? "2020" : "2021",
    inputs: samplePepiInputs(0.8 + (i % 40) / 100),
    lastYear: { "21": 70_000_000 + i * 10_000 },
  }));
  const once: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const py = provinceYears[i % provinceYears.length]!;
    const started = performance.now();
    computeEdition(compiled, py.edition, py.inputs, { lastYear: py.lastYear });
    once.push(performance.now() - started);
  }
  const all: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    for (const py of provinceYears)
      computeEdition(compiled, py.edition, py.inputs, { lastYear: py.lastYear });
    all.push(performance.now() - started);
  }
  // The shipped 2022 table: the partial one, where the range takes the most work.
  const published = parsePublishedCsv(
    readFileSync(new URL("../frameworks/published/pepi_results.csv", import.meta.url), "utf8"),
    pepiLayout,
  )
    .rows.filter((r) => r.year === 2022)
    .map((r) => ({
      province: matchProvince(r.province, eraOfYear(2022))!.code,
      total: r.total,
      rank: r.rank,
    }));
  const result = computeEdition(compiled, "2021", samplePepiInputs(0.9), { lastYear: { "21": 70_000_000 } });
  const lines = result.indicators.map((i) => ({
    code: i.code,
    name: i.code,
    status: i.status,
    points: i.hundredths / 100,
    maxPoints: i.maxHundredths / 100,
  }));
  const ranks: number[] = [];
  const whatIfs: number[] = [];
  for (let i = 0; i < 500; i++) {
    let started = performance.now();
    estimateRank(published, 50 + (i % 30), 63, "VN63-tinh-lao-cai");
    ranks.push(performance.now() - started);
    started = performance.now();
    whatIfTable(
      { total: result.totalHundredths / 100, indicators: lines },
      published,
      63,
      2022,
      "VN63-tinh-lao-cai",
    );
    whatIfs.push(performance.now() - started);
  }
  return {
    rankMs: median(ranks),
    whatIfMs: median(whatIfs),
    provinceYearMs: median(once),
    recompute378Ms: median(all),
    loadValidateMs: median(loadTimes.slice(5)),
    indicatorCount: compiled.indicators.size,
    inputCount: compiled.def.dataElements.length,
  };
}
