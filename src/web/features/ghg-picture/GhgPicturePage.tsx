// The province's greenhouse-gas facilities at a glance: how many and whose, how the obligations
// were met year by year, emissions by sector and year (a chart and the same figures as a table,
// which is what a screen reader reads), the largest emitters, and the whole as Excel.
import { FileExcelOutlined } from "@ant-design/icons";
import { Button, Card, Col, Grid, Row, Table, Tag, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { Link } from "react-router-dom";
import type { GhgPictureView } from "../../../contracts/ghg-picture.js";
import { emissionsBySectorOption } from "../../../domain/charts/ghg-charts.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatDecimal, formatNumber } from "../../lib/format.js";
import { useCan } from "../auth/session.js";
import { GhgPictureFigures } from "./GhgPictureFigures.js";
import { GhgWorkReportCard } from "./GhgWorkReportCard.js";
import { ghgPictureExportUrl, useGhgPicture } from "./ghg-picture.api.js";

const EChart = lazy(() => import("../../components/EChart.js"));

type Count = GhgPictureView["bySector"][number];
type Compliance = GhgPictureView["compliance"][number];
type Emitter = GhgPictureView["largest"][number];

function CountTable({ title, items, testId }: { title: string; items: Count[]; testId: string }) {
  const t = useT();
  return (
    <Table<Count>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={items}
      data-testid={testId}
      columns={[
        { title, dataIndex: "label" },
        {
          title: t("ghgPic.col.count"),
          dataIndex: "count",
          align: "right",
          render: (n: number) => formatNumber(n),
        },
      ]}
    />
  );
}

function EmissionsCard({ picture }: { picture: GhgPictureView }) {
  const t = useT();
  const compact = !Grid.useBreakpoint().md;
  const { years, bySector, totals } = picture.emissions;
  const option = useMemo(
    () => emissionsBySectorOption(years, bySector, { compact }),
    [years, bySector, compact],
  );
  const rows = [
    ...bySector.map((s) => ({
      key: s.sector,
      label: s.label,
      values: s.values.map((v) => formatDecimal(v)),
    })),
    { key: "total", label: t("ghgPic.row.total"), values: totals.map((y) => formatDecimal(y.total)) },
    {
      key: "facilities",
      label: t("ghgPic.row.facilities"),
      values: totals.map((y) => `${formatNumber(y.facilities)} (${formatNumber(y.appraised)})`),
    },
  ];
  return (
    <Card title={t("ghgPic.emissions")} data-testid="ghg-picture-emissions">
      {years.length === 0 ? (
        <Typography.Text type="secondary">{t("ghgPic.emissions.none")}</Typography.Text>
      ) : (
        <>
          <Suspense fallback={<div style={{ height: 280 }} />}>
            <EChart
              option={option}
              height={280}
              label={t("ghgPic.emissions.chart")}
              testId="ghg-emissions-chart"
            />
          </Suspense>
          <ScrollRegion label={t("ghgPic.emissions.table")} minWidth={160 + 120 * years.length}>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={rows}
              data-testid="ghg-emissions-table"
              columns={[
                {
                  title: t("ghgPic.col.sector"),
                  dataIndex: "label",
                  render: (label: string, row) => (row.key === "total" ? <strong>{label}</strong> : label),
                },
                ...years.map((year, i) => ({
                  title: String(year),
                  key: String(year),
                  align: "right" as const,
                  render: (_: unknown, row: (typeof rows)[number]) => row.values[i],
                })),
              ]}
            />
          </ScrollRegion>
        </>
      )}
    </Card>
  );
}

export default function GhgPicturePage() {
  const t = useT();
  const can = useCan();
  const picture = useGhgPicture();
  if (picture.isError) return <PageError error={picture.error} onRetry={() => void picture.refetch()} />;
  const data = picture.data;
  const latestYear = data?.largest[0]?.year;
  return (
    <>
      <PageHeader
        title={t("ghgPic.title")}
        extra={
          <Button
            icon={<FileExcelOutlined />}
            href={ghgPictureExportUrl}
            download
            data-testid="ghg-picture-export"
          >
            {t("ghgPic.export")}
          </Button>
        }
      >
        {data && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t("ghgPic.intro", { date: formatDate(data.asOf) })}
          </Typography.Paragraph>
        )}
      </PageHeader>
      {!data ? (
        <Card loading />
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <GhgPictureFigures picture={data} />
          </Col>
          <Col span={24}>
            <Card title={t("ghgPic.counts")}>
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={8}>
                  <CountTable title={t("ghgPic.bySector")} items={data.bySector} testId="ghg-by-sector" />
                </Col>
                <Col xs={24} lg={8}>
                  <CountTable
                    title={t("ghgPic.byMinistry")}
                    items={data.byMinistry}
                    testId="ghg-by-ministry"
                  />
                </Col>
                <Col xs={24} lg={8}>
                  <CountTable title={t("ghgPic.byAgency")} items={data.byAgency} testId="ghg-by-agency" />
                </Col>
              </Row>
            </Card>
          </Col>
          <Col span={24}>
            <Card title={t("ghgPic.compliance")}>
              <ScrollRegion label={t("ghgPic.compliance")} minWidth={640}>
                <Table<Compliance>
                  size="small"
                  pagination={false}
                  rowKey="year"
                  dataSource={[...data.compliance].reverse()}
                  data-testid="ghg-compliance"
                  columns={[
                    { title: t("ghgPic.col.year"), dataIndex: "year" },
                    ...(["due", "onTime", "late", "missing", "notDue"] as const).map((key) => ({
                      title: t(`ghgPic.col.${key}`),
                      dataIndex: key,
                      align: "right" as const,
                      render: (n: number) => formatNumber(n),
                    })),
                    {
                      title: t("ghgPic.col.rate"),
                      dataIndex: "onTimeRate",
                      align: "right",
                      render: (rate: number | null) => (rate === null ? "—" : `${formatDecimal(rate, 1)}%`),
                    },
                  ]}
                />
              </ScrollRegion>
              <Typography.Paragraph
                type="secondary"
                className="small"
                style={{ marginTop: 8, marginBottom: 0 }}
              >
                {t("ghgPic.compliance.note")}
              </Typography.Paragraph>
            </Card>
          </Col>
          <Col span={24}>
            <EmissionsCard picture={data} />
          </Col>
          <Col span={24}>
            <GhgWorkReportCard canEdit={can("ghg.manage")} />
          </Col>
          {latestYear !== undefined && (
            <Col span={24}>
              <Card title={t("ghgPic.largest", { year: latestYear })}>
                <ScrollRegion label={t("ghgPic.largest", { year: latestYear })} minWidth={340}>
                  <Table<Emitter>
                    size="small"
                    pagination={false}
                    rowKey="facilityId"
                    dataSource={data.largest}
                    data-testid="ghg-largest"
                    columns={[
                      {
                        title: t("ghgPic.col.facility"),
                        render: (_, e) => <Link to={`/ghg/facilities/${e.facilityId}`}>{e.name}</Link>,
                      },
                      {
                        title: t("ghgPic.col.emissions"),
                        align: "right",
                        render: (_, e) => (
                          <>
                            {formatDecimal(e.total)}
                            {e.determined ? (
                              <Tag style={{ marginLeft: 8 }}>{t("ghgPic.determined")}</Tag>
                            ) : (
                              !e.appraised && (
                                <Tag color="orange" style={{ marginLeft: 8 }}>
                                  {t("ghgPic.notAppraised")}
                                </Tag>
                              )
                            )}
                          </>
                        ),
                      },
                    ]}
                  />
                </ScrollRegion>
              </Card>
            </Col>
          )}
        </Row>
      )}
    </>
  );
}
