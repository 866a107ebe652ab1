// A place among the provinces, never more precise than the published data: one place when the
// data leaves one, else the range first ("Hạng 8–17/63"), then the most likely place and what it
// rests on ("cao hơn 7 trong 14 tỉnh đã công bố điểm năm 2022").
import { Typography } from "antd";
import type { z } from "zod";
import type { rankEstimateSchema } from "../../../contracts/frameworks.js";
import { useT } from "../../i18n/index.js";

type Rank = z.infer<typeof rankEstimateSchema>;

/** "12" or "8–17". */
export const placeText = (rank: Rank) =>
  rank.best === rank.worst ? `${rank.best}` : `${rank.best}–${rank.worst}`;

export function RankText({
  rank,
  compact = false,
  resultYear,
}: {
  rank: Rank | null;
  compact?: boolean;
  /** The result's own year: placed against another year's table, a place is never "certain". */
  resultYear?: number;
}) {
  const t = useT();
  if (!rank) return <div className="muted">{compact ? "—" : t("rank.none")}</div>;
  const ranged = rank.best < rank.worst;
  if (compact)
    return (
      <span>
        {placeText(rank)}/{rank.provinceCount}
        {ranged && <span className="muted small"> ({t("rank.likelyShort", { rank: rank.rank })})</span>}
      </span>
    );
  const basis =
    rank.below === undefined
      ? t("rank.basedOn", { count: rank.basedOn, year: rank.year })
      : rank.below === 0 && rank.level === 0
        ? t("rank.belowAll", { count: rank.basedOn, year: rank.year })
        : rank.above === 0 && rank.level === 0
          ? t("rank.aboveAll", { count: rank.basedOn, year: rank.year })
          : t("rank.above", { below: rank.below, count: rank.basedOn, year: rank.year });
  return (
    <div data-testid="result-rank">
      <Typography.Text strong style={{ fontSize: 24 }}>
        {t("rank.value", { place: placeText(rank), count: rank.provinceCount })}
      </Typography.Text>
      <div className="small">
        {ranged
          ? t("rank.likely", { rank: rank.rank })
          : resultYear !== undefined && resultYear !== rank.year
            ? t("rank.otherYear", { year: rank.year, resultYear })
            : t("rank.exact")}
      </div>
      <div className="small muted">{basis}</div>
      {rank.inconsistent && <div className="small muted">{t("rank.inconsistent")}</div>}
    </div>
  );
}
