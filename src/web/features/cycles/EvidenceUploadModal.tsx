// Attaches one evidence document with its metadata (số hiệu, ngày, cơ quan ban hành). The
// browser checks the extension and size for a quick answer; the server checks the content.
import { App, DatePicker, Form, Input, Modal } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { showServerErrors } from "../../lib/forms.js";
import { DocumentFileField, useDocumentFile } from "./DocumentFileField.js";
import { useUploadEvidence } from "./evidence.api.js";

interface UploadForm {
  docNumber?: string;
  docDate?: Dayjs | null;
  issuer?: string;
}

const fields = ["docNumber", "docDate", "issuer", "file"];

export function EvidenceUploadModal({
  cycleId,
  agencyId,
  indicatorCode,
  maxBytes,
  onClose,
}: {
  cycleId: string;
  agencyId: string;
  indicatorCode: string;
  maxBytes: number;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UploadForm>();
  const picked = useDocumentFile(maxBytes);
  const [formError, setFormError] = useState<string | null>(null);
  const upload = useUploadEvidence(cycleId, agencyId);

  const submit = (values: UploadForm) => {
    setFormError(null);
    const file = picked.require();
    if (!file) return;
    upload.mutate(
      {
        file,
        indicatorCode,
        docNumber: values.docNumber?.trim() ?? "",
        docDate: values.docDate ? values.docDate.format("YYYY-MM-DD") : "",
        issuer: values.issuer?.trim() ?? "",
      },
      {
        onSuccess: (saved) => {
          message.success(t("evidence.uploaded", { name: saved.fileName }));
          onClose();
        },
        // Refusals of the file itself (type, size, empty) have no field: they show above the form.
        onError: (error) =>
          setFormError(isApiError(error) ? showServerErrors(form, error, fields) : String(error)),
      },
    );
  };

  return (
    <Modal
      open
      title={t("evidence.uploadTitle", { code: indicatorCode })}
      okText={t("evidence.upload")}
      cancelText={t("common.cancel")}
      confirmLoading={upload.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "evidence-upload-submit" }}
      destroyOnHidden
      width={560}
    >
      <div data-testid="evidence-upload-error">
        <ErrorAlert error={formError} />
      </div>
      <Form<UploadForm> form={form} layout="vertical" onFinish={submit} data-testid="evidence-upload-form">
        <DocumentFileField picked={picked} testId="evidence-file" pickedTestId="evidence-picked" />
        <Form.Item name="docNumber" label={t("evidence.docNumber")} extra={t("evidence.docNumberHint")}>
          <Input maxLength={100} data-testid="evidence-doc-number" />
        </Form.Item>
        <Form.Item name="docDate" label={t("evidence.docDate")}>
          <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} data-testid="evidence-doc-date" />
        </Form.Item>
        <Form.Item name="issuer" label={t("evidence.issuer")}>
          <Input maxLength={300} data-testid="evidence-issuer" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
