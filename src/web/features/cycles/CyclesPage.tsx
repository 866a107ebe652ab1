// The assessment years: which province, framework and edition, where each stands, its
// deadlines and how many agencies are accepted. Agency staff see only the years their agency
// reports in, and each line opens their own form (directly, when there is only one).
import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Progress, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { type HTMLAttributes, useState } from "react";
import { Link, Navigate } from "react-router-dom";
import type { CycleSummary } from "../../../contracts/cycles.js";
import { requiresAgency } from "../../../domain/auth/roles.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatDate, formatNumber } from "../../lib/format.js";
import { useCan, useSession } from "../auth/session.js";
import { useLocalText } from "../frameworks/describe.js";
import { CycleStatusTag } from "./CycleTags.js";
import { useCycles } from "./cycles.api.js";
import { OpenCycleModal } from "./OpenCycleModal.js";

export default function CyclesPage() {
  const t = useT();
  const local = useLocalText();
  const can = useCan();
  const user = useSession();
  const cycles = useCycles();
  const [opening, setOpening] = useState(false);
  const ownAgency = requiresAgency(user.role) ? user.agency : null;
  const pathOf = (c: CycleSummary) =>
    ownAgency ? `/cycles/${c.id}/agencies/${ownAgency.id}` : `/cycles/${c.id}`;

  if (cycles.isError) return <PageError error={cycles.error} onRetry={() => void cycles.refetch()} />;
  const only = cycles.data?.length === 1 ? cycles.data[0] : undefined;
  if (ownAgency && only) return <Navigate to={pathOf(only)} replace />;

  const columns: TableColumnsType<CycleSummary> = [
    {
      title: t("cycle.year"),
      dataIndex: "year",
      width: 110,
      sorter: (a, b) => a.year - b.year,
      defaultSortOrder: "descend",
      render: (year: number, c) => (
        <Link to={pathOf(c)} data-testid={`open-cycle-${c.id}`}>
          <strong>{t("cycle.yearN", { year })}</strong>
        </Link>
      ),
    },
    {
      title: t("cycle.province"),
      key: "province",
      sorter: (a, b) => compareVietnamese(a.orgUnit.name, b.orgUnit.name),
      render: (_, c) => c.orgUnit.name,
    },
    {
      title: t("cycle.framework"),
      key: "framework",
      render: (_, c) => (
        <Space size={4} wrap>
          <span>{local(c.frameworkName)}</span>
          <Tag>{t("cycle.editionCode", { code: c.editionCode })}</Tag>
          {c.kind === "history" && <Tag color="purple">{t("cycleKind.history")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("common.status"),
      dataIndex: "status",
      width: 190,
      // An agency reads a history year as the comparison base, whatever its state for the coordinator.
      render: (_, c) => (
        <CycleStatusTag
          status={c.status}
          kind={can("cycle.manage") ? undefined : c.kind}
          testId={`cycle-status-${c.id}`}
        />
      ),
    },
    {
      title: t("cycle.deadlines"),
      key: "deadlines",
      width: 210,
      render: (_, c) => (
        <Typography.Text className="small">
          {t("cycle.deadline.submissionDue")}: {formatDate(c.deadlines.submissionDue)}
          <br />
          {t("cycle.deadline.ministryDue")}: {formatDate(c.deadlines.ministryDue)}
        </Typography.Text>
      ),
    },
    {
      title: t("cycle.accepted"),
      key: "accepted",
      width: 170,
      render: (_, c) => (
        <div data-testid={`cycle-accepted-${c.id}`}>
          {t("cycle.acceptedOf", {
            accepted: formatNumber(c.acceptedCount),
            total: formatNumber(c.agencyCount),
          })}
          <Progress
            percent={c.agencyCount ? Math.round((c.acceptedCount / c.agencyCount) * 100) : 0}
            size="small"
            showInfo={false}
            aria-label={t("cycle.acceptedShare")}
          />
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("cycle.title")}
        extra={
          can("cycle.manage") && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpening(true)}
              data-testid="open-cycle"
            >
              {t("cycle.open")}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", maxWidth: 820 }}>
          {t(ownAgency ? "cycle.introAgency" : "cycle.intro")}
        </Typography.Paragraph>
      </PageHeader>
      <Card>
        <Table<CycleSummary>
          rowKey="id"
          size="middle"
          loading={cycles.isPending}
          columns={columns}
          dataSource={cycles.data ?? []}
          onRow={(c) => ({ "data-testid": `cycle-row-${c.id}` }) as HTMLAttributes<HTMLElement>}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{
            emptyText: t(
              ownAgency
                ? "cycle.noneAgency"
                : user.role === "ministry_viewer"
                  ? "cycle.noneSent"
                  : "cycle.none",
            ),
          }}
          data-testid="cycles-table"
        />
      </Card>
      {opening && <OpenCycleModal onClose={() => setOpening(false)} />}
    </>
  );
}
