// The coordinator says why an indicator does not apply to the province and on what document
// that rests; the framework's rule says what it then scores. Both are kept and printed.
import { Form, Input, Modal, Typography } from "antd";
import { ErrorAlert } from "../../components/errors.js";
import { useDialogSubmit } from "../../components/useDialogSubmit.js";
import { useT } from "../../i18n/index.js";

type Grounds = { reason: string; evidence: string };

export function NotApplicableModal({
  indicator,
  onSubmit,
  onClose,
}: {
  /** "03. Tỷ lệ khu công nghiệp…" */
  indicator: string;
  onSubmit: (grounds: Grounds) => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Grounds>();
  const { busy, error, submit } = useDialogSubmit(
    (grounds: Grounds) => onSubmit({ reason: grounds.reason.trim(), evidence: grounds.evidence.trim() }),
    onClose,
  );
  return (
    <Modal
      open
      title={t("notApplicable.title")}
      okText={t("notApplicable.mark")}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ "data-testid": "not-applicable-submit" }}
    >
      <Typography.Paragraph strong>{indicator}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t("notApplicable.intro")}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t("notApplicable.reason")}
          rules={[{ required: true, whitespace: true, message: t("notApplicable.reasonRequired") }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t("notApplicable.evidence")}
          extra={t("notApplicable.evidenceHint")}
          rules={[{ required: true, whitespace: true, message: t("notApplicable.evidenceRequired") }]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
