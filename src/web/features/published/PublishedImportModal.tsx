// Imports published results from a CSV file or an Excel workbook (its first sheet, same header
// row). Every problem is shown with its row and column; a file with problems imports nothing.
// Rows that repeat a year and province are combined, and stored results replaced, only when the
// person says so. A PGI total that is not its sub-indices' sum is imported as published; those
// rows are listed after the import, which stays open until they are read.
import { Alert, App, Button, Checkbox, Form, Modal, Segmented, Table, Typography } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/errors.js";
import { LocatedProblems } from "../../components/LocatedProblems.js";
import { type PickedFile, TextFilePicker } from "../../components/TextFilePicker.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { type ImportPublishedResult, type PublishedKind, useImportPublished } from "./published.api.js";

/** Sent as base64 in a request of at most 8 MB. */
const maxBytes = 5 * 1024 * 1024;

export function PublishedImportModal({
  kind: initialKind,
  onClose,
}: {
  kind: PublishedKind;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [kind, setKind] = useState<PublishedKind>(initialKind);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [combine, setCombine] = useState(false);
  const [replace, setReplace] = useState(false);
  /** An import done with rows flagged: they are shown before the dialog closes. */
  const [flagged, setFlagged] = useState<ImportPublishedResult | null>(null);
  const save = useImportPublished();

  const submit = () => {
    if (!file) return setMissingFile(true);
    save.mutate(
      { kind, fileName: file.name, content: file.content, encoding: "base64", combine, replace },
      {
        onSuccess: ({ warnings, ...counts }) => {
          // Rows flagged are shown in the dialog with the counts; otherwise the counts in a toast.
          if (warnings.length > 0) return setFlagged({ warnings, ...counts });
          message.success(t("published.imported", counts));
          onClose();
        },
      },
    );
  };

  if (flagged) {
    const { warnings, ...counts } = flagged;
    return (
      <Modal
        open
        title={t("published.importTitle")}
        onCancel={onClose}
        width={760}
        footer={
          <Button type="primary" onClick={onClose} data-testid="published-flagged-close">
            {t("common.close")}
          </Button>
        }
        destroyOnHidden
      >
        <Alert type="success" showIcon title={t("published.imported", counts)} style={{ marginBottom: 12 }} />
        <div role="status" data-testid="published-warnings">
          <Alert
            type="warning"
            showIcon
            title={t("published.flagged", { count: warnings.length })}
            style={{ marginBottom: 8 }}
          />
          <Table
            size="small"
            rowKey={(w) => `${w.row}-${w.column}`}
            dataSource={warnings}
            pagination={warnings.length > 10 ? { pageSize: 10, size: "small" } : false}
            columns={[
              { title: t("published.flaggedRow"), dataIndex: "row", width: 70 },
              {
                title: t("published.flaggedColumn"),
                dataIndex: "column",
                width: 110,
                render: (c: string) => <code>{c}</code>,
              },
              { title: t("published.flaggedNote"), dataIndex: "message" },
            ]}
          />
        </div>
      </Modal>
    );
  }

  const error = save.error;
  return (
    <Modal
      open
      title={t("published.importTitle")}
      okText={t("published.importSubmit")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={submit}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`published.importIntro.${kind}`)}</Typography.Paragraph>
      {isApiError(error) && error.details.length > 0 ? (
        <LocatedProblems error={error} kind="csv" />
      ) : (
        <ErrorAlert error={error} />
      )}
      <Form layout="vertical">
        <Form.Item label={t("published.kind")}>
          <Segmented<PublishedKind>
            value={kind}
            onChange={(k) => {
              setKind(k);
              save.reset();
            }}
            options={(["pepi", "pgi"] as const).map((k) => ({ value: k, label: t(`published.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t("published.file")}
          required
          validateStatus={missingFile && !file ? "error" : undefined}
          help={missingFile && !file ? t("file.required") : undefined}
        >
          <TextFilePicker
            extensions={[".csv", ".xlsx"]}
            readAs="base64"
            maxBytes={maxBytes}
            value={file}
            onChange={(picked) => {
              setFile(picked);
              save.reset();
            }}
          />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Checkbox
            checked={combine}
            onChange={(e) => setCombine(e.target.checked)}
            data-testid="published-combine"
          >
            {t("published.combine")}
          </Checkbox>
        </Form.Item>
        <Form.Item>
          <Checkbox
            checked={replace}
            onChange={(e) => setReplace(e.target.checked)}
            data-testid="published-replace"
          >
            {t("published.replace")}
          </Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
