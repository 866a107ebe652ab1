// Small pieces every part of the PGI page writes the same way: a place with its mark (VCCI's,
// computed here from the published scores, or not published), a score with its place, and the
// note of a published total that differs from the sum of its sub-indices.
import { Alert } from "antd";
import type { PgiFigure, PgiRank } from "../../../contracts/pgi.js";
import { useT } from "../../i18n/index.js";
import { type PgiRow, placeText, scoreText } from "./pgi-text.js";

/** A place; a computed one says so under it; a missing one says there is none (the year's edition note says why). */
export function RankCell({ rank }: { rank: PgiRank | null }) {
  const t = useT();
  if (!rank) return <span className="muted">{t("pgi.rank.none")}</span>;
  if (rank.basis === "published") return <span>{placeText(t, rank)}</span>;
  return (
    <span>
      {placeText(t, rank)}
      <span className="muted small" style={{ display: "block" }}>
        {t("pgi.rank.computedMark")}
      </span>
    </span>
  );
}

/** A score with its place under it, as a column of a year shows them. */
export function FigureCell({ figure }: { figure: PgiFigure | null }) {
  const t = useT();
  // Nothing published: a dash, which the note under the table explains.
  if (!figure || (figure.score === null && figure.rank === null)) return <span className="muted">—</span>;
  return (
    <span>
      <span style={{ display: "block" }}>
        {figure.score === null ? t("pgi.scoreNotPublished") : scoreText(figure.score)}
      </span>
      <RankCell rank={figure.rank} />
    </span>
  );
}

/** The published total is kept though it differs from the sum of the sub-indices. */
export function SumGapNote({ row }: { row: PgiRow }) {
  const t = useT();
  if (row.sumGap === null || row.total.score === null) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginTop: 12 }}
      data-testid={`pgi-sum-gap-${row.year}`}
      title={t("pgi.sumGap", {
        year: row.year,
        total: scoreText(row.total.score),
        sum: scoreText(row.total.score - row.sumGap),
      })}
    />
  );
}
