// The province's improvement plans as issued: number, date, issuer, title, years, scope, state,
// and the cascade both ways (the plan each implements, the plans that implement it).
import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { Plan } from "../../../contracts/plans.js";
import { requiresAgency } from "../../../domain/auth/roles.js";
import { periodText } from "../../../domain/plans/plan-rules.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { formatDate } from "../../lib/format.js";
import { useSession } from "../auth/session.js";
import { AgencyReportsCard } from "./AgencyReportsCard.js";
import { AgencyTasksCard } from "./AgencyTasksCard.js";
import { PlanFormModal } from "./PlanFormModal.js";
import { usePlans } from "./plans.api.js";

export const planStatusColor: Record<Plan["status"], string> = {
  draft: "default",
  issued: "green",
  closed: "blue",
};

export default function PlansPage() {
  const t = useT();
  const plans = usePlans();
  const me = useSession();
  const [editing, setEditing] = useState<{ plan: Plan | null } | null>(null);
  if (plans.isError) return <PageError error={plans.error} onRetry={() => void plans.refetch()} />;
  const manage = plans.data?.allowedActions.includes("plan.manage") ?? false;
  const refText = (p: { title: string; numberSymbol: string | null }) =>
    p.numberSymbol ? t("plan.ref", { number: p.numberSymbol, title: p.title }) : p.title;
  const columns: TableColumnsType<Plan> = [
    {
      title: t("plan.title"),
      key: "title",
      width: "38%",
      render: (_, p) => (
        <>
          <Link to={`/plans/${p.id}`}>{p.title}</Link>
          {p.implements && (
            <div className="muted small">{t("plan.implements", { plan: refText(p.implements) })}</div>
          )}
          {p.implementedBy.length > 0 && (
            <div className="muted small">
              {t("plan.implementedBy", { plans: p.implementedBy.map(refText).join("; ") })}
            </div>
          )}
        </>
      ),
    },
    {
      title: t("plan.number"),
      key: "number",
      render: (_, p) => (
        <>
          <div style={{ whiteSpace: "nowrap" }}>{p.numberSymbol ?? "—"}</div>
          {p.issuedOn && <div className="muted small">{formatDate(p.issuedOn)}</div>}
        </>
      ),
    },
    { title: t("plan.issuer"), dataIndex: "issuer", key: "issuer" },
    {
      title: t("plan.period"),
      key: "period",
      render: (_, p) => <span style={{ whiteSpace: "nowrap" }}>{periodText(p)}</span>,
    },
    { title: t("plan.scope"), key: "scope", render: (_, p) => t(`plan.scope.${p.scope}`) },
    {
      title: t("common.status"),
      key: "status",
      render: (_, p) => <Tag color={planStatusColor[p.status]}>{t(`plan.status.${p.status}`)}</Tag>,
    },
    ...(manage
      ? [
          {
            title: t("common.actions"),
            key: "actions",
            render: (_: unknown, p: Plan) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={t("plan.editOf", { title: p.title })}
                onClick={() => setEditing({ plan: p })}
              >
                {t("common.edit")}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader
        title={t("plan.pageTitle")}
        extra={
          manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ plan: null })}
              data-testid="plan-add"
            >
              {t("plan.add")}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", maxWidth: 860 }}>
          {t("plan.intro")}
        </Typography.Paragraph>
      </PageHeader>
      {requiresAgency(me.role) && me.agency && (
        <>
          <AgencyTasksCard agency={me.agency} />
          <div style={{ marginBottom: 16 }}>
            <AgencyReportsCard agencyId={me.agency.id} />
          </div>
        </>
      )}
      <Card>
        <Space direction="vertical" style={{ width: "100%" }}>
          <ScrollRegion label={t("plan.pageTitle")} minWidth={900}>
            <Table<Plan>
              rowKey="id"
              size="middle"
              loading={plans.isPending}
              columns={columns}
              dataSource={plans.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: t("plan.none") }}
              data-testid="plans-table"
            />
          </ScrollRegion>
        </Space>
      </Card>
      {editing && (
        <PlanFormModal plan={editing.plan} plans={plans.data?.items ?? []} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
