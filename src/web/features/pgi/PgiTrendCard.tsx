// The province's green index over every published year: the total drawn (a line per province of
// the registry, never joined across the merger), and every figure with its place and source in
// the table beside it, which is what a screen reader reads.
import { Card, Grid, Table, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { pgiTrendOption } from "../../../domain/charts/pgi-charts.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { FigureCell, RankCell } from "./PgiFigures.js";
import {
  figureOf,
  type PgiRow,
  type PgiUnit,
  partShort,
  placeText,
  scoreText,
  shortPlaceText,
} from "./pgi-text.js";
import type { PgiView } from "./pgi-views.js";

const EChart = lazy(() => import("../../components/EChart.js"));

const hostOf = (address: string) => {
  try {
    return new URL(address).hostname.replace(/^www\./, "");
  } catch {
    return address;
  }
};

/** The source as links: VCCI's and the press's addresses; words that are not one stay words. */
export function SourceLinks({ source }: { source: string }) {
  const parts = source
    .split(/\s+\|\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return (
    <span>
      {parts.map((part) =>
        /^https?:\/\//.test(part) ? (
          <Typography.Link
            key={part}
            href={part}
            target="_blank"
            rel="noreferrer"
            title={part}
            style={{ display: "block" }}
          >
            {hostOf(part)}
          </Typography.Link>
        ) : (
          <span key={part} className="muted small" style={{ display: "block" }}>
            {part}
          </span>
        ),
      )}
    </span>
  );
}

export function PgiTrendCard({ view, units }: { view: PgiView; units: PgiUnit[] }) {
  const t = useT();
  const compact = !Grid.useBreakpoint().md;
  const option = useMemo(() => {
    const lines = view.codes
      .map((code) => ({
        name: units.find((u) => u.code === code)?.name ?? view.label,
        points: view.rows
          .filter((r) => r.unitCode === code && r.total.score !== null)
          .map((r) => ({
            year: r.year,
            score: r.total.score as number,
            rank: r.total.rank ? shortPlaceText(t, r.total.rank) : null,
          })),
      }))
      .filter((l) => l.points.length > 0);
    return { option: pgiTrendOption(lines, { max: 40, compact }), count: lines.length };
  }, [view, units, compact, t]);
  const title = t("pgi.trend.title", { name: view.label });
  const rows = [...view.rows].reverse();
  return (
    <Card title={title} data-testid="pgi-trend">
      {option.count > 0 && (
        <Suspense fallback={<div style={{ height: 240 }} />}>
          <EChart
            option={option.option}
            height={compact && option.count > 1 ? 240 + 20 * option.count : 240}
            label={t("pgi.trend.chart", { name: view.label })}
            testId="pgi-trend-chart"
          />
        </Suspense>
      )}
      <ScrollRegion label={t("pgi.trend.table", { name: view.label })} minWidth={980}>
        <Table<PgiRow>
          size="small"
          pagination={false}
          rowKey={(r) => `${r.unitCode}-${r.year}`}
          dataSource={rows}
          data-testid="pgi-trend-table"
          locale={{ emptyText: t("pgi.glance.none", { name: view.label }) }}
          columns={[
            {
              title: t("pgi.col.yearPlain"),
              dataIndex: "year",
              render: (year: number, row) => (
                <>
                  <strong>{year}</strong>
                  {row.notes && (
                    <span className="muted small" style={{ display: "block", maxWidth: 200 }}>
                      {row.notes}
                    </span>
                  )}
                </>
              ),
            },
            {
              title: t("pgi.part.total"),
              render: (_, row) => (
                <>
                  <strong style={{ display: "block" }}>
                    {row.total.score === null ? t("pgi.scoreNotPublished") : scoreText(row.total.score)}
                  </strong>
                  <RankCell rank={row.total.rank} />
                  {row.sumGap !== null && (
                    <span className="muted small" style={{ display: "block" }}>
                      {t("pgi.trend.sumGap", { gap: scoreText(Math.abs(row.sumGap)) })}
                    </span>
                  )}
                </>
              ),
            },
            {
              title: t("pgi.col.region"),
              render: (_, row) =>
                row.region ? (
                  <>
                    <span style={{ display: "block" }}>{placeText(t, row.region.rank)}</span>
                    <span className="muted small">{row.region.name}</span>
                  </>
                ) : (
                  "—"
                ),
            },
            ...(["PGI1", "PGI2", "PGI3", "PGI4"] as const).map((part) => ({
              title: partShort(t, part),
              key: part,
              render: (_: unknown, row: PgiRow) => <FigureCell figure={figureOf(row, part)} />,
            })),
            {
              title: t("pgi.col.source"),
              render: (_, row) => <SourceLinks source={row.sourceUrl} />,
            },
          ]}
        />
      </ScrollRegion>
      <Typography.Paragraph type="secondary" className="small" style={{ marginTop: 8, marginBottom: 0 }}>
        {t("pgi.trend.note")}
      </Typography.Paragraph>
    </Card>
  );
}
