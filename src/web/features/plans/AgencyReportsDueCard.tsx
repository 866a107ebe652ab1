// What an agency's people owe on the plans, on their home page: the progress reports due within
// a month or overdue and not yet sent, and for the head those waiting for a signature. Each
// opens the report.
import { Card, List, Typography } from "antd";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";
import { TimelinessTag } from "../cycles/CycleTags.js";
import { reportPagePath, useAgencyReportHistory } from "./plan-reports.api.js";

/** A report due within this many days is listed before it is late. */
const soonDays = 30;

export function AgencyReportsDueCard({ agencyId, signs }: { agencyId: string; signs: boolean }) {
  const t = useT();
  const history = useAgencyReportHistory(agencyId, true);
  const soon = new Date(Date.now() + soonDays * 86_400_000).toISOString().slice(0, 10);
  const items = (history.data?.items ?? []).filter(
    (r) =>
      !r.period.closed &&
      (r.status === null || r.status === "draft" || r.status === "returned") &&
      ((signs && r.awaitingSignOff) || r.timeliness === "overdue" || r.period.agencyDue <= soon),
  );
  return (
    <Card title={t("planReportsDue.title")} loading={history.isPending} data-testid="plan-reports-due">
      <ErrorAlert error={history.error} />
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t("planReportsDue.none")}</Typography.Text>
      ) : (
        <List
          dataSource={items}
          renderItem={(r) => (
            <List.Item key={r.period.id} style={{ display: "block" }}>
              <Link to={reportPagePath(r.plan.id, r.period.id, agencyId)}>
                {t("planReportsDue.item", { period: r.period.label })}
              </Link>{" "}
              {signs && r.awaitingSignOff ? (
                <Typography.Text type="warning">{t("planReportsDue.toSign")}</Typography.Text>
              ) : (
                <TimelinessTag timeliness={r.timeliness} days={r.daysOverdue} />
              )}
              <div className="muted small">
                {t("planReportsDue.detail", {
                  plan: r.plan.numberSymbol ?? r.plan.title,
                  due: formatDate(r.period.agencyDue),
                })}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
