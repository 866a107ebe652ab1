// One agency's progress reports over time, on its page: each period it owed a report in, across
// the plans, whether it came and when.
import { Card, Table, Tag } from "antd";
import { Link } from "react-router-dom";
import { capitalizeVi } from "../../../domain/text/format-vi.js";
import { PageError } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format.js";
import { SubmissionStatusTag, TimelinessTag } from "../cycles/CycleTags.js";
import { reportPagePath, useAgencyReportHistory } from "./plan-reports.api.js";

export function AgencyReportsCard({ agencyId }: { agencyId: string }) {
  const t = useT();
  const history = useAgencyReportHistory(agencyId, true);
  if (history.isError) return <PageError error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <Card title={t("planHealth.agencyReports")} data-testid="agency-reports">
      <Table
        size="small"
        loading={history.isPending}
        rowKey={(r) => r.period.id}
        dataSource={history.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("planHealth.agencyReportsNone") }}
        columns={[
          {
            title: t("planHealth.period"),
            render: (_, r) => (
              <>
                <Link to={reportPagePath(r.plan.id, r.period.id, agencyId)}>
                  {capitalizeVi(r.period.label)}
                </Link>
                <div className="muted small">{r.plan.numberSymbol ?? r.plan.title}</div>
              </>
            ),
          },
          { title: t("planHealth.due"), render: (_, r) => formatDate(r.period.agencyDue) },
          {
            title: t("planHealth.sentAt"),
            render: (_, r) => (r.firstSubmittedAt ? formatDateTime(r.firstSubmittedAt) : "—"),
          },
          {
            title: t("planReports.state"),
            render: (_, r) => (
              <>
                {r.status ? (
                  <SubmissionStatusTag status={r.status} />
                ) : (
                  <Tag>{t("planReports.notStarted")}</Tag>
                )}
                {r.amendments > 0 && (
                  <Tag color="purple">{t("planReports.amended", { count: formatNumber(r.amendments) })}</Tag>
                )}
              </>
            ),
          },
          {
            title: t("planReports.timeliness"),
            render: (_, r) => <TimelinessTag timeliness={r.timeliness} days={r.daysOverdue} />,
          },
        ]}
      />
    </Card>
  );
}
