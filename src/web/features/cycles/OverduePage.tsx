// Agencies that have not sent their figures by the deadline, across the open years, most
// overdue first: the list the provincial leadership reviews (units reporting late are named).
import { Card, Table, type TableColumnsType, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { Link } from "react-router-dom";
import type { OverdueItem } from "../../../contracts/cycles.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatDate, formatNumber } from "../../lib/format.js";
import { SubmissionStatusTag } from "./CycleTags.js";
import { useOverdue } from "./cycles.api.js";

export default function OverduePage() {
  const t = useT();
  const overdue = useOverdue();
  if (overdue.isError) return <PageError error={overdue.error} onRetry={() => void overdue.refetch()} />;

  const columns: TableColumnsType<OverdueItem> = [
    {
      title: t("cycle.agency"),
      key: "agency",
      sorter: (a, b) => compareVietnamese(a.agency.name, b.agency.name),
      render: (_, o) => <Link to={`/cycles/${o.cycleId}/agencies/${o.agency.id}`}>{o.agency.name}</Link>,
    },
    {
      title: t("cycle.year"),
      key: "year",
      width: 200,
      render: (_, o) => <Link to={`/cycles/${o.cycleId}`}>{`${o.year} · ${o.province}`}</Link>,
    },
    {
      title: t("common.status"),
      key: "status",
      width: 140,
      render: (_, o) => <SubmissionStatusTag status={o.status} />,
    },
    {
      title: t("cycle.deadline.submissionDue"),
      dataIndex: "submissionDue",
      width: 130,
      render: formatDate,
    },
    {
      title: t("overdue.days"),
      dataIndex: "daysOverdue",
      width: 140,
      defaultSortOrder: "descend",
      sorter: (a, b) => a.daysOverdue - b.daysOverdue,
      render: (days: number) => (
        <Tag color="red">{t("timeliness.overdue", { days: formatNumber(days) })}</Tag>
      ),
    },
    {
      title: t("overdue.returnReason"),
      dataIndex: "returnReason",
      render: (reason: string | null) => reason ?? "—",
    },
  ];

  return (
    <>
      <PageHeader title={t("overdue.title")}>
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", maxWidth: 820 }}>
          {t("overdue.intro")}
          {overdue.data && ` ${t("dashboard.asOf", { date: formatDate(overdue.data.today) })}.`}
        </Typography.Paragraph>
      </PageHeader>
      <Card>
        <Table<OverdueItem>
          rowKey={(o) => `${o.cycleId}:${o.agency.id}`}
          size="middle"
          loading={overdue.isPending}
          columns={columns}
          dataSource={overdue.data?.items ?? []}
          onRow={(o) => ({ "data-testid": `overdue-${o.agency.id}` }) as HTMLAttributes<HTMLElement>}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t("overdue.none") }}
          data-testid="overdue-table"
        />
      </Card>
    </>
  );
}
