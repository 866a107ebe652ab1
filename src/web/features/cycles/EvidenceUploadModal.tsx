// Attaches one evidence document with its metadata (số hiệu, ngày, cơ quan ban hành). The
// browser checks the extension and size for a quick answer; the server checks the content.
import { InboxOutlined } from "@ant-design/icons";
import { App, DatePicker, Form, Input, Modal, Upload } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { evidenceExtensions } from "../../../domain/files/file-type.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { formatDecimal } from "../../lib/format.js";
import { showServerErrors } from "../../lib/forms.js";
import { useUploadEvidence } from "./evidence.api.js";

interface UploadForm {
  docNumber?: string;
  docDate?: Dayjs | null;
  issuer?: string;
}

const fields = ["docNumber", "docDate", "issuer", "file"];
const accept = evidenceExtensions.map((e) => `.${e}`).join(",");

export const megabytes = (bytes: number) => `${formatDecimal(bytes / 1024 / 1024, 2)} MB`;

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
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const upload = useUploadEvidence(cycleId, agencyId);

  const pick = (picked: File) => {
    const extension = picked.name.split(".").pop()?.toLowerCase() ?? "";
    setFile(null);
    if (!picked.name.includes(".") || !evidenceExtensions.includes(extension))
      setFileProblem(t("evidence.wrongType", { name: picked.name, types: accept.replaceAll(",", ", ") }));
    else if (picked.size === 0) setFileProblem(t("evidence.empty", { name: picked.name }));
    else if (picked.size > maxBytes)
      setFileProblem(t("evidence.tooLarge", { name: picked.name, limit: megabytes(maxBytes) }));
    else {
      setFileProblem(null);
      setFile(picked);
    }
    return false; // sent with the form, not by the Upload component
  };

  const submit = (values: UploadForm) => {
    setFormError(null);
    if (!file) return setFileProblem(t("evidence.fileRequired"));
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
        <Form.Item
          label={t("evidence.file")}
          required
          validateStatus={fileProblem ? "error" : undefined}
          help={fileProblem ?? undefined}
        >
          <Upload.Dragger
            accept={accept}
            multiple={false}
            showUploadList={false}
            beforeUpload={pick}
            data-testid="evidence-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {file ? <strong data-testid="evidence-picked">{file.name}</strong> : t("evidence.pick")}
            </p>
            <p className="ant-upload-hint">{t("evidence.hint", { limit: megabytes(maxBytes) })}</p>
          </Upload.Dragger>
        </Form.Item>
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
