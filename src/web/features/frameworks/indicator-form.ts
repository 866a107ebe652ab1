// The indicator editor's values, and the request made of only what the person changed.
import type { EditionView, IndicatorView, ProvenanceLevel } from "../../../contracts/frameworks.js";
import { decimalText, readDecimal } from "../../lib/decimal.js";
import type { UpdateIndicatorInput } from "./frameworks.api.js";
import { fieldsToScoring, type ScoringFields, sameValue, scoringToFields } from "./scoring-form.js";

export interface IndicatorForm extends ScoringFields {
  nameVi: string;
  nameEn: string;
  unit: string;
  unitLabel: string;
  direction: IndicatorView["direction"];
  formula: string;
  agencies: string[];
  evidence: string[];
  /** Points: an equal share of the group, or a stated number. */
  equalShare: boolean;
  points: string;
  note: string;
  provenance: ProvenanceLevel;
}

type Scored = EditionView["indicators"][number];

export function indicatorToForm(indicator: IndicatorView, scored: Scored | undefined): IndicatorForm {
  return {
    nameVi: indicator.name.vi,
    nameEn: indicator.name.en ?? "",
    unit: indicator.unit,
    unitLabel: indicator.unitLabel ?? "",
    direction: indicator.direction,
    formula: indicator.formula ?? "",
    agencies: indicator.agencies,
    evidence: indicator.evidence,
    equalShare: scored ? scored.points === null : true,
    points: decimalText(scored?.points ?? null),
    ...(scored ? scoringToFields(scored.scoring) : { scoringType: "linear" }),
    note: "",
    // The usual case: the coordinator copies the value from the official annex.
    provenance: "official",
  };
}

type Changes = Omit<UpdateIndicatorInput, "note" | "provenance">;
const text = (value: string | undefined) => (value ?? "").trim();
const orNull = (value: string | undefined) => text(value) || null;

/** The fields whose value differs from the start, ready to send; "invalid-scoring" if the rule is incomplete. */
export function changesOf(
  initial: IndicatorForm,
  values: IndicatorForm,
  editionCode: string,
): Changes | "invalid-scoring" {
  const changes: Changes = {};
  if (text(values.nameVi) !== text(initial.nameVi) || text(values.nameEn) !== text(initial.nameEn))
    changes.name = { vi: text(values.nameVi), ...(text(values.nameEn) ? { en: text(values.nameEn) } : {}) };
  if (text(values.unit) !== text(initial.unit)) changes.unit = text(values.unit);
  if (orNull(values.unitLabel) !== orNull(initial.unitLabel)) changes.unitLabel = orNull(values.unitLabel);
  if (values.direction !== initial.direction) changes.direction = values.direction;
  if (orNull(values.formula) !== orNull(initial.formula)) changes.formula = orNull(values.formula);
  if (!sameValue(values.agencies, initial.agencies)) changes.agencies = values.agencies.map((a) => a.trim());
  if (!sameValue(values.evidence, initial.evidence)) changes.evidence = values.evidence.map((e) => e.trim());

  if (values.scoringType !== undefined) {
    const points = values.equalShare ? null : (readDecimal(values.points) ?? null);
    const before = initial.equalShare ? null : (readDecimal(initial.points) ?? null);
    const scoring = fieldsToScoring(values);
    if (!scoring) return "invalid-scoring";
    const scoringBefore = fieldsToScoring(initial);
    const pointsChanged = points !== before;
    const scoringChanged = !sameValue(scoring, scoringBefore);
    if (pointsChanged || scoringChanged) changes.edition = editionCode;
    if (pointsChanged) changes.points = points;
    if (scoringChanged) changes.scoring = scoring;
  }
  return changes;
}
