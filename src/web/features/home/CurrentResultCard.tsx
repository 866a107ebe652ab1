// This year's result as the documents state it: the total and band only when complete, the
// change from last year, the rank as a range with its basis, the place in the region.
import { Card, Space, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import type { Standing } from "../../../contracts/standing.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";
import { GroupsPending } from "../computations/GroupsPending.js";
import { placeText } from "../computations/RankText.js";

export function CurrentResultCard({ current }: { current: Standing["current"] }) {
  const t = useT();
  if (!current)
    return (
      <Card title={t("standing.current", { year: "—" })} style={{ height: "100%" }}>
        <Typography.Paragraph>{t("standing.noCycle")}</Typography.Paragraph>
      </Card>
    );
  return (
    <Card
      title={t("standing.current", { year: current.year })}
      extra={
        <Tag color={current.approved ? "green" : "blue"} style={{ whiteSpace: "normal" }}>
          {current.approved ? t("standing.approved") : t("standing.inProgress")}
        </Tag>
      }
      style={{ height: "100%" }}
      data-testid="standing-current"
    >
      <Space orientation="vertical" size="small" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{current.frameworkName}</Typography.Text>
        {current.official && (
          <div data-testid="standing-official">
            <Typography.Text strong>{t("standing.official", { year: current.year })}: </Typography.Text>
            <Typography.Text strong style={{ fontSize: 22 }}>
              {[
                current.official.total !== null &&
                  t("standing.officialPoints", { points: formatDecimal(current.official.total) }),
                current.official.rank !== null &&
                  t("rank.value", { place: current.official.rank, count: current.official.provinceCount }),
                current.official.band && t("standing.officialBand", { band: current.official.band }),
              ]
                .filter(Boolean)
                .join(", ")}
            </Typography.Text>
          </div>
        )}
        {current.official && <Typography.Text strong>{t("standing.selfAssessment")}:</Typography.Text>}
        <Typography.Text
          strong
          style={{ fontSize: current.official ? 16 : 22 }}
          data-testid="standing-headline"
        >
          {current.headline}
        </Typography.Text>
        <div>
          <GroupsPending status={current.status} />
        </div>
        {current.changeText && <div>{t("standing.change", { text: current.changeText })}</div>}
        <div data-testid="standing-rank">
          <Typography.Text strong>{t("standing.rank")}: </Typography.Text>
          {current.rank && (
            <Typography.Text strong style={{ fontSize: 18 }}>
              {t("rank.value", { place: placeText(current.rank), count: current.rank.provinceCount })}{" "}
            </Typography.Text>
          )}
          <div className="small">{current.rankText}</div>
        </div>
        {current.regionText && (
          <div>
            <Typography.Text strong>{t("standing.region")}: </Typography.Text>
            {current.regionText}
          </div>
        )}
        <Link to={`/cycles/${current.cycleId}/dashboard`}>
          {t("standing.openDashboard", { year: current.year })}
        </Link>
      </Space>
    </Card>
  );
}
