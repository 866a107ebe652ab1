// An estimated rank among the provinces, with how sure it is: exact when every published score
// is known, else a range and the number of published scores it rests on.
import { Typography } from "antd";
import type { z } from "zod";
import type { rankEstimateSchema } from "../../../contracts/frameworks.js";
import { useT } from "../../i18n/index.js";

type Rank = z.infer<typeof rankEstimateSchema>;

export function RankText({ rank, compact = false }: { rank: Rank | null; compact?: boolean }) {
  const t = useT();
  if (!rank) return <div className="muted">{compact ? "—" : t("rank.none")}</div>;
  // A range only says something when it is one: exact ranks and collapsed ranges show the rank.
  const ranged = !rank.exact && rank.best < rank.worst;
  if (compact)
    return (
      <span>
        {rank.rank}
        {ranged && (
          <span className="muted small">
            {" "}
            ({rank.best}–{rank.worst})
          </span>
        )}
      </span>
    );
  return (
    <div data-testid="result-rank">
      <Typography.Text strong style={{ fontSize: 24 }}>
        {t("rank.value", { rank: rank.rank, count: rank.provinceCount })}
      </Typography.Text>
      <div className="small">
        {rank.exact
          ? t("rank.exact", { year: rank.year })
          : ranged && t("rank.range", { best: rank.best, worst: rank.worst })}
      </div>
      <div className="small muted">{t("rank.basedOn", { count: rank.basedOn, year: rank.year })}</div>
    </div>
  );
}
