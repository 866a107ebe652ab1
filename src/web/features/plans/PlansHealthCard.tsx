// How the province's issued plans stand, on the leader's and the coordinator's home: per plan,
// its targets on track, at risk, missed or without figures; the agencies that have not reported
// in the period now due; the tasks late or not started, by lead agency.
import { Card, Empty, List, Space, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { targetStatuses } from "../../../contracts/plan-content.js";
import type { PlanHealth } from "../../../contracts/plan-health.js";
import { PageError } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatNumber } from "../../lib/format.js";
import { usePlansHealth } from "./plan-reports.api.js";
import { targetStatusColor } from "./TargetsCard.js";

function PlanLine({ item }: { item: PlanHealth["plans"][number] }) {
  const t = useT();
  const { plan } = item;
  const late = item.lateTasks.reduce((n, a) => n + a.tasks.length, 0);
  return (
    <div data-testid={`health-${plan.id}`}>
      <Typography.Text strong>
        <Link to={`/plans/${plan.id}`}>
          {plan.numberSymbol ? t("plan.ref", { number: plan.numberSymbol, title: plan.title }) : plan.title}
        </Link>
      </Typography.Text>
      <div style={{ margin: "6px 0" }}>
        <span className="muted small">{t("planHealth.targetsIn", { year: String(item.year) })} </span>
        <Space size={[4, 4]} wrap>
          {targetStatuses
            .filter((s) => item.targets[s] > 0)
            .map((s) => (
              <Tag key={s} color={targetStatusColor[s]} data-testid={`health-${s}`}>
                {t(`planTarget.status.${s}`)}: {formatNumber(item.targets[s])}
              </Tag>
            ))}
          {targetStatuses.every((s) => item.targets[s] === 0) && (
            <span className="muted">{t("planHealth.noTargets")}</span>
          )}
        </Space>
      </div>
      {item.concerns.length > 0 && (
        <ul className="plain-list small">
          {item.concerns.map((c) => (
            <li key={`${c.label}-${c.year}`}>
              {c.label}: {t(`planTarget.status.${c.status}`).toLocaleLowerCase("vi")} ({c.year})
            </li>
          ))}
        </ul>
      )}
      {item.period && (
        <Typography.Paragraph style={{ margin: "6px 0" }} data-testid="health-not-reported">
          {item.notReported.length === 0
            ? t("planHealth.allReported", { period: item.period.label })
            : t("planHealth.notReported", {
                period: item.period.label,
                due: formatDate(item.period.agencyDue),
                count: formatNumber(item.notReported.length),
                total: formatNumber(item.period.owing),
                agencies: item.notReported.map((a) => a.name).join("; "),
              })}
        </Typography.Paragraph>
      )}
      {late > 0 && (
        <div data-testid="health-late">
          <Typography.Text>{t("planHealth.lateTasks", { count: formatNumber(late) })}</Typography.Text>
          <ul className="plain-list">
            {item.lateTasks.map((a) => (
              <li key={a.agency.id}>
                <strong>{a.agency.name}:</strong>{" "}
                {a.tasks
                  .map(
                    (task) =>
                      `${task.place} (${t(`planHealth.why.${task.why}`, { date: formatDate(task.deadline) })})`,
                  )
                  .join("; ")}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function PlansHealthCard() {
  const t = useT();
  const health = usePlansHealth(true);
  if (health.isError) return <PageError error={health.error} onRetry={() => void health.refetch()} />;
  return (
    <Card title={t("planHealth.title")} loading={health.isPending} data-testid="plans-health">
      <List
        dataSource={health.data?.plans ?? []}
        locale={{ emptyText: <Empty description={t("planHealth.none")} /> }}
        renderItem={(item) => (
          <List.Item key={item.plan.id} style={{ display: "block" }}>
            <PlanLine item={item} />
          </List.Item>
        )}
      />
    </Card>
  );
}
