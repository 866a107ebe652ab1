// The e-mail outbox (admin, coordinator): every queued message with its state, attempts and last
// error; failed, uncertain and address-less ones can be sent again.
import { RedoOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import type { OutboxFilter, OutboxMessageView } from "../../../contracts/notifications.js";
import { PageError } from "../../components/errors.js";
import { PageHeader } from "../../components/PageHeader.js";
import { serverPagination } from "../../components/pagination.js";
import { type Translate, useT } from "../../i18n/index.js";
import { formatDateTime } from "../../lib/format.js";
import { useCan } from "../auth/session.js";
import { useOutbox, useResend } from "./notifications.api.js";

const filters: OutboxFilter[] = ["pending", "sending", "uncertain", "sent", "failed", "unsent"];
const colors: Record<OutboxFilter, string> = {
  pending: "blue",
  sending: "processing",
  uncertain: "orange",
  sent: "green",
  failed: "red",
  unsent: "default",
};

function StatusTag({ m, t }: { m: OutboxMessageView; t: Translate }) {
  const state: OutboxFilter = m.uncertain ? "uncertain" : m.status;
  return <Tag color={colors[state]}>{t(`outbox.status.${state}`)}</Tag>;
}

function ResendButton({ m }: { m: OutboxMessageView }) {
  const t = useT();
  const { message } = App.useApp();
  const resend = useResend();
  return (
    <Popconfirm
      title={t(m.uncertain ? "outbox.resendUncertain" : "outbox.resendConfirm")}
      okText={t("outbox.resend")}
      cancelText={t("common.cancel")}
      onConfirm={() =>
        resend.mutateAsync(m.id).then(
          () => message.success(t("outbox.resent")),
          (error: unknown) => message.error(error instanceof Error ? error.message : String(error)),
        )
      }
    >
      <Button size="small" icon={<RedoOutlined />} loading={resend.isPending} data-testid="outbox-resend">
        {t("outbox.resend")}
      </Button>
    </Popconfirm>
  );
}

export default function OutboxPage() {
  const t = useT();
  const can = useCan();
  const [status, setStatus] = useState<OutboxFilter | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const outbox = useOutbox(status, page, pageSize);

  if (outbox.isError && !outbox.data)
    return <PageError error={outbox.error} onRetry={() => void outbox.refetch()} />;

  const columns: TableColumnsType<OutboxMessageView> = [
    { title: t("outbox.createdAt"), dataIndex: "createdAt", width: 120, render: formatDateTime },
    {
      title: t("outbox.recipient"),
      key: "recipient",
      width: 190,
      render: (_, m) => (
        <Space orientation="vertical" size={0}>
          <span>{m.recipient?.fullName ?? "—"}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {m.toAddress ?? t("outbox.noAddress")}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t("outbox.subject"), dataIndex: "subject" },
    {
      title: t("outbox.status"),
      key: "status",
      width: 170,
      render: (_, m) => (
        <Space orientation="vertical" size={2}>
          <StatusTag m={m} t={t} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              m.attempts > 0 && t("outbox.attempts", { count: m.attempts }),
              m.sentAt && t("outbox.sentAt", { at: formatDateTime(m.sentAt) }),
              m.status === "pending" &&
                m.attempts > 0 &&
                t("outbox.nextAttemptAt", { at: formatDateTime(m.nextAttemptAt) }),
            ]
              .filter(Boolean)
              .join(" · ")}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t("outbox.lastError"),
      dataIndex: "lastError",
      width: 220,
      render: (e: string | null) =>
        e ? (
          <Typography.Text type="danger" ellipsis={{ tooltip: e }} style={{ maxWidth: 200 }}>
            {e}
          </Typography.Text>
        ) : (
          "—"
        ),
    },
    {
      key: "actions",
      width: 120,
      render: (_, m) => (m.canResend && can("outbox.resend") ? <ResendButton m={m} /> : null),
    },
  ];

  return (
    <>
      <PageHeader title={t("outbox.title")} />
      {outbox.data && !outbox.data.mailEnabled && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("outbox.mailDisabled")} />
      )}
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<OutboxFilter>
            allowClear
            placeholder={t("outbox.filterStatus")}
            aria-label={t("outbox.filterStatus")}
            style={{ width: 220 }}
            onChange={(value) => {
              setStatus(value);
              setPage(1);
            }}
            options={filters.map((f) => ({ value: f, label: t(`outbox.status.${f}`) }))}
            data-testid="outbox-status-filter"
          />
        </Space>
        <Table<OutboxMessageView>
          rowKey="id"
          size="middle"
          loading={outbox.isFetching}
          columns={columns}
          dataSource={outbox.data?.items ?? []}
          expandable={{
            expandedRowRender: (m) => (
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                {m.body}
              </Typography.Paragraph>
            ),
          }}
          pagination={serverPagination(
            t,
            { page, pageSize, total: outbox.data?.total ?? 0 },
            (next, size) => {
              setPage(next);
              setPageSize(size);
            },
          )}
          data-testid="outbox-table"
        />
      </Card>
    </>
  );
}
