// Everything the framework says about one indicator, each field with its provenance.
import { Descriptions, Space, Typography } from "antd";
import type { ReactNode } from "react";
import type { FrameworkDetail } from "../../../contracts/frameworks.js";
import { ProvenanceTag, provenanceOf } from "../../components/ProvenanceTag.js";
import { useT } from "../../i18n/index.js";
import type { IndicatorRow } from "./IndicatorTable.js";

function Listed({ items }: { items: string[] }) {
  if (items.length === 0) return <>—</>;
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function IndicatorDetails({
  indicator: r,
  framework,
}: {
  indicator: IndicatorRow;
  framework: FrameworkDetail;
}) {
  const t = useT();
  const sourceTitles = r.sources.map((id) => framework.sources.find((s) => s.id === id)?.title ?? id);
  const field = (
    key: string,
    label: string,
    children: ReactNode,
    level = provenanceOf(r.provenance, key),
  ) => ({
    key,
    label: (
      <Space size={4} wrap>
        {label}
        <ProvenanceTag level={level} />
      </Space>
    ),
    children,
  });

  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, lg: 2 }}
      data-testid={`indicator-details-${r.code}`}
      items={[
        field("code", t("indicator.code"), r.code),
        field("nameVi", t("indicator.nameVi"), r.name.vi, provenanceOf(r.provenance, "name")),
        field("nameEn", t("indicator.nameEn"), r.name.en ?? "—", provenanceOf(r.provenance, "name")),
        field("unit", t("indicator.unit"), <code>{r.unit}</code>),
        field("unitLabel", t("indicator.unitLabel"), r.unitLabel ?? "—"),
        field("direction", t("indicator.direction"), t(`direction.${r.direction}`)),
        field(
          "criteriaGroup",
          t("indicator.criteriaGroup"),
          `${r.group}${r.criteriaGroup ? ` · ${r.criteriaGroup}` : ""}`,
        ),
        field("agencies", t("indicator.agencies"), <Listed items={r.agencies} />),
        field("evidence", t("indicator.evidence"), <Listed items={r.evidence} />),
        field("legalBasis", t("indicator.legalBasis"), r.legalBasis ?? "—"),
        field("note", t("indicator.note"), r.note ?? "—"),
        {
          key: "sources",
          label: t("indicator.sources"),
          span: "filled",
          children: sourceTitles.length ? (
            <Listed items={sourceTitles} />
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          ),
        },
      ]}
    />
  );
}
