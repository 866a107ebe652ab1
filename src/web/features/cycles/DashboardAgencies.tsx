// The dashboard's agency table: how much of its figures each agency has filled, whether it sent
// them on time, and which evidence is still missing or waiting for review.
import { Progress, Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { Link } from "react-router-dom";
import type { DashboardAgency } from "../../../contracts/cycles.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatDecimal, formatNumber } from "../../lib/format.js";
import { SubmissionStatusTag, TimelinessTag } from "./CycleTags.js";

export function DashboardAgencies({ cycleId, agencies }: { cycleId: string; agencies: DashboardAgency[] }) {
  const t = useT();
  const columns: TableColumnsType<DashboardAgency> = [
    {
      title: t("cycle.agency"),
      key: "agency",
      sorter: (a, b) => compareVietnamese(a.agency.name, b.agency.name),
      render: (_, a) => <Link to={`/cycles/${cycleId}/agencies/${a.agency.id}`}>{a.agency.name}</Link>,
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
    <ScrollRegion label={t("dashboard.agencies")} minWidth={1020}>
      <Table<DashboardAgency>
        rowKey={(a) => a.agency.id}
        size="middle"
        columns={columns}
        dataSource={agencies}
        onRow={(a) => ({ "data-testid": `dashboard-agency-${a.agency.id}` }) as HTMLAttributes<HTMLElement>}
        pagination={false}
        data-testid="dashboard-agencies"
      />
    </ScrollRegion>
  );
}
