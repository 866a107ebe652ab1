// All agencies the user may see, filtered in the browser (a province has a few dozen).
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Input, Select, Space, Table, type TableColumnsType, Tag } from "antd";
import { useMemo, useState } from "react";
import { Link } from "react-router-dom";
import { type Agency, type AgencyKind, agencyKinds } from "../../../contracts/agencies.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatNumber, matchesSearch } from "../../lib/format.js";
import { useCan } from "../auth/session.js";
import { AgencyFormModal } from "./AgencyFormModal.js";
import { useAgencies } from "./agencies.api.js";

type Editing = { agency: Agency | null } | null;

export default function AgenciesPage() {
  const t = useT();
  const can = useCan();
  const agencies = useAgencies();
  const [search, setSearch] = useState("");
  const [kind, setKind] = useState<AgencyKind | undefined>();
  const [active, setActive] = useState<boolean | undefined>(true);
  const [editing, setEditing] = useState<Editing>(null);

  const rows = useMemo(
    () =>
      (agencies.data ?? []).filter(
        (a) =>
          matchesSearch(search, a.code, a.name, a.shortName) &&
          (kind === undefined || a.kind === kind) &&
          (active === undefined || a.active === active),
      ),
    [agencies.data, search, kind, active],
  );

  if (agencies.isError) return <PageError error={agencies.error} onRetry={() => void agencies.refetch()} />;

  const columns: TableColumnsType<Agency> = [
    {
      title: t("agency.code"),
      dataIndex: "code",
      width: 130,
      sorter: (a, b) => a.code.localeCompare(b.code),
    },
    {
      title: t("agency.name"),
      dataIndex: "name",
      width: "32%",
      sorter: (a, b) => compareVietnamese(a.name, b.name),
      render: (_, a) => (
        <Space size={4} wrap>
          <Link to={`/agencies/${a.id}`}>{a.name}</Link>
          {a.shortName && <span className="muted">({a.shortName})</span>}
          {a.isDemo && <Tag color="gold">{t("common.demo")}</Tag>}
        </Space>
      ),
    },
    { title: t("agency.kind"), dataIndex: "kind", render: (k: AgencyKind) => t(`agencyKind.${k}`) },
    {
      title: t("agency.orgUnit"),
      key: "orgUnit",
      render: (_, a) => a.orgUnit.name,
      sorter: (a, b) => compareVietnamese(a.orgUnit.name, b.orgUnit.name),
    },
    {
      title: t("agency.userCount"),
      dataIndex: "userCount",
      align: "right",
      width: 130,
      render: (n: number) => formatNumber(n),
      sorter: (a, b) => a.userCount - b.userCount,
    },
    {
      title: t("common.status"),
      dataIndex: "active",
      width: 140,
      render: (on: boolean) => (
        <Tag color={on ? "green" : "default"}>{t(on ? "common.active" : "common.inactive")}</Tag>
      ),
    },
  ];
  if (can("agency.manage")) {
    columns.push({
      title: t("common.actions"),
      key: "actions",
      width: 100,
      render: (_, a) =>
        a.allowedActions.includes("agency.manage") && (
          <Button size="small" onClick={() => setEditing({ agency: a })}>
            {t("common.edit")}
          </Button>
        ),
    });
  }

  return (
    <>
      <PageHeader
        title={t("agency.title")}
        extra={
          can("agency.manage") && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ agency: null })}>
              {t("agency.create")}
            </Button>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t("agency.searchPlaceholder")}
            aria-label={t("agency.searchPlaceholder")}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 280 }}
          />
          <Select<AgencyKind>
            allowClear
            placeholder={t("agency.kind")}
            aria-label={t("agency.kind")}
            value={kind}
            onChange={setKind}
            style={{ width: 260 }}
            options={agencyKinds.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))}
          />
          <Select<string>
            aria-label={t("common.status")}
            value={active === undefined ? "all" : String(active)}
            onChange={(v) => setActive(v === "all" ? undefined : v === "true")}
            style={{ width: 190 }}
            options={[
              { value: "true", label: t("common.active") },
              { value: "false", label: t("common.inactive") },
              { value: "all", label: t("common.all") },
            ]}
          />
        </Space>
        <Table<Agency>
          rowKey="id"
          size="middle"
          loading={agencies.isPending}
          columns={columns}
          dataSource={rows}
          pagination={{
            pageSize: 50,
            hideOnSinglePage: true,
            showTotal: (n) => t("common.total", { count: formatNumber(n) }),
          }}
          data-testid="agencies-table"
        />
      </Card>
      {editing && <AgencyFormModal agency={editing.agency} onClose={() => setEditing(null)} />}
    </>
  );
}
