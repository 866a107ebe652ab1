// How sure a value is: copied from the official text, attested by a secondary source, or
// provisional (our reading, to be replaced). A provisional value is always visibly marked.
import { Tag, Tooltip } from "antd";
import type { ProvenanceLevel } from "../../contracts/frameworks.js";
import { useT } from "../i18n/index.js";

const colours: Record<ProvenanceLevel, string> = {
  official: "green",
  attested: "blue",
  provisional: "orange",
};

/** The level of one field from a resolved provenance map ("default" covers unlisted fields). */
export function provenanceOf(
  map: Record<string, ProvenanceLevel> | undefined,
  field: string,
): ProvenanceLevel | undefined {
  return map?.[field] ?? map?.default;
}

const certainty: ProvenanceLevel[] = ["provisional", "attested", "official"];

/** The least certain level among some fields (a band is as sure as its threshold and label). */
export function weakestOf(
  map: Record<string, ProvenanceLevel> | undefined,
  fields: string[],
): ProvenanceLevel | undefined {
  const levels = fields.map((f) => provenanceOf(map, f)).filter((l): l is ProvenanceLevel => l !== undefined);
  return levels.sort((a, b) => certainty.indexOf(a) - certainty.indexOf(b))[0];
}

export function ProvenanceTag({
  level,
  quiet = false,
}: {
  level: ProvenanceLevel | undefined;
  quiet?: boolean;
}) {
  const t = useT();
  if (!level) return null;
  // In dense tables only the provisional mark is shown; the other levels stay in the details.
  if (quiet && level !== "provisional") return null;
  return (
    <Tooltip title={t(`provenance.${level}.hint`)}>
      <Tag color={colours[level]} className="provenance-tag" data-testid={`provenance-${level}`}>
        {t(`provenance.${level}`)}
      </Tag>
    </Tooltip>
  );
}
