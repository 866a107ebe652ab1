// Indicators of one criteria group in one edition: what each measures, how it is computed and
// scored, and how sure each value is. Indicators the edition does not assess are greyed.

import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined } from "@ant-design/icons";
import { Button, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import type { HTMLAttributes } from "react";
import type { EditionView, FrameworkDetail, IndicatorView } from "../../../contracts/frameworks.js";
import { ProvenanceTag, provenanceOf } from "../../components/ProvenanceTag.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";
import { describeBands, describeScoring, useLocalText, useUnitText } from "./describe.js";
import { IndicatorDetails } from "./IndicatorDetails.js";

export type IndicatorRow = IndicatorView & { scored: EditionView["indicators"][number] };

export function IndicatorTable({
  rows,
  framework,
  onEdit,
}: {
  rows: IndicatorRow[];
  framework: FrameworkDetail;
  onEdit: ((indicatorCode: string) => void) | undefined;
}) {
  const t = useT();
  const local = useLocalText();
  const unitText = useUnitText();

  const columns: TableColumnsType<IndicatorRow> = [
    {
      title: t("indicator.code"),
      dataIndex: "code",
      width: 64,
      render: (code: string) => <strong>{code}</strong>,
    },
    {
      title: t("indicator.name"),
      key: "name",
      render: (_, r) => (
        <>
          <div>{local(r.name)}</div>
          <Space size={6} wrap className="indicator-meta">
            <Tooltip title={t(`direction.${r.direction}`)}>
              {r.direction === "higher_is_better" ? (
                <ArrowUpOutlined className="direction-up" aria-label={t(`direction.${r.direction}`)} />
              ) : (
                <ArrowDownOutlined className="direction-down" aria-label={t(`direction.${r.direction}`)} />
              )}
            </Tooltip>
            {unitText(r.unit, r.unitLabel) && <span className="muted">{unitText(r.unit, r.unitLabel)}</span>}
            <ProvenanceTag level={provenanceOf(r.provenance, "name")} />
            {!r.scored.assessed && <Tag data-testid="not-assessed">{t("indicator.notAssessed")}</Tag>}
          </Space>
        </>
      ),
    },
    {
      title: t("indicator.formula"),
      key: "formula",
      width: 250,
      render: (_, r) =>
        r.formula ? (
          <>
            <code className="formula" data-testid={`formula-${r.code}`}>
              {r.formula}
            </code>
            <div style={{ marginTop: 4 }}>
              <ProvenanceTag level={provenanceOf(r.provenance, "formula")} />
            </div>
          </>
        ) : (
          <Typography.Text type="secondary">{t("indicator.noFormula")}</Typography.Text>
        ),
    },
    {
      title: t("indicator.points"),
      key: "points",
      width: 92,
      align: "right",
      render: (_, r) => (
        <>
          <div className="points">{formatDecimal(r.scored.maxPoints)}</div>
          {r.scored.points === null && r.scored.assessed && (
            <Typography.Text type="secondary" className="small">
              {t("indicator.equalShare")}
            </Typography.Text>
          )}
          <div>
            <ProvenanceTag level={provenanceOf(r.scored.provenance, "points")} />
          </div>
        </>
      ),
    },
    {
      title: t("indicator.scoring"),
      key: "scoring",
      width: 200,
      render: (_, r) => (
        <>
          <div>{describeScoring(r.scored.scoring, t)}</div>
          {describeBands(r.scored.scoring, t).map((line) => (
            <div key={line} className="small muted">
              {line}
            </div>
          ))}
          <ProvenanceTag level={provenanceOf(r.scored.provenance, "scoring")} />
        </>
      ),
    },
  ];
  if (onEdit) {
    columns.push({
      title: "",
      key: "edit",
      width: 56,
      render: (_, r) => (
        <Tooltip title={t("indicator.edit")}>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={t("indicator.editNamed", { code: r.code })}
            data-testid={`edit-indicator-${r.code}`}
            onClick={() => onEdit(r.code)}
          />
        </Tooltip>
      ),
    });
  }

  return (
    <Table<IndicatorRow>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      rowClassName={(r) => (r.scored.assessed ? "" : "indicator-not-assessed")}
      expandable={{ expandedRowRender: (r) => <IndicatorDetails indicator={r} framework={framework} /> }}
      onRow={(r) => ({ "data-testid": `indicator-${r.code}` }) as HTMLAttributes<HTMLElement>}
      className="indicator-table"
    />
  );
}
