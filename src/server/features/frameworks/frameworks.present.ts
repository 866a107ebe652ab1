// Maps a framework definition to the views the API returns, with every field's provenance.
import type { EditionView, FrameworkDetail, IndicatorView } from "../../../contracts/frameworks.js";
import type { CompiledFramework } from "../../../domain/framework/compile.js";
import { defaultOf, resolveProvenance } from "../../../domain/framework/provenance.js";
import type { EditionDef, FrameworkDef, Provenance } from "../../../domain/framework/schema.js";

// Every field the API returns has its provenance, the code too (a code may be ours, not the text's).
const indicatorFields = [
  "code",
  "name",
  "unit",
  "unitLabel",
  "direction",
  "formula",
  "group",
  "criteriaGroup",
  "agencies",
  "evidence",
  "legalBasis",
  "note",
  "notApplicable",
];
// A figure's code is PEPI Hub's own identifier, never shown to people: it claims nothing about a source.
const elementFields = ["name", "unit", "kind", "integer", "formula", "agencies", "shared", "fields"];
// An edition's line names an indicator by its code: the indicator gives that code's provenance.
const editionIndicatorFields = ["points", "scoring"];

export function presentIndicator(
  def: FrameworkDef,
  indicator: FrameworkDef["indicators"][number],
): IndicatorView {
  const top = defaultOf(def.provenance, "provisional");
  return {
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    unitLabel: indicator.unitLabel ?? null,
    direction: indicator.direction,
    formula: indicator.formula ?? null,
    group: indicator.group,
    criteriaGroup: indicator.criteriaGroup ?? null,
    agencies: indicator.agencies,
    evidence: indicator.evidence,
    legalBasis: indicator.legalBasis ?? null,
    note: indicator.note ?? null,
    notApplicable: indicator.notApplicable ?? null,
    provenance: resolveProvenance(indicator.provenance, top, indicatorFields),
    sources: indicator.sources ?? [],
  };
}

function presentEdition(framework: CompiledFramework, edition: EditionDef): EditionView {
  const top = defaultOf(framework.def.provenance, "provisional");
  const own = defaultOf(edition.provenance, top);
  const points = framework.editions.get(edition.code)!.points;
  return {
    code: edition.code,
    name: edition.name ?? null,
    yearsFrom: edition.years.from,
    yearsTo: edition.years.to ?? null,
    totalPoints: edition.totalPoints,
    groups: edition.groups.map((g) => ({
      code: g.code,
      name: g.name,
      points: g.points,
      criteriaGroups: g.criteriaGroups,
      provenance: resolveProvenance(g.provenance, own, ["code", "name", "points", "criteriaGroups"]),
    })),
    indicators: edition.indicators.map((entry) => {
      const max = points.maxHundredths.get(entry.code);
      return {
        code: entry.code,
        points: entry.points ?? null,
        maxPoints: (max ?? 0) / 100,
        assessed: max !== undefined,
        scoring: entry.scoring,
        provenance: resolveProvenance(entry.provenance, own, editionIndicatorFields),
      };
    }),
    notAssessed: edition.notAssessed
      ? {
          codes: edition.notAssessed.codes,
          rule: edition.notAssessed.rule,
          note: edition.notAssessed.note ?? null,
          provenance: resolveProvenance(edition.notAssessed.provenance, own, ["codes", "rule"]),
        }
      : null,
    bands: edition.bands.map((b) => ({
      min: b.min,
      label: b.label,
      provenance: resolveProvenance(b.provenance, own, ["min", "label"]),
    })),
    provenance: resolveProvenance(edition.provenance, top, ["code", "name", "years", "totalPoints"]),
  };
}

export function presentFrameworkDetail(
  framework: CompiledFramework,
  meta: Pick<FrameworkDetail, "version" | "isCurrent" | "versions" | "allowedActions">,
): FrameworkDetail {
  const { def } = framework;
  const top = defaultOf(def.provenance, "provisional");
  return {
    code: def.code,
    name: def.name,
    kind: def.kind,
    computed: def.computed,
    issuer: def.issuer ?? null,
    legalBasis: def.legalBasis ?? null,
    sources: def.sources.map((s) => ({ id: s.id, title: s.title, url: s.url ?? null })),
    dataElements: def.dataElements.map((e) => ({
      code: e.code,
      name: e.name,
      kind: e.kind,
      unit: e.unit ?? null,
      integer: e.integer,
      shared: e.shared,
      agencies: e.agencies,
      formula: e.formula ?? null,
      fields: (e.fields ?? []).map((f) => ({
        code: f.code,
        name: f.name,
        type: f.type,
        unit: f.unit ?? null,
      })),
      provenance: resolveProvenance(e.provenance, top, elementFields),
      sources: e.sources ?? [],
    })),
    indicators: def.indicators.map((i) => presentIndicator(def, i)),
    editions: def.editions.map((e) => presentEdition(framework, e)),
    ...meta,
  };
}

/** How many fields people should not take as official yet (shown on the framework list). */
export function countProvisional(
  detail: Pick<FrameworkDetail, "indicators" | "editions" | "dataElements">,
): number {
  const count = (maps: Record<string, Provenance>[]) =>
    maps.reduce((sum, m) => sum + Object.values(m).filter((p) => p === "provisional").length, 0);
  return (
    count(detail.indicators.map((i) => i.provenance)) +
    count(detail.dataElements.map((e) => e.provenance)) +
    count(
      detail.editions.flatMap((e) => [
        ...e.indicators.map((i) => i.provenance),
        ...e.bands.map((b) => b.provenance),
      ]),
    )
  );
}
