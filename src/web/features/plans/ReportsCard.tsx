// A plan's progress reports on its page: the schedule it states, and each period with the
// agencies that owe a report, how theirs stands and whether it came on time. The coordinator sets
// the schedule and closes a period once compiled; an agency sees its own line and opens it.
import { CalendarOutlined, LockOutlined, UnlockOutlined } from "@ant-design/icons";
import { App, Button, Card, Collapse, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { PlanDetail } from "../../../contracts/plan-content.js";
import type { ReportPeriod } from "../../../contracts/plan-reports.js";
import { dayMonth } from "../../../domain/plans/report-periods.js";
import { capitalizeVi } from "../../../domain/text/format-vi.js";
import { PageError } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatNumber } from "../../lib/format.js";
import { SubmissionStatusTag, TimelinessTag } from "../cycles/CycleTags.js";
import { reportPagePath, useClosePeriod, usePlanReports } from "./plan-reports.api.js";
import { ScheduleModal } from "./ScheduleModal.js";

function PeriodAgencies({ planId, period }: { planId: string; period: ReportPeriod }) {
  const t = useT();
  if (period.reports.length === 0)
    return <Typography.Text type="secondary">{t("planReports.noAgencies")}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey={(r) => r.agency.id}
      pagination={false}
      scroll={{ x: "max-content" }}
      dataSource={period.reports}
      data-testid={`period-${period.id}`}
      columns={[
        {
          title: t("planReports.agency"),
          render: (_, r) => (
            <Link
              to={reportPagePath(planId, period.id, r.agency.id)}
              data-testid={`report-link-${r.agency.id}`}
            >
              {r.agency.name}
            </Link>
          ),
        },
        {
          title: t("planReports.tasks"),
          render: (_, r) =>
            t("planReports.taskCount", { leads: formatNumber(r.leads), supports: formatNumber(r.supports) }),
        },
        {
          title: t("planReports.state"),
          render: (_, r) => (
            <Space size={4} wrap>
              {r.status ? (
                <SubmissionStatusTag status={r.status} />
              ) : (
                <Tag>{t("planReports.notStarted")}</Tag>
              )}
              {r.amendments > 0 && (
                <Tag color="purple">{t("planReports.amended", { count: formatNumber(r.amendments) })}</Tag>
              )}
            </Space>
          ),
        },
        {
          title: t("planReports.timeliness"),
          render: (_, r) => <TimelinessTag timeliness={r.timeliness} days={r.daysOverdue} />,
        },
      ]}
    />
  );
}

export function ReportsCard({ plan, manage }: { plan: PlanDetail; manage: boolean }) {
  const t = useT();
  const { modal } = App.useApp();
  const reports = usePlanReports(plan.id);
  const close = useClosePeriod(plan.id);
  const [editing, setEditing] = useState(false);
  if (reports.isError) return <PageError error={reports.error} onRetry={() => void reports.refetch()} />;
  const data = reports.data;
  const firstOpen = data?.periods.find((p) => !p.closedAt)?.id;
  const askClose = (period: ReportPeriod) =>
    modal.confirm({
      title: t("planReports.close"),
      content: t("planReports.closeConfirm", { period: period.label }),
      okText: t("planReports.close"),
      cancelText: t("common.cancel"),
      onOk: () => close.mutateAsync({ periodId: period.id, close: true }),
    });
  return (
    <Card
      title={t("planReports.title")}
      loading={reports.isPending}
      data-testid="reports-card"
      extra={
        manage && (
          <Button icon={<CalendarOutlined />} onClick={() => setEditing(true)} data-testid="schedule-edit">
            {t(data && data.schedule.length === 0 ? "planReports.scheduleSet" : "planReports.scheduleEdit")}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t("planReports.intro")}</Typography.Paragraph>
      {data && data.schedule.length === 0 && (
        <Typography.Paragraph data-testid="schedule-none">
          {t("planReports.noSchedule")} {manage && t("planReports.noScheduleManage")}
        </Typography.Paragraph>
      )}
      {data && data.schedule.length > 0 && (
        <ul className="plain-list" data-testid="schedule-lines">
          {data.schedule.map((entry) => (
            <li key={entry.kind}>
              {t("planReports.scheduleLine", {
                kind: t(`planReports.kind.${entry.kind}`),
                agency: dayMonth(entry.agencyDue),
                department: dayMonth(entry.departmentDue),
                next: entry.followingYear ? t("planReports.nextYear") : "",
              })}
            </li>
          ))}
        </ul>
      )}
      {data && data.periods.length > 0 && (
        <Collapse
          defaultActiveKey={firstOpen ? [firstOpen] : []}
          items={data.periods.map((period) => {
            const sent = period.reports.filter((r) => r.status && r.status !== "draft").length;
            return {
              key: period.id,
              label: (
                <Space wrap size={[8, 0]}>
                  <strong>{capitalizeVi(period.label)}</strong>
                  <span className="muted small">
                    {t("planReports.periodHead", {
                      agency: formatDate(period.agencyDue),
                      department: formatDate(period.departmentDue),
                    })}
                  </span>
                  <Tag>
                    {t("planReports.sentCount", {
                      sent: formatNumber(sent),
                      total: formatNumber(period.reports.length),
                    })}
                  </Tag>
                  {period.closedAt && (
                    <Tag icon={<LockOutlined />} color="default">
                      {t("planReports.closed")}
                    </Tag>
                  )}
                </Space>
              ),
              children: (
                <Space direction="vertical" style={{ width: "100%" }}>
                  <PeriodAgencies planId={plan.id} period={period} />
                  {manage &&
                    (period.closedAt ? (
                      <Button
                        size="small"
                        icon={<UnlockOutlined />}
                        loading={close.isPending}
                        onClick={() => close.mutate({ periodId: period.id, close: false })}
                      >
                        {t("planReports.reopen")}
                      </Button>
                    ) : (
                      <Button
                        size="small"
                        icon={<LockOutlined />}
                        onClick={() => askClose(period)}
                        data-testid={`close-${period.id}`}
                      >
                        {t("planReports.close")}
                      </Button>
                    ))}
                </Space>
              ),
            };
          })}
        />
      )}
      {editing && data && (
        <ScheduleModal plan={plan} schedule={data.schedule} onClose={() => setEditing(false)} />
      )}
    </Card>
  );
}
