// Imports a CSV of published results. Every problem is shown with its row and column; a file
// with problems imports nothing. Rows that repeat a year and province are combined, and stored
// results replaced, only when the person says so.
import { App, Checkbox, Form, Modal, Segmented, Typography } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/errors.js";
import { LocatedProblems } from "../../components/LocatedProblems.js";
import { type PickedFile, TextFilePicker } from "../../components/TextFilePicker.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { type PublishedKind, useImportPublished } from "./published.api.js";

const maxBytes = 2 * 1024 * 1024;

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
  const save = useImportPublished();

  const submit = () => {
    if (!file) return setMissingFile(true);
    save.mutate(
      { kind, fileName: file.name, content: file.content, combine, replace },
      {
        onSuccess: (done) => {
          message.success(t("published.imported", done));
          onClose();
        },
      },
    );
  };

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
            extensions={[".csv"]}
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
