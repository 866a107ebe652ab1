// Records the report as issued: its number, the date it was signed, and the signed PDF. From then
// on the dossier carries that file, never a regenerated one.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DatePicker, Form, Input, Modal, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import type { DossierSummary } from "../../../contracts/documents.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { api, isApiError } from "../../lib/api.js";
import { showServerErrors } from "../../lib/forms.js";
import { cycleKeys } from "../cycles/cycles.api.js";
import { DocumentFileField, megabytes, useDocumentFile } from "../cycles/DocumentFileField.js";

interface IssuedForm {
  docNumber: string;
  docDate: Dayjs | null;
}

export function IssuedReportModal({
  cycleId,
  maxBytes,
  onClose,
}: {
  cycleId: string;
  maxBytes: number;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IssuedForm>();
  // The signed report is kept as PDF only (scanned or digitally signed).
  const picked = useDocumentFile(maxBytes, ["pdf"]);
  const [formError, setFormError] = useState<string | null>(null);
  const record = useMutation({
    mutationFn: ({ file, docNumber, docDate }: { file: File; docNumber: string; docDate: string }) => {
      const body = new FormData();
      body.append("docNumber", docNumber);
      body.append("docDate", docDate);
      body.append("file", file, file.name);
      return api.upload<DossierSummary>(
        `/api/cycles/${encodeURIComponent(cycleId)}/documents/issued-report`,
        body,
      );
    },
    onSuccess: (summary) => queryClient.setQueryData([...cycleKeys.one(cycleId), "dossier"], summary),
  });

  const submit = (values: IssuedForm) => {
    setFormError(null);
    const file = picked.require();
    if (!file || !values.docDate) return;
    record.mutate(
      { file, docNumber: values.docNumber.trim(), docDate: values.docDate.format("YYYY-MM-DD") },
      {
        onSuccess: onClose,
        onError: (error) =>
          setFormError(
            isApiError(error)
              ? showServerErrors(form, error, ["docNumber", "docDate", "file"])
              : String(error),
          ),
      },
    );
  };

  return (
    <Modal
      open
      title={t("issued.title")}
      okText={t("issued.submit")}
      cancelText={t("common.cancel")}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "issued-submit" }}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">{t("issued.intro")}</Typography.Paragraph>
      <ErrorAlert error={formError} />
      <Form<IssuedForm> form={form} layout="vertical" onFinish={submit}>
        <DocumentFileField
          picked={picked}
          testId="issued-file"
          pickedTestId="issued-picked"
          hint={t("issued.fileHint", { limit: megabytes(maxBytes) })}
        />
        <Form.Item
          name="docNumber"
          label={t("issued.docNumber")}
          extra={t("issued.docNumberHint")}
          rules={[{ required: true, whitespace: true, message: t("issued.docNumberRequired") }]}
        >
          <Input maxLength={100} data-testid="issued-doc-number" />
        </Form.Item>
        <Form.Item
          name="docDate"
          label={t("issued.docDate")}
          rules={[{ required: true, message: t("issued.docDateRequired") }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} data-testid="issued-doc-date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
