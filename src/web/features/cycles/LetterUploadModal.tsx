// Records the letter an agency sent its figures by: its number, date and file. From then on the
// coordinator may enter those figures for the agency, each marked as entered from this letter.
import { DatePicker, Form, Input, Modal, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { showServerErrors } from "../../lib/forms.js";
import { DocumentFileField, useDocumentFile } from "./DocumentFileField.js";
import { useRecordLetter } from "./on-behalf.api.js";

interface LetterForm {
  docNumber: string;
  docDate: Dayjs | null;
  note?: string;
}

const fields = ["docNumber", "docDate", "note", "file"];

export function LetterUploadModal({
  cycleId,
  agencyId,
  agencyName,
  maxBytes,
  onClose,
}: {
  cycleId: string;
  agencyId: string;
  agencyName: string;
  maxBytes: number;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<LetterForm>();
  const picked = useDocumentFile(maxBytes);
  const [formError, setFormError] = useState<string | null>(null);
  const record = useRecordLetter(cycleId, agencyId);

  const submit = (values: LetterForm) => {
    setFormError(null);
    const file = picked.require();
    if (!file || !values.docDate) return;
    record.mutate(
      {
        file,
        docNumber: values.docNumber.trim(),
        docDate: values.docDate.format("YYYY-MM-DD"),
        note: values.note?.trim() ?? "",
      },
      {
        onSuccess: onClose,
        onError: (error) =>
          setFormError(isApiError(error) ? showServerErrors(form, error, fields) : String(error)),
      },
    );
  };

  return (
    <Modal
      open
      title={t("onBehalf.letterTitle", { agency: agencyName })}
      okText={t("onBehalf.letterSubmit")}
      cancelText={t("common.cancel")}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "letter-submit" }}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">{t("onBehalf.letterIntro")}</Typography.Paragraph>
      <ErrorAlert error={formError} />
      <Form<LetterForm> form={form} layout="vertical" onFinish={submit} data-testid="letter-form">
        <DocumentFileField picked={picked} testId="letter-file" pickedTestId="letter-picked" />
        <Form.Item
          name="docNumber"
          label={t("evidence.docNumber")}
          extra={t("onBehalf.docNumberHint")}
          rules={[{ required: true, whitespace: true, message: t("onBehalf.docNumberRequired") }]}
        >
          <Input maxLength={100} data-testid="letter-doc-number" />
        </Form.Item>
        <Form.Item
          name="docDate"
          label={t("evidence.docDate")}
          rules={[{ required: true, message: t("onBehalf.docDateRequired") }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} data-testid="letter-doc-date" />
        </Form.Item>
        <Form.Item name="note" label={t("onBehalf.note")}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="letter-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
