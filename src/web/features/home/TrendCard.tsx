// The province's PEPI over every known year: its own results and the Ministry's published
// totals and ranks, on one chart where years under different methods are kept apart, with the
// same figures in a table for reading and for screen readers.
import { Card, Grid, Table, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import type { TrendYear } from "../../../contracts/standing.js";
import { trendChartOption } from "../../../domain/charts/trend-chart.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";

const EChart = lazy(() => import("../../components/EChart.js"));

export function TrendCard({ trend }: { trend: TrendYear[] }) {
  const t = useT();
  const compact = !Grid.useBreakpoint().md;
  const option = useMemo(() => trendChartOption(trend, { compact }), [trend, compact]);
  const own = (y: TrendYear) => {
    if (!y.own) return "—";
    const points = formatDecimal(y.own.points);
    const text = y.own.complete ? points : t("standing.ownIncomplete", { points });
    return y.own.provisional ? `${text} · ${t("standing.ownProvisional")}` : text;
  };
  const published = (y: TrendYear) => {
    if (!y.published) return "—";
    if (y.published.total !== null) return formatDecimal(y.published.total);
    return y.published.band ? t("standing.bandOnly", { band: y.published.band }) : "—";
  };
  return (
    <Card title={t("standing.trend")} style={{ height: "100%" }} data-testid="standing-trend">
      <Typography.Paragraph type="secondary" className="small">
        {t("standing.trendNote")}
      </Typography.Paragraph>
      {trend.length > 0 && (
        <Suspense fallback={<div style={{ height: compact ? 420 : 280 }} />}>
          <EChart
            option={option}
            height={compact ? 420 : 280}
            label={t("standing.trendChart")}
            testId="standing-trend-chart"
          />
        </Suspense>
      )}
      <ScrollRegion label={t("standing.trendTable")} minWidth={460}>
        <Table<TrendYear>
          size="small"
          pagination={false}
          rowKey="year"
          dataSource={trend}
          data-testid="standing-trend-table"
          columns={[
            { title: t("standing.col.year"), dataIndex: "year" },
            { title: t("standing.col.method"), render: (_, y) => y.method ?? "—" },
            { title: t("standing.col.own"), render: (_, y) => own(y) },
            { title: t("standing.col.published"), render: (_, y) => published(y) },
            {
              title: t("standing.col.rank"),
              render: (_, y) =>
                y.published?.rank ? `${y.published.rank}/${y.published.provinceCount}` : "—",
            },
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}
