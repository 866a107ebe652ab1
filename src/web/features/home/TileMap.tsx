// A tile-grid map of Vietnam for one index and year: one square per province (63 before the
// 2025 merger, 34 after), coloured by published score or band, the province outlined. The
// squares repeat what the table beside them says; the table is what the keyboard and screen
// readers use, the squares give their figures on hover.
import { Card, Col, Row, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import type { Standing, StandingMap } from "../../../contracts/standing.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatDecimal } from "../../lib/format.js";
import { useStandingMap } from "./standing.api.js";
import { scoreRange, tileLevels, tileSteps } from "./tile-colors.js";

type Tile = StandingMap["tiles"][number];

export function TileMapCard({ years }: { years: Standing["mapYears"] }) {
  const t = useT();
  const [kind, setKind] = useState<"pepi" | "pgi">("pepi");
  const [year, setYear] = useState<number | undefined>(undefined);
  const map = useStandingMap(kind, year);
  const data = map.data;
  const figure = (tile: Tile) =>
    tile.score !== null ? formatDecimal(tile.score) : (tile.band ?? t("standing.notPublished"));
  const rows = data
    ? [...data.tiles].sort(
        (a, b) =>
          (a.rank ?? 999) - (b.rank ?? 999) ||
          (b.score ?? -1) - (a.score ?? -1) ||
          compareVietnamese(a.name, b.name),
      )
    : [];
  return (
    <Card title={t("standing.map")} data-testid="standing-map">
      <Typography.Paragraph type="secondary" className="small">
        {t("standing.mapIntro")}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="standing-map-kind">{t("standing.mapIndex")}</label>
        <Select
          id="standing-map-kind"
          value={kind}
          style={{ width: 150 }}
          onChange={(value) => {
            setKind(value);
            setYear(undefined);
          }}
          options={[
            { value: "pepi", label: t("published.kind.pepi") },
            { value: "pgi", label: t("published.kind.pgi") },
          ]}
        />
        <label htmlFor="standing-map-year">{t("standing.mapYear")}</label>
        <Select
          id="standing-map-year"
          value={data?.year}
          style={{ width: 100 }}
          onChange={setYear}
          options={[...years[kind]].reverse().map((y) => ({ value: y, label: String(y) }))}
        />
        {data && <Tag>{t(data.era === "63" ? "standing.mapEra63" : "standing.mapEra34")}</Tag>}
      </Space>
      {data && (
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={10}>
            <TileGrid map={data} figure={figure} />
          </Col>
          <Col xs={24} lg={14}>
            <ScrollRegion label={t("standing.mapTable", { year: data.year })} minWidth={340}>
              <Table<Tile>
                size="small"
                rowKey="code"
                dataSource={rows}
                pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
                rowClassName={(r) => (r.code === data.own ? "standing-own-row" : "")}
                data-testid="standing-map-table"
                columns={[
                  {
                    title: t("standing.col.province"),
                    render: (_, r) => (
                      <>
                        {r.name} {r.code === data.own && <Tag color="blue">{t("standing.own")}</Tag>}
                      </>
                    ),
                  },
                  { title: t("standing.col.score"), render: (_, r) => figure(r) },
                  { title: t("standing.col.rank"), render: (_, r) => r.rank ?? "—" },
                ]}
              />
            </ScrollRegion>
          </Col>
        </Row>
      )}
    </Card>
  );
}

function TileGrid({ map, figure }: { map: StandingMap; figure: (tile: Tile) => string }) {
  const t = useT();
  const levels = tileLevels(map);
  const range = scoreRange(map);
  return (
    <div>
      <div
        aria-hidden="true"
        className="tile-grid"
        data-testid="standing-tile-grid"
        // About 52 px a square: the whole country stays in view and names still fit.
        style={{ gridTemplateColumns: `repeat(${map.columns}, minmax(0, 1fr))`, maxWidth: map.columns * 52 }}
      >
        {map.tiles.map((tile) => {
          const step = tileSteps[levels.get(tile.code) ?? 0]!;
          return (
            <div
              key={tile.code}
              className={tile.code === map.own ? "tile tile-own" : "tile"}
              title={t("standing.mapTile", {
                province: tile.name,
                value: tile.rank
                  ? `${figure(tile)} · ${t("rank.value", { place: tile.rank, count: map.tiles.length })}`
                  : figure(tile),
              })}
              data-code={tile.code}
              data-level={levels.get(tile.code)}
              style={{
                gridColumn: tile.column + 1,
                gridRow: tile.row + 1,
                background: step.fill,
                color: step.ink,
              }}
            >
              {tile.name}
            </div>
          );
        })}
      </div>
      <div className="tile-legend small" aria-hidden="true">
        <span className="tile-swatch" style={{ background: tileSteps[0].fill }} />{" "}
        {t("standing.mapLegendNone")}
        <span style={{ marginLeft: 12 }}>
          {t("standing.mapLegendLow")}
          {range && ` (${formatDecimal(range.low)})`}
        </span>
        {tileSteps.slice(1).map((s) => (
          <span key={s.fill} className="tile-swatch" style={{ background: s.fill }} />
        ))}
        <span>
          {t("standing.mapLegendHigh")}
          {range && ` (${formatDecimal(range.high)})`}
        </span>
      </div>
    </div>
  );
}
