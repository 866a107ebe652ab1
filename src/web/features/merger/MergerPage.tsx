// History across the 2025 merger (coordinator; leaders read): which former provinces the
// province was made of, their published results beside its own (ranks among 63, then among 34),
// and for a year before the merger the comparison base built from their raw figures.
import { Card, Select, Space, Table, Typography } from "antd";
import { useState } from "react";
import type { MergerHistory } from "../../../contracts/merger.js";
import { capitalizeVi } from "../../../domain/text/format-vi.js";
import { nameInSentence } from "../../../domain/text/official-names.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatNumber } from "../../lib/format.js";
import { BaselineCard } from "./BaselineCard.js";
import { useMergerHistory } from "./merger.api.js";

export default function MergerPage() {
  const t = useT();
  const [year, setYear] = useState<number>();
  const history = useMergerHistory(year);
  if (history.isError) return <PageError error={history.error} onRetry={() => void history.refetch()} />;
  const data = history.data;
  const formers = data?.formers.map((p) => p.shortName).join(", ") ?? "";
  return (
    <>
      <PageHeader title={t("merger.title")}>
        {data && (
          <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", maxWidth: 860 }}>
            {t("merger.intro", { province: nameInSentence(data.province.name), formers })}
          </Typography.Paragraph>
        )}
      </PageHeader>
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <PublishedCard data={data} loading={history.isPending} />
        {data && (
          <Card title={t("merger.baseline.title")} data-testid="merger-baseline">
            <Space wrap style={{ marginBottom: 12 }}>
              <label htmlFor="merger-year">{t("merger.baseline.year")}</label>
              <Select<number>
                id="merger-year"
                value={data.baseline?.year}
                onChange={setYear}
                style={{ width: 230 }}
                options={data.years.map((y) => ({
                  value: y.year,
                  label: t("merger.baseline.yearOption", { year: y.year, count: formatNumber(y.figures) }),
                }))}
                data-testid="merger-year"
              />
            </Space>
            {data.baseline ? (
              <BaselineCard data={data} baseline={data.baseline} />
            ) : (
              <Typography.Paragraph>{t("merger.baseline.none")}</Typography.Paragraph>
            )}
          </Card>
        )}
      </Space>
    </>
  );
}

function PublishedCard({ data, loading }: { data: MergerHistory | undefined; loading: boolean }) {
  const t = useT();
  const columns = [
    ...(data?.formers ?? []).map((p) => ({ code: p.code, title: p.shortName })),
    ...(data
      ? [{ code: data.province.code, title: t("merger.published.merged", { name: data.province.shortName }) }]
      : []),
  ];
  const cell = (entry: MergerHistory["published"][number]["entries"][number] | undefined, ranked: number) => {
    if (!entry) return <span className="muted">–</span>;
    const score =
      entry.totalScore === null
        ? null
        : t("merger.published.score", { score: formatNumber(entry.totalScore, 2) });
    const rank = entry.rank === null ? null : t("merger.published.rank", { rank: entry.rank, of: ranked });
    const band = entry.band && t("merger.published.band", { band: capitalizeVi(entry.band) });
    const figures = [score, rank].filter(Boolean).join(" · ") || band || t("merger.published.noScore");
    // The source's caveat stays with the figure: a rank inferred from scores is not a published one.
    return entry.notes ? (
      <>
        <div>{figures}</div>
        <div className="muted small" style={{ maxWidth: 320 }}>
          {t("merger.published.sourceNote", { note: entry.notes })}
        </div>
      </>
    ) : (
      figures
    );
  };
  return (
    <Card title={t("merger.published.title")} loading={loading} data-testid="merger-published">
      <Typography.Paragraph type="secondary">{t("merger.published.note")}</Typography.Paragraph>
      <ScrollRegion label={t("merger.published.title")} minWidth={720}>
        <Table
          size="small"
          pagination={false}
          rowKey="year"
          dataSource={data?.published ?? []}
          locale={{ emptyText: t("merger.published.empty") }}
          columns={[
            { title: t("merger.published.year"), dataIndex: "year", key: "year", width: 90 },
            ...columns.map((c) => ({
              title: c.title,
              key: c.code,
              render: (_: unknown, year: MergerHistory["published"][number]) =>
                cell(
                  year.entries.find((e) => e.provinceCode === c.code),
                  year.ranked,
                ),
            })),
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}
