// The dashboard's agency table: how much of its figures each agency has filled, whether it sent
// them on time, and which evidence is still missing or waiting for review.
import { Flex, Input, Progress, Select, Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import { type HTMLAttributes, type ReactNode, useState } from "react";
import { Link } from "react-router-dom";
import type { DashboardAgency } from "../../../contracts/cycles.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatDecimal, formatNumber } from "../../lib/format.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import {
  type AgencyFilter,
  agencyFilters,
  countOf,
  filterAgencies,
  formerDistrictCounts,
} from "./agency-filter.js";
import { SubmissionStatusTag, TimelinessTag } from "./CycleTags.js";

interface DashboardAgenciesProps {
  cycleId: string;
  agencies: DashboardAgency[];
  filter: AgencyFilter;
  onFilter: (filter: AgencyFilter) => void;
  /** The coordinator's "remind all late" action, when the year is collecting. */
  remind?: ReactNode;
}

export function DashboardAgencies({ cycleId, agencies, filter, onFilter, remind }: DashboardAgenciesProps) {
  const t = useT();
  const [search, setSearch] = useState("");
  const [district, setDistrict] = useState<string | null>(null);
  const districts = formerDistrictCounts(agencies);
  const shown = filterAgencies(agencies, filter, search, district);
  const columns: TableColumnsType<DashboardAgency> = [
    {
      title: t("cycle.agency"),
      key: "agency",
      sorter: (a, b) => compareVietnamese(a.agency.name, b.agency.name),
      render: (_, a) => (
        <>
          <Link to={`/cycles/${cycleId}/agencies/${a.agency.id}`}>{a.agency.name}</Link>
          {a.formerDistricts.length > 0 && (
            <div className="muted small">
              {t("dashboard.formerDistricts", { names: a.formerDistricts.join(", ") })}
            </div>
          )}
        </>
      ),
    },
    {
      title: t("common.status"),
      key: "status",
      width: 140,
      render: (_, a) => (
        <Tooltip title={a.returnReason}>
          <span>
            <SubmissionStatusTag status={a.status} />
          </span>
        </Tooltip>
      ),
    },
    {
      title: t("dashboard.completeness"),
      key: "completeness",
      width: 220,
      sorter: (a, b) => a.completenessPct - b.completenessPct,
      render: (_, a) => (
        <div data-testid={`completeness-${a.agency.id}`} data-pct={a.completenessPct}>
          <Progress
            percent={Math.round(a.completenessPct)}
            aria-label={t("dashboard.completenessOf", { agency: a.agency.name })}
            size="small"
            format={() => `${formatDecimal(a.completenessPct, 0)}%`}
            status={a.completenessPct >= 100 ? "success" : "normal"}
          />
          <Typography.Text type="secondary" className="small">
            {t("dashboard.filledOf", { filled: formatNumber(a.filled), assigned: formatNumber(a.assigned) })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t("dashboard.timeliness"),
      key: "timeliness",
      width: 170,
      sorter: (a, b) => (a.daysOverdue ?? -1) - (b.daysOverdue ?? -1),
      // The late first, the latest at the top, when the list is narrowed to them.
      defaultSortOrder: filter === "overdue" ? "descend" : undefined,
      render: (_, a) => (
        <TimelinessTag timeliness={a.timeliness} days={a.daysOverdue} testId={`timeliness-${a.agency.id}`} />
      ),
    },
    {
      title: t("dashboard.evidence"),
      key: "evidence",
      width: 220,
      render: (_, a) => (
        <span data-testid={`evidence-${a.agency.id}`}>
          {a.evidenceMissing.length > 0 ? (
            <Tooltip title={t("dashboard.evidenceMissingFor", { codes: a.evidenceMissing.join(", ") })}>
              <Tag color="red">{t("dashboard.evidenceMissing", { count: a.evidenceMissing.length })}</Tag>
            </Tooltip>
          ) : (
            <Tag color="green">{t("dashboard.evidenceComplete")}</Tag>
          )}
          {a.evidenceUnreviewed > 0 && (
            <Tag color="gold">{t("dashboard.evidenceUnreviewed", { count: a.evidenceUnreviewed })}</Tag>
          )}
        </span>
      ),
    },
  ];
  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Select<AgencyFilter>
          value={filter}
          onChange={onFilter}
          aria-label={t("dashboard.filter")}
          style={{ flex: "0 1 260px", minWidth: 0 }}
          data-testid="dashboard-filter"
          options={agencyFilters.map((f) => ({
            value: f,
            label: `${t(`dashboard.filter.${f}`)} (${formatNumber(countOf(agencies, f))})`,
          }))}
        />
        {districts.length > 0 && (
          <Select<string>
            allowClear
            showSearch={searchIgnoringDiacritics}
            value={district ?? undefined}
            onChange={(value) => setDistrict(value ?? null)}
            placeholder={t("dashboard.allDistricts")}
            aria-label={t("dashboard.byDistrict")}
            style={{ flex: "0 1 260px", minWidth: 0 }}
            data-testid="dashboard-district"
            options={districts.map((d) => ({ value: d.name, label: `${d.name} (${formatNumber(d.count)})` }))}
          />
        )}
        <Input.Search
          allowClear
          placeholder={t("dashboard.searchAgency")}
          aria-label={t("dashboard.searchAgency")}
          onChange={(e) => setSearch(e.target.value)}
          style={{ flex: "0 1 260px", minWidth: 0 }}
          data-testid="dashboard-search"
        />
        {remind}
      </Flex>
      <ScrollRegion label={t("dashboard.agencies")} minWidth={1020}>
        <Table<DashboardAgency>
          key={filter}
          rowKey={(a) => a.agency.id}
          size="middle"
          columns={columns}
          dataSource={shown}
          onRow={(a) => ({ "data-testid": `dashboard-agency-${a.agency.id}` }) as HTMLAttributes<HTMLElement>}
          pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: t("dashboard.noAgencyMatches") }}
          data-testid="dashboard-agencies"
        />
      </ScrollRegion>
    </>
  );
}
