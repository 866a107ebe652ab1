// Sends a filled Excel form back. When the server finds problems nothing is saved and each one is
// listed with its sheet, row and column; the person may then send the same file again to save
// only the valid part, and sees what was left out.
import { InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, Modal, Space, Typography, Upload } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/errors.js";
import { LocatedProblems } from "../../components/LocatedProblems.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { type FormUploadResult, useImportExcelForm } from "./excel-form.api.js";

export function ExcelImportModal({
  cycleId,
  agencyId,
  onClose,
}: {
  cycleId: string;
  agencyId: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [partial, setPartial] = useState<FormUploadResult | null>(null);
  const upload = useImportExcelForm(cycleId, agencyId);
  const error = upload.error;
  const located = isApiError(error) && error.code === "EXCEL_FILE_INVALID" && error.details.length > 0;

  const pick = (picked: File) => {
    upload.reset();
    setPartial(null);
    const ok = picked.name.toLowerCase().endsWith(".xlsx");
    setRefusal(ok ? null : t("excel.wrongType", { name: picked.name }));
    setFile(ok ? picked : null);
    return false; // sent by the buttons below, not by the Upload component
  };

  const send = (keepValid: boolean) => {
    if (!file) return;
    upload.mutate(
      { file, keepValid },
      {
        onSuccess: (result) => {
          if (result.problemCount > 0) return setPartial(result);
          message.success(
            (result.changed > 0
              ? t("excel.saved", { changed: result.changed, unchanged: result.unchanged })
              : t("excel.nothingChanged")) +
              (result.fromFormulas > 0 ? ` ${t("excel.fromFormulas", { count: result.fromFormulas })}` : ""),
          );
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t("excel.importTitle")}
      onCancel={onClose}
      width={900}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose} data-testid="excel-close">
            {t("common.close")}
          </Button>
          {located && (
            <Button onClick={() => send(true)} loading={upload.isPending} data-testid="excel-keep-valid">
              {t("excel.keepValid")}
            </Button>
          )}
          <Button
            type="primary"
            disabled={!file || partial !== null}
            loading={upload.isPending}
            onClick={() => send(false)}
            data-testid="excel-import-submit"
          >
            {t("excel.submit")}
          </Button>
        </Space>
      }
    >
      <Upload.Dragger
        accept=".xlsx"
        multiple={false}
        showUploadList={false}
        beforeUpload={pick}
        data-testid="excel-file"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">
          {file ? <strong data-testid="excel-picked">{file.name}</strong> : t("excel.pick")}
        </p>
        <p className="ant-upload-hint">{t("excel.hint")}</p>
      </Upload.Dragger>
      <div style={{ marginTop: 16 }}>
        {refusal && <Alert type="error" showIcon title={refusal} />}
        {partial && (
          <div data-testid="excel-partial">
            <LocatedProblems
              kind="sheet"
              tone="warning"
              error={{
                message: t("excel.partial", {
                  changed: partial.changed,
                  skipped: partial.skipped,
                  problems: partial.problemCount,
                }),
                details: partial.problems,
                requestId: null,
                status: 200,
              }}
            />
          </div>
        )}
        {located && (
          <>
            <LocatedProblems error={error} kind="sheet" />
            <Typography.Text type="secondary">{t("excel.keepValidHint")}</Typography.Text>
          </>
        )}
        {error && !located && <ErrorAlert error={error} />}
      </div>
    </Modal>
  );
}
