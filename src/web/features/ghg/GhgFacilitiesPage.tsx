// The province's greenhouse-gas register: every facility on a national list with its sector,
// managing ministry, department following it, lists and status; filters; a list annex imported.
import { UploadOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Select, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { GhgFacilityListItem, GhgFacilitySummary } from "../../../contracts/ghg-register.js";
import { requiresAgency } from "../../../domain/auth/roles.js";
import { ministries, quotaSectors, sectors } from "../../../domain/facility-lists/vocabulary.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese } from "../../lib/format.js";
import { useCan, useSession } from "../auth/session.js";
import { GhgReportStatusTag, periodText } from "../ghg-reports/GhgReportTags.js";
import { GhgImportModal } from "./GhgImportModal.js";
import { GhgReviewsSection } from "./GhgReviewsSection.js";
import { type GhgFilter, useGhgFacilities, useGhgLists } from "./ghg.api.js";

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

export function FacilityStatus({ facility }: { facility: GhgFacilitySummary }) {
  const t = useT();
  if (facility.delistedBy)
    return <Tag title={t("ghg.delistedBy", { list: facility.delistedBy })}>{t("ghg.status.delisted")}</Tag>;
  return (
    <Tag color={facility.status === "active" ? "green" : "default"}>{t(`ghg.status.${facility.status}`)}</Tag>
  );
}

export default function GhgFacilitiesPage() {
  const t = useT();
  const can = useCan();
  const user = useSession();
  const [filter, setFilter] = useState<GhgFilter>({});
  const [importing, setImporting] = useState(false);
  const facilities = useGhgFacilities(filter);
  const lists = useGhgLists();
  if (facilities.isError)
    return <PageError error={facilities.error} onRetry={() => void facilities.refetch()} />;
  const items = facilities.data?.items ?? [];
  const agencies = [
    ...new Map(items.filter((f) => f.agencyId).map((f) => [f.agencyId!, f.agencyName!])).entries(),
  ]
    .sort((a, b) => compareVietnamese(a[1], b[1]))
    .map(([value, label]) => ({ value, label }));
  const set = (key: keyof GhgFilter) => (value: string | undefined) =>
    setFilter((f) => ({ ...f, [key]: value }));
  const filters: [keyof GhgFilter, string, { value: string; label: string }[]][] = [
    ["sector", t("ghg.filter.sector"), options(sectors)],
    ["ministry", t("ghg.filter.ministry"), options(ministries)],
    ["agencyId", t("ghg.filter.agency"), agencies],
    ["listId", t("ghg.filter.list"), (lists.data?.items ?? []).map((l) => ({ value: l.id, label: l.code }))],
    [
      "status",
      t("ghg.filter.status"),
      (["active", "closed", "delisted"] as const).map((s) => ({ value: s, label: t(`ghg.status.${s}`) })),
    ],
  ];

  const columns: TableColumnsType<GhgFacilityListItem> = [
    {
      title: t("ghg.col.name"),
      key: "name",
      width: "22%",
      render: (_, f) => (
        <>
          <Link to={`/ghg/facilities/${f.id}`}>{f.name}</Link>
          {f.quotaSector && (
            <div className="muted small">{t("ghg.quota", { sector: quotaSectors[f.quotaSector] })}</div>
          )}
        </>
      ),
    },
    { title: t("ghg.col.taxCode"), dataIndex: "taxCode", render: (v: string | null) => v ?? "—" },
    { title: t("ghg.col.address"), dataIndex: "address", width: "18%" },
    {
      title: t("ghg.col.sector"),
      key: "sector",
      render: (_, f) => (
        <>
          {sectors[f.sector]}
          {f.subSector && <div className="muted small">{f.subSector}</div>}
        </>
      ),
    },
    { title: t("ghg.col.ministry"), key: "ministry", render: (_, f) => ministries[f.ministry] },
    { title: t("ghg.col.agency"), dataIndex: "agencyName", render: (v: string | null) => v ?? "—" },
    { title: t("ghg.col.lists"), key: "lists", render: (_, f) => f.lists.join(", ") },
    { title: t("ghg.col.status"), key: "status", render: (_, f) => <FacilityStatus facility={f} /> },
    {
      title: t("ghg.col.latestReport"),
      key: "latestReport",
      render: (_, { latestReport: r }) =>
        r ? (
          <>
            <Link to={`/ghg/reports/${r.id}`} title={t("ghg.reportDue", { year: r.year })}>
              {t("ghg.reportOfPeriod", { kind: t(`ghg.reportKind.${r.kind}`), period: periodText(r) })}
            </Link>
            <div>
              <GhgReportStatusTag status={r.status} />
            </div>
          </>
        ) : (
          <span className="muted">{t("ghg.noReport")}</span>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("ghg.title")}
        extra={
          can("ghg.manage") && (
            <Button
              type="primary"
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="ghg-import"
            >
              {t("ghg.import")}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t("ghg.intro")}
        </Typography.Paragraph>
        <Space wrap size="middle">
          {/* The province's picture is the department's; a sector department reads its own facilities. */}
          {!requiresAgency(user.role) && (
            <Link to="/ghg/picture" data-testid="ghg-picture-link">
              {t("ghgPic.link")}
            </Link>
          )}
          <Link to="/ghg/obligations" data-testid="ghg-obligations-link">
            {t("ghgObl.rules.title")}
          </Link>
          <Link to="/ghg/overdue" data-testid="ghg-overdue-link">
            {t("ghgObl.overdue.link")}
          </Link>
        </Space>
      </PageHeader>
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          {filters.map(([key, label, opts]) => (
            <Select
              key={key}
              allowClear
              aria-label={label}
              placeholder={label}
              style={{ minWidth: 180, flex: "1 1 180px" }}
              value={filter[key]}
              onChange={set(key)}
              options={opts}
              data-testid={`ghg-filter-${key}`}
            />
          ))}
        </Flex>
        <Typography.Text type="secondary">{t("ghg.count", { count: items.length })}</Typography.Text>
        <ScrollRegion label={t("ghg.tableLabel")} minWidth={1050}>
          <Table
            rowKey="id"
            size="small"
            loading={facilities.isLoading}
            dataSource={items}
            columns={columns}
            pagination={items.length > 50 ? { pageSize: 50 } : false}
            locale={{ emptyText: t("ghg.empty") }}
            data-testid="ghg-facilities"
          />
        </ScrollRegion>
      </Card>
      <GhgReviewsSection />
      {importing && <GhgImportModal lists={lists.data?.items ?? []} onClose={() => setImporting(false)} />}
    </>
  );
}
