// Every province's score of one year for the total or one sub-index: where the province stands
// among them in a sentence, a column chart with it highlighted, the same figures in a table (what
// the keyboard and screen readers use), and the best five to learn from.
import { Col, Grid, Row, Table, Tag, Typography } from "antd";
import { lazy, type ReactNode, Suspense, useMemo } from "react";
import type { PgiOverview } from "../../../contracts/pgi.js";
import { pgiColumnsOption } from "../../../domain/charts/pgi-charts.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { type PgiUnit, scoreText, unitName } from "./pgi-text.js";

const EChart = lazy(() => import("../../components/EChart.js"));

type ProvinceScore = PgiOverview["totals"]["provinces"][number];
type Placed = ProvinceScore & { position: number };

export function PgiProvinceScores({
  id,
  name,
  year,
  max,
  provinces,
  province,
  units,
  merged,
  children,
}: {
  id: string;
  /** The total's or the sub-index's name. */
  name: string;
  year: number;
  /** 40 for the total, 10 for a sub-index. */
  max: number;
  /** Best first. */
  provinces: ProvinceScore[];
  /** The province shown, for the sentence when it has no score. */
  province: string;
  /** The provinces of the registry shown: a merged province's former ones are named "(cũ)". */
  units: PgiUnit[];
  merged: boolean;
  /** Shown under the best five (a sub-index's components). */
  children?: ReactNode;
}) {
  const t = useT();
  const compact = !Grid.useBreakpoint().md;
  // The chart is drawn again only when its figures change, not on every render.
  const placed: Placed[] = useMemo(() => {
    const nameOf = (p: ProvinceScore) => {
      const unit = p.own ? units.find((u) => u.code === p.code) : undefined;
      return unit ? unitName(t, unit, merged) : p.name;
    };
    return provinces.map((p, i) => ({ ...p, name: nameOf(p), position: i + 1 }));
  }, [provinces, units, merged, t]);
  const own = placed.filter((p) => p.own);
  const option = useMemo(
    () =>
      pgiColumnsOption(
        placed.map((p) => ({ name: p.name, score: p.score, own: p.own })),
        { max, compact },
      ),
    [placed, max, compact],
  );
  return (
    <>
      <Typography.Paragraph data-testid={`${id}-own`}>
        {own.length === 0
          ? t("pgi.sub.ownMissing", { year, province })
          : own
              .map((p) =>
                t("pgi.sub.ownLine", {
                  name: p.name,
                  score: scoreText(p.score),
                  position: p.position,
                  count: placed.length,
                  year,
                }),
              )
              .join(" ")}
      </Typography.Paragraph>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={14}>
          <Suspense fallback={<div style={{ height: 280 }} />}>
            <EChart
              option={option}
              height={compact ? 240 : 280}
              label={t("pgi.sub.chart", { name, year, count: placed.length })}
              testId={`${id}-chart`}
            />
          </Suspense>
          <ScoresTable id={id} label={t("pgi.sub.table", { name, year })} rows={placed} />
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Title level={5}>{t("pgi.sub.top", { year })}</Typography.Title>
          <ol data-testid={`${id}-top`} style={{ paddingLeft: 22 }}>
            {placed.slice(0, 5).map((p) => (
              <li key={p.code}>
                {p.name}: {t("pgi.sub.points", { score: scoreText(p.score) })}
                {p.rank !== null && ` (${t("pgi.sub.vcciRank", { rank: p.rank })})`}
                {p.own && (
                  <Tag color="blue" style={{ marginLeft: 6 }}>
                    {t("pgi.sub.ownTag")}
                  </Tag>
                )}
              </li>
            ))}
          </ol>
          {children}
        </Col>
      </Row>
    </>
  );
}

function ScoresTable({ id, label, rows }: { id: string; label: string; rows: Placed[] }) {
  const t = useT();
  return (
    <ScrollRegion label={label} minWidth={360}>
      <Table<Placed>
        size="small"
        rowKey="code"
        dataSource={rows}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        rowClassName={(r) => (r.own ? "standing-own-row" : "")}
        data-testid={`${id}-table`}
        columns={[
          { title: t("pgi.sub.col.position"), dataIndex: "position", width: 70 },
          {
            title: t("pgi.sub.col.province"),
            render: (_, r) => (
              <>
                {r.name} {r.own && <Tag color="blue">{t("pgi.sub.ownTag")}</Tag>}
              </>
            ),
          },
          { title: t("pgi.sub.col.score"), render: (_, r) => scoreText(r.score) },
          // VCCI's own ranks, where it published any (rarely for a sub-index).
          ...(rows.some((r) => r.rank !== null)
            ? [
                {
                  title: t("pgi.sub.col.rank"),
                  render: (_: unknown, r: Placed) =>
                    r.rank === null ? <span className="muted">{t("pgi.sub.noRank")}</span> : r.rank,
                },
              ]
            : []),
        ]}
      />
    </ScrollRegion>
  );
}
