// Every version of a framework: where it came from, why, who made it and when.
import { Table, type TableColumnsType, Tag } from "antd";
import { Link } from "react-router-dom";
import type { FrameworkDetail } from "../../../contracts/frameworks.js";
import { useT } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/format.js";

type Version = FrameworkDetail["versions"][number];

export function VersionsTable({ framework }: { framework: FrameworkDetail }) {
  const t = useT();
  const newest = Math.max(...framework.versions.map((v) => v.version));
  const base = `/frameworks/${encodeURIComponent(framework.code)}`;
  const columns: TableColumnsType<Version> = [
    {
      title: t("framework.version"),
      dataIndex: "version",
      width: 150,
      render: (v: number) => (
        <>
          {t("framework.versionN", { version: v })}{" "}
          {v === newest && <Tag color="green">{t("framework.current")}</Tag>}
          {v === framework.version && v !== newest && <Tag color="orange">{t("framework.viewing")}</Tag>}
        </>
      ),
    },
    { title: t("framework.versionNote"), dataIndex: "note", render: (n: string | null) => n ?? "—" },
    {
      title: t("framework.versionSource"),
      dataIndex: "sourceName",
      width: 200,
      render: (s: string) => <code>{s}</code>,
    },
    {
      title: t("framework.versionBy"),
      dataIndex: "createdBy",
      width: 180,
      render: (u: string | null) => u ?? t("framework.system"),
    },
    { title: t("framework.versionAt"), dataIndex: "createdAt", width: 150, render: formatDateTime },
    {
      title: "",
      key: "open",
      width: 90,
      render: (_, v) =>
        v.version === framework.version ? null : (
          <Link
            to={v.version === newest ? base : `${base}?version=${v.version}`}
            data-testid={`view-version-${v.version}`}
          >
            {t("framework.viewVersion")}
          </Link>
        ),
    },
  ];
  return (
    <Table<Version>
      rowKey="version"
      size="small"
      columns={columns}
      dataSource={[...framework.versions].sort((a, b) => b.version - a.version)}
      pagination={false}
      data-testid="versions-table"
    />
  );
}
