// A merged province across the 2025 merger: the former provinces' results side by side, a column
// each, up to 2024 (ranked among 63), and the province's own from 2025 (among 34). Nothing is
// summed or averaged: the registry says which provinces, the figures are VCCI's.
import { Card, Table, Typography } from "antd";
import type { PgiOverview } from "../../../contracts/pgi.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";
import { RankCell } from "./PgiFigures.js";
import { type PgiRow, partShort, scoreText, unitName } from "./pgi-text.js";

interface YearLine {
  year: number;
  byUnit: Map<string, PgiRow>;
}

function UnitCell({ row }: { row: PgiRow | undefined }) {
  const t = useT();
  if (!row) return <span className="muted">—</span>;
  const parts = row.parts.filter((p) => p.figure.score !== null);
  return (
    <div>
      <strong style={{ display: "block" }}>
        {row.total.score === null
          ? t("pgi.scoreNotPublished")
          : t("pgi.merger.total", { score: scoreText(row.total.score) })}
      </strong>
      <RankCell rank={row.total.rank} />
      {row.sumGap !== null && (
        <span className="muted small" style={{ display: "block" }}>
          {t("pgi.trend.sumGap", { gap: scoreText(Math.abs(row.sumGap)) })}
        </span>
      )}
      {parts.length > 0 && (
        <ul className="small" style={{ margin: "4px 0 0", paddingLeft: 18 }}>
          {parts.map((p) => (
            <li key={p.part}>
              {partShort(t, p.part)}: {scoreText(p.figure.score)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function PgiMergerCard({ data }: { data: PgiOverview }) {
  const t = useT();
  if (!data.merger) return null;
  const formers = data.units.filter((u) => u.former);
  const own = data.units.filter((u) => !u.former);
  const units = [...formers, ...own];
  const years = [...new Set(data.rows.map((r) => r.year))].sort((a, b) => b - a);
  const lines: YearLine[] = years.map((year) => ({
    year,
    byUnit: new Map(data.rows.filter((r) => r.year === year).map((r) => [r.unitCode, r])),
  }));
  const names = formers.map((u) => unitName(t, u, true));
  const formerList =
    names.length > 1 ? `${names.slice(0, -1).join(", ")} ${t("pgi.and")} ${names.at(-1)}` : (names[0] ?? "");
  return (
    <Card title={t("pgi.merger.title")} data-testid="pgi-merger">
      <Typography.Paragraph data-testid="pgi-merger-intro">
        {t("pgi.merger.intro", {
          date: formatDate(data.merger.date),
          province: own[0] ? unitName(t, own[0], true) : data.province.name,
          formers: formerList,
        })}
      </Typography.Paragraph>
      <ScrollRegion label={t("pgi.merger.title")} minWidth={200 + 200 * units.length}>
        <Table<YearLine>
          size="small"
          pagination={false}
          rowKey="year"
          dataSource={lines}
          data-testid="pgi-merger-table"
          locale={{ emptyText: t("pgi.merger.empty") }}
          columns={[
            { title: t("pgi.col.yearPlain"), dataIndex: "year", width: 80 },
            ...units.map((unit) => ({
              title: unitName(t, unit, true),
              key: unit.code,
              render: (_: unknown, line: YearLine) => <UnitCell row={line.byUnit.get(unit.code)} />,
            })),
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}
