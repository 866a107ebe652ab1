// One assessment year: where it stands and its deadlines, each agency's submission, who reports
// which figure, and the commands this person may give. Agency staff see only their own part.
import { DashboardOutlined, EditOutlined, FileTextOutlined } from "@ant-design/icons";
import { Alert, Breadcrumb, Button, Card, Descriptions, Space, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import type { CycleDetail } from "../../../contracts/cycles.js";
import { requiresAgency } from "../../../domain/auth/roles.js";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format.js";
import { useSession } from "../auth/session.js";
import { useLocalText } from "../frameworks/describe.js";
import { AssignmentsPanel } from "./AssignmentsPanel.js";
import { CycleCommands } from "./CycleCommands.js";
import { CycleExportMenu } from "./CycleExportMenu.js";
import { CycleStatusTag } from "./CycleTags.js";
import { useCycle, useFollowUp } from "./cycles.api.js";
import { deadlineKeys } from "./DeadlineFields.js";
import { EditCycleModal } from "./EditCycleModal.js";
import { FollowUpTable } from "./FollowUpTable.js";
import { HistoryImportCard } from "./HistoryImportCard.js";
import { SubmissionsTable } from "./SubmissionsTable.js";

export default function CycleDetailPage() {
  const { id = "" } = useParams();
  const cycle = useCycle(id);
  if (cycle.isPending) return <FullPageSpin />;
  if (cycle.isError) return <PageError error={cycle.error} onRetry={() => void cycle.refetch()} />;
  return <CycleView cycle={cycle.data} />;
}

function CycleView({ cycle }: { cycle: CycleDetail }) {
  const t = useT();
  const local = useLocalText();
  const user = useSession();
  const [editing, setEditing] = useState(false);
  const agencyBound = requiresAgency(user.role);
  const mayEdit = cycle.allowedActions.includes("cycle.manage") && cycle.status === "open";
  const followUp = useFollowUp(cycle.id);

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/cycles">{t("cycle.title")}</Link> },
          { title: t("cycle.yearN", { year: cycle.year }) },
        ]}
      />
      <PageHeader
        title={
          <span data-testid="cycle-title">
            {t("cycle.detailTitle", { year: cycle.year, province: cycle.orgUnit.name })}
          </span>
        }
        extra={
          <Space wrap>
            <CycleExportMenu cycleId={cycle.id} />
            {!agencyBound && (
              <Link to={`/cycles/${cycle.id}/dashboard`} data-testid="open-dashboard">
                <Button icon={<DashboardOutlined />}>{t("dashboard.title")}</Button>
              </Link>
            )}
            {cycle.allowedActions.includes("document.read") && (
              <Link to={`/cycles/${cycle.id}/documents`} data-testid="open-documents">
                <Button icon={<FileTextOutlined />}>{t("documents.open")}</Button>
              </Link>
            )}
          </Space>
        }
      >
        <Space size={6} wrap style={{ marginTop: 6 }}>
          <CycleStatusTag status={cycle.status} testId="cycle-status" />
          <Tag>{local(cycle.frameworkName)}</Tag>
          <Tag>{t("cycle.editionCode", { code: cycle.editionCode })}</Tag>
          {cycle.kind === "history" && <Tag color="purple">{t("cycleKind.history")}</Tag>}
          {cycle.approvedAt && (
            <Typography.Text type="secondary">
              {t("cycle.approvedAtLine", { date: formatDateTime(cycle.approvedAt) })}
            </Typography.Text>
          )}
        </Space>
      </PageHeader>
      {(cycle.status === "approved" || cycle.status === "sent_to_ministry") && (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t("cycle.lockedBanner")} />
      )}
      <MissingAgencies cycle={cycle} />
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Card
          size="small"
          title={t("cycle.deadlines")}
          extra={
            mayEdit && (
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                data-testid="edit-cycle"
              >
                {t("common.edit")}
              </Button>
            )
          }
        >
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 5 }}>
            {deadlineKeys.map((key) => (
              <Descriptions.Item key={key} label={t(`cycle.deadline.${key}`)}>
                <span data-testid={`deadline-value-${key}`}>{formatDate(cycle.deadlines[key])}</span>
              </Descriptions.Item>
            ))}
            <Descriptions.Item label={t("cycle.threshold")}>
              {formatNumber(cycle.changeThresholdPct)}%
            </Descriptions.Item>
          </Descriptions>
          <div style={{ marginTop: 8 }}>
            <CycleCommands cycle={cycle} />
          </div>
        </Card>
        {cycle.kind === "history" && mayEdit && <HistoryImportCard cycle={cycle} />}
        <Card>
          <Tabs
            items={[
              {
                key: "submissions",
                label: t("cycle.submissionsTab", {
                  accepted: formatNumber(cycle.acceptedCount),
                  total: formatNumber(cycle.agencyCount),
                }),
                children: <SubmissionsTable cycleId={cycle.id} submissions={cycle.submissions} />,
              },
              {
                key: "assignments",
                label: t("cycle.assignmentsTab"),
                children: <AssignmentsPanel cycle={cycle} />,
              },
              {
                key: "follow-up",
                label: t("followUp.tab", { count: formatNumber(followUp.data?.items.length ?? 0) }),
                children: <FollowUpTable cycleId={cycle.id} list={followUp.data} error={followUp.error} />,
              },
            ]}
          />
        </Card>
      </Space>
      {editing && <EditCycleModal cycle={cycle} onClose={() => setEditing(false)} />}
    </>
  );
}

/** The agencies the year goes ahead without, with why: what the leader accepts by approving. */
function MissingAgencies({ cycle }: { cycle: CycleDetail }) {
  const t = useT();
  const missing = cycle.submissions.filter((s) => s.missingReason);
  if (missing.length === 0) return null;
  const accepted = missing.every((s) => s.missingAcceptedAt);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t(accepted ? "missing.acceptedBanner" : "missing.proposedBanner", { count: missing.length })}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {missing.map((s) => (
            <li key={s.agency.id}>
              <strong>{s.agency.name}</strong>: {s.missingReason}
            </li>
          ))}
        </ul>
      }
      data-testid="missing-agencies"
    />
  );
}
