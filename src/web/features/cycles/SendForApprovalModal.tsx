// Sending the year for approval while some agencies have not been accepted: each is named with
// why it is missing, for the leader to accept as missing by approving. Their unsent figures do
// not count, and the report states every one of them with its reason.
import { Alert, Form, Input, Modal, Typography } from "antd";
import type { CycleDetail } from "../../../contracts/cycles.js";
import { ErrorAlert } from "../../components/errors.js";
import { useDialogSubmit } from "../../components/useDialogSubmit.js";
import { useT } from "../../i18n/index.js";
import { SubmissionStatusTag } from "./CycleTags.js";

type Reasons = Record<string, string>;

export function SendForApprovalModal({
  cycle,
  onSubmit,
  onClose,
}: {
  cycle: CycleDetail;
  onSubmit: (missing: { agencyId: string; reason: string }[]) => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Reasons>();
  // Only an agency that has not sent may be missing; figures sent are accepted or returned first.
  const pending = cycle.submissions.filter((s) => s.status === "draft" || s.status === "returned");
  const sent = cycle.submissions.filter((s) => s.status === "submitted");
  const { busy, error, submit } = useDialogSubmit(
    (reasons: Reasons) =>
      onSubmit(pending.map((s) => ({ agencyId: s.agency.id, reason: (reasons[s.agency.id] ?? "").trim() }))),
    onClose,
  );

  return (
    <Modal
      open
      title={t("missing.title", { year: cycle.year })}
      okText={t("cycle.sendForApproval")}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      okButtonProps={{ "data-testid": "send-with-missing-submit", disabled: sent.length > 0 }}
    >
      {sent.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("missing.sentFirst", { agencies: sent.map((s) => s.agency.name).join(", ") })}
        />
      )}
      <Typography.Paragraph type="secondary">
        {t("missing.intro", { count: pending.length })}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form<Reasons> form={form} layout="vertical" onFinish={submit}>
        {pending.map((s) => (
          <Form.Item
            key={s.agency.id}
            name={s.agency.id}
            label={
              <span>
                {s.agency.name} <SubmissionStatusTag status={s.status} />
              </span>
            }
            rules={[
              { required: true, whitespace: true, message: t("missing.reasonRequired") },
              { min: 5, message: t("validation.tooShort", { min: 5 }) },
              { max: 1000, message: t("validation.tooLong", { max: 1000 }) },
            ]}
          >
            <Input.TextArea
              rows={2}
              placeholder={t("missing.placeholder")}
              data-testid={`missing-reason-${s.agency.id}`}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
