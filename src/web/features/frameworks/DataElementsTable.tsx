// The raw figures agencies report, from which every indicator is computed. Shared figures
// (population, households) come from the statistics office, once for all indicators.
import { Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import type { FrameworkDetail } from "../../../contracts/frameworks.js";
import { ProvenanceTag, provenanceOf } from "../../components/ProvenanceTag.js";
import { useT } from "../../i18n/index.js";
import { useLocalText, useUnitText } from "./describe.js";

type Element = FrameworkDetail["dataElements"][number];

export function DataElementsTable({ framework }: { framework: FrameworkDetail }) {
  const t = useT();
  const local = useLocalText();
  const unitText = useUnitText();
  const columns: TableColumnsType<Element> = [
    {
      title: t("element.code"),
      dataIndex: "code",
      width: 230,
      render: (code: string) => <code className="element-code">{code}</code>,
    },
    {
      title: t("element.name"),
      key: "name",
      render: (_, e) => (
        <>
          <div>{local(e.name)}</div>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            {e.shared && <Tag color="geekblue">{t("element.shared")}</Tag>}
            {e.formula && <Tag>{t("element.derived")}</Tag>}
            <ProvenanceTag level={provenanceOf(e.provenance, "name")} />
          </Space>
          {e.kind === "list" && (
            <Typography.Text type="secondary" className="small">
              {t("element.fields")}: {e.fields.map((f) => local(f.name)).join("; ")}
            </Typography.Text>
          )}
          {e.formula && (
            <div>
              <code className="formula">= {e.formula}</code>
            </div>
          )}
        </>
      ),
    },
    {
      title: t("element.kind"),
      key: "kind",
      width: 140,
      render: (_, e) =>
        e.kind === "list"
          ? t("element.kind.list")
          : e.integer
            ? t("element.kind.count")
            : t("element.kind.number"),
    },
    {
      title: t("element.unit"),
      dataIndex: "unit",
      width: 110,
      render: (u: string | null) => unitText(u) || "—",
    },
    {
      title: t("element.agencies"),
      dataIndex: "agencies",
      width: "24%",
      render: (agencies: string[]) => agencies.join("; ") || "—",
    },
  ];
  return (
    <Table<Element>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={framework.dataElements}
      pagination={false}
      data-testid="data-elements-table"
    />
  );
}
