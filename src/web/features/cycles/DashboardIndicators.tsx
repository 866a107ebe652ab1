// The dashboard's indicator table: each indicator computed from the figures so far, its points,
// last year's value and the change, red when it went the bad way.
import { Button, Table, type TableColumnsType, Tag, Typography } from "antd";
import { type HTMLAttributes, useState } from "react";
import type { z } from "zod";
import type { dashboardIndicatorSchema } from "../../../contracts/cycles.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";
import { useLocalText, useUnitText } from "../frameworks/describe.js";
import { ChangeArrow } from "./ChangeLine.js";
import { NotApplicableModal } from "./NotApplicableModal.js";
import { ReasonModal } from "./ReasonModal.js";

type IndicatorLine = z.infer<typeof dashboardIndicatorSchema>;

export function DashboardIndicators({
  indicators,
  onMarkNotApplicable,
  onExplain,
}: {
  indicators: IndicatorLine[];
  /** For the coordinator of a cycle still collecting: the department's explanation of a change. */
  onExplain?: (code: string, body: string, previousBody: string) => Promise<unknown>;
  /** For the coordinator of a cycle still collecting: marks (grounds) or unmarks (null). */
  onMarkNotApplicable?: (
    code: string,
    grounds: { reason: string; evidence: string } | null,
  ) => Promise<unknown>;
}) {
  const t = useT();
  const local = useLocalText();
  const unitText = useUnitText();
  const [marking, setMarking] = useState<IndicatorLine | null>(null);
  const [explaining, setExplaining] = useState<IndicatorLine | null>(null);
  const columns: TableColumnsType<IndicatorLine> = [
    { title: t("dashboard.code"), dataIndex: "code", width: 70 },
    {
      title: t("dashboard.indicator"),
      key: "name",
      render: (_, i) => (
        <>
          {local(i.name)}
          {i.status === "not_assessed" && <Tag style={{ marginLeft: 6 }}>{t("dashboard.notAssessed")}</Tag>}
          {i.status === "not_applicable" && (
            <Tag color="blue" style={{ marginLeft: 6 }}>
              {t("notApplicable.tag")}
            </Tag>
          )}
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
          ) : i.status === "not_applicable" && i.maxPoints === 0 ? (
            t("notApplicable.notCounted")
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
    {
      title: t("dashboard.explanation"),
      key: "explanation",
      width: 260,
      render: (_, i) => (
        <div data-testid={`dashboard-explanation-${i.code}`}>
          {i.explanation ? (
            <Typography.Paragraph
              className="small"
              ellipsis={{ rows: 3, tooltip: i.explanation }}
              style={{ margin: 0 }}
            >
              {i.explanation}
            </Typography.Paragraph>
          ) : i.explanationDue ? (
            <Typography.Text type="warning" className="small">
              {t("dashboard.explanationDue", { agency: i.explainedBy })}
            </Typography.Text>
          ) : null}
          {onExplain && (i.explanation || i.explanationDue) && (
            <Button
              size="small"
              type="link"
              style={{ paddingInline: 0 }}
              onClick={() => setExplaining(i)}
              data-testid={`explain-${i.code}`}
            >
              {t(i.explanation ? "dashboard.editExplanation" : "dashboard.writeExplanation")}
            </Button>
          )}
        </div>
      ),
    },
    // Only where some indicator may be marked, or is: an empty column says nothing.
    ...(onMarkNotApplicable &&
    indicators.some((i) => i.markableNotApplicable || i.status === "not_applicable")
      ? [
          {
            title: t("common.actions"),
            key: "actions",
            width: 150,
            render: (_: unknown, i: IndicatorLine) =>
              i.status === "not_applicable" ? (
                <Button size="small" onClick={() => void onMarkNotApplicable(i.code, null)}>
                  {t("notApplicable.clear")}
                </Button>
              ) : i.markableNotApplicable ? (
                <Button size="small" data-testid={`not-applicable-${i.code}`} onClick={() => setMarking(i)}>
                  {t("notApplicable.action")}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <ScrollRegion label={t("dashboard.indicators")} minWidth={1020}>
      {marking && onMarkNotApplicable && (
        <NotApplicableModal
          indicator={`${marking.code}. ${local(marking.name)}`}
          onSubmit={(grounds) => onMarkNotApplicable(marking.code, grounds)}
          onClose={() => setMarking(null)}
        />
      )}
      {explaining && onExplain && (
        <ReasonModal
          title={t("dashboard.explainTitle", { indicator: `${explaining.code}. ${local(explaining.name)}` })}
          intro={t("dashboard.explainIntro", { agency: explaining.explainedBy })}
          okText={t("common.save")}
          label={t("form.explanation")}
          maxLength={4000}
          initialValue={explaining.explanation ?? ""}
          onSubmit={(body) => onExplain(explaining.code, body, explaining.explanation ?? "")}
          onClose={() => setExplaining(null)}
        />
      )}
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
