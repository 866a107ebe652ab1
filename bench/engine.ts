// Engine figures (framework issue): compute and score one province-year, recompute 63
// provinces × 6 years, load and validate a framework file. Pure computation, no database.
import { readFileSync } from "node:fs";
import { compileFrameworkText } from "../src/domain/framework/compile.js";
import { computeEdition } from "../src/domain/framework/compute.js";
import { samplePepiInputs } from "../src/domain/framework/fixtures.test-support.js";

export interface EngineFigures {
  provinceYearMs: number;
  recompute378Ms: number;
  loadValidateMs: number;
  indicatorCount: number;
  inputCount: number;
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
  return {
    provinceYearMs: median(once),
    recompute378Ms: median(all),
    loadValidateMs: median(loadTimes.slice(5)),
    indicatorCount: compiled.indicators.size,
    inputCount: compiled.def.dataElements.length,
  };
}
