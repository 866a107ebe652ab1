// Resolves "provenance" declarations: an object states a default and per-field overrides, and
// what it leaves out inherits from its parent (edition → framework). Every field gets a level.
import type { Provenance, ProvenanceMap } from "./schema.js";

export function defaultOf(map: ProvenanceMap | undefined, inherited: Provenance): Provenance {
  if (map === undefined) return inherited;
  return typeof map === "string" ? map : (map.default ?? inherited);
}

export function resolveProvenance(
  map: ProvenanceMap | undefined,
  inherited: Provenance,
  fields: readonly string[],
): Record<string, Provenance> {
  const fallback = defaultOf(map, inherited);
  const overrides = typeof map === "object" ? map : {};
  return Object.fromEntries(
    fields.map((field) => [field, (overrides[field] as Provenance | undefined) ?? fallback]),
  );
}

/** A new declaration where `fields` take `level` and the rest keep what they resolved to. */
export function withFieldsAt(
  map: ProvenanceMap | undefined,
  inherited: Provenance,
  fields: readonly string[],
  level: Provenance,
): ProvenanceMap {
  const base: Record<string, Provenance> =
    typeof map === "object" ? { ...(map as Record<string, Provenance>) } : {};
  base.default = defaultOf(map, inherited);
  for (const field of fields) base[field] = level;
  return base as ProvenanceMap;
}
