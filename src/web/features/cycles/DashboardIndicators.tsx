// The dashboard's indicator table: each indicator computed from the figures so far, its points,
// last year's value and the change, red when it went the bad way.
import { Table, type TableColumnsType, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import type { z } from "zod";
import type { dashboardIndicatorSchema } from "../../../contracts/cycles.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";
import { useLocalText, useUnitText } from "../frameworks/describe.js";
import { ChangeArrow } from "./ChangeLine.js";

type IndicatorLine = z.infer<typeof dashboardIndicatorSchema>;

export function DashboardIndicators({ indicators }: { indicators: IndicatorLine[] }) {
  const t = useT();
  const local = useLocalText();
  const unitText = useUnitText();
  const columns: TableColumnsType<IndicatorLine> = [
    { title: t("dashboard.code"), dataIndex: "code", width: 70 },
    {
      title: t("dashboard.indicator"),
      key: "name",
      render: (_, i) => (
        <>
          {local(i.name)}
          {i.status === "not_assessed" && <Tag style={{ marginLeft: 6 }}>{t("dashboard.notAssessed")}</Tag>}
        </>
      ),
    },
    {
      title: t("dashboard.value"),
      key: "value",
      width: 200,
      align: "right",
      // A value that could not be scored (no base year for an improvement) still says why.
      render: (_, i) => (
        <>
          {i.value !== null && (
            <span data-testid={`dashboard-value-${i.code}`}>
              <strong>{formatDecimal(i.value, 2)}</strong> {unitText(i.unit, i.unitLabel)}
            </span>
          )}
          {(i.value === null || i.status === "not_computable") && (
            <Typography.Text type="secondary" className="small" style={{ display: "block" }}>
              {i.reason ?? "—"}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t("dashboard.points"),
      key: "points",
      width: 120,
      align: "right",
      // Not computed is not zero: the survey is awaited, other lines are not yet scored.
      render: (_, i) => (
        <span data-testid={`dashboard-points-${i.code}`}>
          {i.status === "not_computable" ? (
            <Typography.Text type="secondary" className="small">
              {t(i.external ? "dashboard.awaitingSurvey" : "dashboard.notScored")} /{" "}
              {formatDecimal(i.maxPoints, 2)}
            </Typography.Text>
          ) : (
            `${formatDecimal(i.points, 2)} / ${formatDecimal(i.maxPoints, 2)}`
          )}
        </span>
      ),
    },
    {
      title: t("form.lastYear"),
      key: "lastYear",
      width: 120,
      align: "right",
      render: (_, i) => formatDecimal(i.lastYear, 2),
    },
    {
      title: t("form.change"),
      key: "change",
      width: 110,
      align: "right",
      render: (_, i) => <ChangeArrow changePct={i.changePct} worsened={i.worsened} judged />,
    },
  ];
  return (
    <ScrollRegion label={t("dashboard.indicators")} minWidth={760}>
      <Table<IndicatorLine>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={indicators}
        rowClassName={(i) => (i.status === "not_assessed" ? "muted" : "")}
        onRow={(i) =>
          ({
            "data-testid": `dashboard-indicator-${i.code}`,
            "data-status": i.status,
          }) as HTMLAttributes<HTMLElement>
        }
        pagination={false}
        data-testid="dashboard-indicators"
      />
    </ScrollRegion>
  );
}
