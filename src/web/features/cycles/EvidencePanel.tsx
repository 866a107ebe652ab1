// The evidence documents of one indicator in an agency's part of a cycle: what is expected,
// what was attached (with its number, date, issuer and review), and the commands the person
// may use: attach and withdraw for the agency, accept or reject for the reviewer.
import { CheckOutlined, CloseOutlined, DownloadOutlined, PaperClipOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { type HTMLAttributes, useState } from "react";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { megabytes } from "./DocumentFileField.js";
import { EvidenceUploadModal } from "./EvidenceUploadModal.js";
import {
  type EvidenceView,
  evidenceFileUrl,
  useEvidence,
  useReviewEvidence,
  useWithdrawEvidence,
} from "./evidence.api.js";

export interface EvidencePanelProps {
  cycleId: string;
  agencyId: string;
  indicatorCode: string;
  evidenceExpected: string[];
  canEdit: boolean;
  canReview: boolean;
}

const statusColor = { pending: "default", accepted: "green", rejected: "red" } as const;

function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : megabytes(bytes);
}

export function EvidencePanel({
  cycleId,
  agencyId,
  indicatorCode,
  evidenceExpected,
  canEdit,
  canReview,
}: EvidencePanelProps) {
  const t = useT();
  const { message } = App.useApp();
  const list = useEvidence(cycleId, agencyId);
  const withdraw = useWithdrawEvidence(cycleId, agencyId);
  const review = useReviewEvidence(cycleId, agencyId);
  const [uploading, setUploading] = useState(false);
  const [rejecting, setRejecting] = useState<EvidenceView | null>(null);

  const rows = (list.data?.items ?? []).filter((e) => e.indicatorCode === indicatorCode);
  const actionError = withdraw.error ?? review.error;

  const accept = (row: EvidenceView) =>
    review.mutate(
      { id: row.id, status: "accepted" },
      { onSuccess: () => message.success(t("evidence.reviewed")) },
    );

  const columns: TableColumnsType<EvidenceView> = [
    {
      title: t("evidence.file"),
      key: "file",
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Link
            href={evidenceFileUrl(row.id)}
            download={row.fileName}
            data-testid={`evidence-download-${row.id}`}
          >
            <DownloadOutlined /> {row.fileName}
          </Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {fileSize(row.sizeBytes)}
            {row.uploadedBy &&
              ` · ${t("evidence.uploadedBy", { name: row.uploadedBy, at: formatDateTime(row.uploadedAt) })}`}
          </Typography.Text>
          {row.sameContentAs.length > 0 && (
            <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid={`evidence-same-${row.id}`}>
              {t("evidence.sameContent", { documents: row.sameContentAs.join("; ") })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t("evidence.docNumber"), dataIndex: "docNumber", render: (v: string | null) => v ?? "—" },
    { title: t("evidence.docDate"), dataIndex: "docDate", render: (v: string | null) => formatDate(v) },
    { title: t("evidence.issuer"), dataIndex: "issuer", render: (v: string | null) => v ?? "—" },
    {
      title: t("evidence.review"),
      key: "review",
      render: (_, row) =>
        row.withdrawnAt ? (
          <Tag data-testid={`evidence-status-${row.id}`}>{t("evidence.withdrawnTag")}</Tag>
        ) : (
          <Space orientation="vertical" size={0}>
            <Tag color={statusColor[row.reviewStatus]} data-testid={`evidence-status-${row.id}`}>
              {t(`evidence.status.${row.reviewStatus}`)}
            </Tag>
            {row.reviewNote && <Typography.Text type="secondary">{row.reviewNote}</Typography.Text>}
          </Space>
        ),
    },
    {
      title: t("common.actions"),
      key: "actions",
      render: (_, row) =>
        row.withdrawnAt ? null : (
          <Space size={4} wrap>
            {canReview && (
              <>
                <Button
                  size="small"
                  icon={<CheckOutlined />}
                  type={row.reviewStatus === "accepted" ? "primary" : "default"}
                  loading={
                    review.isPending &&
                    review.variables?.id === row.id &&
                    review.variables.status === "accepted"
                  }
                  onClick={() => accept(row)}
                  data-testid={`evidence-accept-${row.id}`}
                >
                  {t("evidence.accept")}
                </Button>
                <Button
                  size="small"
                  danger
                  icon={<CloseOutlined />}
                  onClick={() => setRejecting(row)}
                  data-testid={`evidence-reject-${row.id}`}
                >
                  {t("evidence.reject")}
                </Button>
              </>
            )}
            {canEdit && (
              <Popconfirm
                title={t("evidence.withdrawConfirm", { name: row.fileName })}
                okText={t("evidence.withdraw")}
                cancelText={t("common.cancel")}
                onConfirm={() =>
                  withdraw.mutateAsync(row.id).then(
                    () => message.success(t("evidence.withdrawn")),
                    () => {},
                  )
                }
              >
                <Button
                  size="small"
                  loading={withdraw.isPending && withdraw.variables === row.id}
                  data-testid={`evidence-withdraw-${row.id}`}
                >
                  {t("evidence.withdraw")}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <div data-testid={`evidence-panel-${indicatorCode}`}>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        <Typography.Text strong>
          <PaperClipOutlined /> {t("evidence.title")}
        </Typography.Text>
        {canEdit && (
          <Button
            size="small"
            onClick={() => setUploading(true)}
            disabled={!list.data}
            data-testid="evidence-upload"
          >
            {t("evidence.add")}
          </Button>
        )}
      </Space>
      {evidenceExpected.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="evidence-expected">
          {t("evidence.expected")} {evidenceExpected.join("; ")}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={list.error ?? actionError} />
      {list.isSuccess && rows.length === 0 ? (
        <Typography.Text type="secondary" data-testid="evidence-none">
          {t("evidence.none")}
        </Typography.Text>
      ) : (
        <Table<EvidenceView>
          size="small"
          rowKey="id"
          loading={list.isPending}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: true }}
          onRow={(row) =>
            ({
              "data-testid": `evidence-row-${row.id}`,
              style: row.withdrawnAt ? { opacity: 0.55 } : undefined,
            }) as HTMLAttributes<HTMLElement>
          }
        />
      )}
      {uploading && list.data && (
        <EvidenceUploadModal
          cycleId={cycleId}
          agencyId={agencyId}
          indicatorCode={indicatorCode}
          maxBytes={list.data.maxBytes}
          onClose={() => setUploading(false)}
        />
      )}
      {rejecting && <RejectModal row={rejecting} onClose={() => setRejecting(null)} review={review} />}
    </div>
  );
}

/** Rejecting needs a reason the agency will read. */
function RejectModal({
  row,
  review,
  onClose,
}: {
  row: EvidenceView;
  review: ReturnType<typeof useReviewEvidence>;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const submit = ({ note }: { note: string }) =>
    review.mutate(
      { id: row.id, status: "rejected", note: note.trim() },
      {
        onSuccess: () => {
          message.success(t("evidence.reviewed"));
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={t("evidence.rejectTitle", { name: row.fileName })}
      okText={t("evidence.reject")}
      okButtonProps={{ danger: true, "data-testid": "evidence-reject-submit" }}
      cancelText={t("common.cancel")}
      confirmLoading={review.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={review.error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="note"
          label={t("evidence.rejectNote")}
          rules={[{ required: true, whitespace: true, min: 3, message: t("evidence.rejectNoteRequired") }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="evidence-reject-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
