// The tasks one agency leads or supports across the province's plans, each with its plan and
// section: what the agency answers for. Shown to the agency's own people on the plans page.
import { Card, Empty, List, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { PageError } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { useAgencyTasks } from "./plans.api.js";
import { progressColour } from "./progress-colours.js";
import { TaskLine } from "./TasksCard.js";

export function AgencyTasksCard({ agency }: { agency: { id: string; name: string } }) {
  const t = useT();
  const tasks = useAgencyTasks(agency.id);
  if (tasks.isError) return <PageError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return (
    <Card
      title={t("planTask.ofAgency", { agency: agency.name })}
      style={{ marginBottom: 16 }}
      data-testid="agency-tasks"
    >
      <List
        loading={tasks.isPending}
        dataSource={tasks.data?.items ?? []}
        locale={{ emptyText: <Empty description={t("planTask.noneForAgency")} /> }}
        renderItem={(task) => (
          <List.Item key={`${task.id}-${task.role}`} style={{ display: "block" }}>
            <Typography.Text type="secondary" className="small">
              <Link to={`/plans/${task.plan.id}`}>
                {task.plan.numberSymbol
                  ? t("plan.ref", { number: task.plan.numberSymbol, title: task.plan.title })
                  : task.plan.title}
              </Link>
              {" · "}
              {t("planTask.inSection", { number: task.section.number, title: task.section.title })}
            </Typography.Text>{" "}
            <Tag color={task.role === "lead" ? "blue" : "default"}>{t(`planTask.role.${task.role}`)}</Tag>
            {task.latest && (
              <Tag color={progressColour[task.latest.status]}>
                {t("planTask.latest", {
                  status: t(`progress.${task.latest.status}`),
                  period: task.latest.period,
                })}
              </Tag>
            )}
            <TaskLine task={task} />
          </List.Item>
        )}
      />
    </Card>
  );
}
