// One agency's progress reports over time, on its page: each period it owed a report in, across
// the plans, whether it came and when.
import { Card, Space, Table, Tag } from "antd";
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
        locale={{ emptyText: t("planHealth.agencyReportsNone") }}
        // Two columns, so that a phone shows the whole line.
        columns={[
          {
            title: t("planHealth.period"),
            render: (_, r) => (
              <>
                <Link to={reportPagePath(r.plan.id, r.period.id, agencyId)}>
                  {capitalizeVi(r.period.label)}
                </Link>
                <div className="muted small">
                  {r.plan.numberSymbol ?? r.plan.title} ·{" "}
                  {t("planHealth.dueOn", { date: formatDate(r.period.agencyDue) })}
                </div>
              </>
            ),
          },
          {
            title: t("planReports.state"),
            render: (_, r) => (
              <Space size={[4, 4]} wrap>
                {r.status ? (
                  <SubmissionStatusTag status={r.status} />
                ) : (
                  <Tag>{t("planReports.notStarted")}</Tag>
                )}
                <TimelinessTag timeliness={r.timeliness} days={r.daysOverdue} />
                {r.amendments > 0 && (
                  <Tag color="purple">{t("planReports.amended", { count: formatNumber(r.amendments) })}</Tag>
                )}
                {r.firstSubmittedAt && (
                  <span className="muted small">
                    {t("planHealth.sentOn", { at: formatDateTime(r.firstSubmittedAt) })}
                  </span>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
