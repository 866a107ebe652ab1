// Each agency's submission in a cycle: where it stands, the head's sign-off, when it was sent,
// returned or accepted, and a link to its form.
import { Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { Link } from "react-router-dom";
import type { SubmissionSummary } from "../../../contracts/cycles.js";
import { ScrollRegion } from "../../components/ScrollRegion.js";
import { useT } from "../../i18n/index.js";
import { compareVietnamese, formatDateTime } from "../../lib/format.js";
import { SubmissionStatusTag } from "./CycleTags.js";

export function SubmissionsTable({
  cycleId,
  submissions,
}: {
  cycleId: string;
  submissions: SubmissionSummary[];
}) {
  const t = useT();
  const columns: TableColumnsType<SubmissionSummary> = [
    {
      title: t("cycle.agency"),
      key: "agency",
      sorter: (a, b) => compareVietnamese(a.agency.name, b.agency.name),
      defaultSortOrder: "ascend",
      render: (_, s) => (
        <Link to={`/cycles/${cycleId}/agencies/${s.agency.id}`} data-testid={`open-form-${s.agency.id}`}>
          {s.agency.name}
        </Link>
      ),
    },
    {
      title: t("common.status"),
      key: "status",
      width: 150,
      render: (_, s) => (
        <>
          <SubmissionStatusTag status={s.status} testId={`submission-status-${s.agency.id}`} />
          {s.missingReason && (
            <Tag color="gold" style={{ marginTop: 4 }}>
              {t(s.missingAcceptedAt ? "missing.acceptedTag" : "missing.proposedTag")}
            </Tag>
          )}
          {s.onBehalfSince && <Tag style={{ marginTop: 4 }}>{t("onBehalf.submissionTag")}</Tag>}
        </>
      ),
    },
    {
      title: t("form.signOff"),
      key: "signOff",
      width: 150,
      render: (_, s) =>
        s.needsSignOff ? (
          s.signedOffAt ? (
            formatDateTime(s.signedOffAt)
          ) : (
            <Typography.Text type="secondary">{t("form.notSignedOff")}</Typography.Text>
          )
        ) : (
          <Typography.Text type="secondary">{t("form.noSignOffNeeded")}</Typography.Text>
        ),
    },
    {
      title: t("form.submittedAt"),
      key: "submitted",
      width: 150,
      render: (_, s) => formatDateTime(s.submittedAt),
    },
    {
      title: t("form.returnedAt"),
      key: "returned",
      width: 150,
      render: (_, s) =>
        s.returnedAt ? <Tooltip title={s.returnReason}>{formatDateTime(s.returnedAt)}</Tooltip> : "—",
    },
    {
      title: t("form.acceptedAt"),
      key: "accepted",
      width: 150,
      render: (_, s) => formatDateTime(s.acceptedAt),
    },
  ];
  return (
    <ScrollRegion label={t("cycle.submissionsRegion")} minWidth={820}>
      <Table<SubmissionSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={submissions}
        onRow={(s) => ({ "data-testid": `submission-${s.agency.id}` }) as HTMLAttributes<HTMLElement>}
        pagination={false}
        data-testid="submissions-table"
      />
    </ScrollRegion>
  );
}
