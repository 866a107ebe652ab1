// Asks for the reason a command needs (returning figures, reopening a cycle, sending it back):
// the reason is kept in the audit trail and shown to the people it concerns.
import { Form, Input, Modal, Typography } from "antd";
import { ErrorAlert } from "../../components/errors.js";
import { useDialogSubmit } from "../../components/useDialogSubmit.js";
import { useT } from "../../i18n/index.js";

export function ReasonModal({
  title,
  intro,
  okText,
  onSubmit,
  onClose,
  minLength = 3,
  maxLength = 2000,
  label,
  initialValue,
}: {
  title: string;
  intro?: string;
  okText: string;
  /** The server's own bounds for this text. */
  minLength?: number;
  maxLength?: number;
  /** What the text is called; "Lý do" when not said. */
  label?: string;
  /** The text saved so far, to be changed. */
  initialValue?: string;
  /** Resolves when the command succeeded; a failure is shown in the dialog. */
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const fieldLabel = label ?? t("cycle.reason");
  const { busy, error, submit } = useDialogSubmit(
    ({ reason }: { reason: string }) => onSubmit(reason.trim()),
    onClose,
  );

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ "data-testid": "reason-submit" }}
    >
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ reason: initialValue ?? "" }}>
        <Form.Item
          name="reason"
          label={fieldLabel}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t("common.required", { field: fieldLabel.toLowerCase() }),
            },
            { min: minLength, message: t("validation.tooShort", { min: minLength }) },
            { max: maxLength, message: t("validation.tooLong", { max: maxLength }) },
          ]}
        >
          <Input.TextArea rows={4} autoFocus data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
