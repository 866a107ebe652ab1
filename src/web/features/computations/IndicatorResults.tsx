// Each indicator of a computed result, line by line: its value, points, status, why it could
// not be computed, and (expanded) the formula with the inputs it used.
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from "@ant-design/icons";
import { Progress, Table, type TableColumnsType, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import type { EditionResultView, IndicatorView } from "../../../contracts/frameworks.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal, formatNumber } from "../../lib/format.js";
import { useLocalText, useUnitText } from "../frameworks/describe.js";

type Line = EditionResultView["indicators"][number];
type Direction = IndicatorView["direction"];
const statusColours = {
  computed: "green",
  not_computable: "red",
  not_assessed: "default",
  not_applicable: "blue",
} as const;

function InputValue({ value }: { value: unknown }) {
  const t = useT();
  if (value === null || value === undefined) return <span className="muted">{t("result.inputMissing")}</span>;
  if (Array.isArray(value)) return <>{t("compute.listCount", { count: formatNumber(value.length) })}</>;
  if (typeof value === "number") return <>{formatDecimal(value, 4)}</>;
  if (typeof value === "boolean") return <>{t(value ? "common.yes" : "common.no")}</>;
  return <>{String(value)}</>;
}

function Change({ line, direction }: { line: Line; direction: Direction | undefined }) {
  if (line.change === null) return <span className="muted">—</span>;
  const better = direction === "lower_is_better" ? line.change < 0 : line.change > 0;
  const icon =
    line.change === 0 ? <MinusOutlined /> : line.change > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />;
  return (
    <span className={line.change === 0 ? "muted" : better ? "change-better" : "change-worse"}>
      {icon} {line.change > 0 ? "+" : ""}
      {formatDecimal(line.change)}
    </span>
  );
}

function LineDetails({ line }: { line: Line }) {
  const t = useT();
  const unitText = useUnitText();
  return (
    <div className="line-details" data-testid={`result-details-${line.code}`}>
      <Typography.Text type="secondary">{t("indicator.formula")}: </Typography.Text>
      {line.formula ? <code className="formula">{line.formula}</code> : <span className="muted">—</span>}
      {line.inputs.length > 0 && (
        <table className="inputs-table">
          <tbody>
            {line.inputs.map((input) => (
              <tr key={input.code}>
                <td>
                  <code>{input.code}</code>
                </td>
                <td>{input.name}</td>
                <td className="number">
                  <InputValue value={input.value} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {line.lastYearValue !== null && (
        <div className="small" style={{ marginTop: 6 }}>
          {t("result.lastYearValue")}: {formatDecimal(line.lastYearValue)}{" "}
          {unitText(line.unit, line.unitLabel)}
        </div>
      )}
    </div>
  );
}

export function IndicatorResults({
  result,
  directions = {},
}: {
  result: EditionResultView;
  directions?: Record<string, Direction>;
}) {
  const t = useT();
  const local = useLocalText();
  const unitText = useUnitText();
  const columns: TableColumnsType<Line> = [
    { title: t("indicator.code"), dataIndex: "code", width: 60, render: (c: string) => <strong>{c}</strong> },
    {
      title: t("indicator.name"),
      key: "name",
      render: (_, line) => (
        <>
          <div>{local(line.name)}</div>
          {line.reason && (
            <Typography.Text type="danger" className="small" data-testid={`reason-${line.code}`}>
              {line.reason}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t("result.value"),
      key: "value",
      width: 170,
      align: "right",
      render: (_, line) =>
        line.value === null ? (
          <span className="muted">—</span>
        ) : (
          <span data-testid={`value-${line.code}`}>
            {formatDecimal(line.value)}{" "}
            <span className="muted small">{unitText(line.unit, line.unitLabel)}</span>
          </span>
        ),
    },
    {
      title: t("result.points"),
      key: "points",
      width: 150,
      render: (_, line) => (
        <>
          <span data-testid={`points-${line.code}`}>
            {line.status === "not_computable" ? (
              <span className="muted small">
                {t(line.external ? "dashboard.awaitingSurvey" : "dashboard.notScored")}
              </span>
            ) : (
              formatDecimal(line.points)
            )}{" "}
            / {formatDecimal(line.maxPoints)}
          </span>
          {line.provisional && line.status !== "not_assessed" && (
            <Tag color="orange" className="small-tag">
              {t("result.provisionalShort")}
            </Tag>
          )}
          {line.maxPoints > 0 && line.status === "computed" && (
            <Progress
              percent={(line.points / line.maxPoints) * 100}
              showInfo={false}
              size="small"
              aria-label={t("result.pointsShare", { code: line.code })}
            />
          )}
        </>
      ),
    },
    {
      title: t("common.status"),
      dataIndex: "status",
      width: 140,
      render: (s: Line["status"]) => <Tag color={statusColours[s]}>{t(`result.status.${s}`)}</Tag>,
    },
    {
      title: t("result.change"),
      key: "change",
      width: 110,
      align: "right",
      render: (_, line) => <Change line={line} direction={directions[line.code]} />,
    },
  ];
  return (
    <ScrollRegion label={t("result.indicatorsTable")} minWidth={880}>
      <Table<Line>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={result.indicators}
        pagination={false}
        rowClassName={(line) => (line.status === "not_assessed" ? "indicator-not-assessed" : "")}
        expandable={{ expandedRowRender: (line) => <LineDetails line={line} /> }}
        onRow={(line) => ({ "data-testid": `result-${line.code}` }) as HTMLAttributes<HTMLElement>}
        data-testid="indicator-results"
      />
    </ScrollRegion>
  );
}
