// The official annex as an Excel sheet: download it prefilled with the values in force, change
// the cells that differ in the official text, and upload it. Changed cells become a new version,
// marked official; a sheet with problems is refused with each one's row and column.
import { DownloadOutlined } from "@ant-design/icons";
import { App, Button, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/errors.js";
import { LocatedProblems } from "../../components/LocatedProblems.js";
import { type PickedFile, TextFilePicker } from "../../components/TextFilePicker.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { useImportAnnex } from "./frameworks.api.js";

const maxBytes = 5 * 1024 * 1024;

export function AnnexModal({
  code,
  mayImport,
  onClose,
}: {
  code: string;
  mayImport: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [note, setNote] = useState("");
  const save = useImportAnnex(code);

  const submit = () => {
    if (!file) return;
    save.mutate(
      { fileName: file.name, contentBase64: file.content, note: note.trim() || undefined },
      {
        onSuccess: (created) => {
          message.success(t("framework.versionCreated", { version: created.version }));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t("annex.title")}
      okText={t("annex.submit")}
      cancelText={t("common.close")}
      okButtonProps={{ disabled: !mayImport || !file, "data-testid": "annex-submit" }}
      confirmLoading={save.isPending}
      onOk={submit}
      onCancel={onClose}
      width={820}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("annex.intro")}</Typography.Paragraph>
      <Button
        icon={<DownloadOutlined />}
        href={`/api/frameworks/${encodeURIComponent(code)}/annex.xlsx`}
        data-testid="annex-download"
        style={{ marginBottom: 16 }}
      >
        {t("annex.download")}
      </Button>
      {isApiError(save.error) && save.error.details.length > 0 ? (
        <LocatedProblems error={save.error} kind="csv" />
      ) : (
        <ErrorAlert error={save.error} />
      )}
      {mayImport && (
        <Form layout="vertical">
          <Form.Item label={t("annex.file")} required>
            <TextFilePicker
              extensions={[".xlsx"]}
              maxBytes={maxBytes}
              readAs="base64"
              value={file}
              onChange={(picked) => {
                setFile(picked);
                save.reset();
              }}
            />
          </Form.Item>
          <Form.Item label={t("framework.importNote")}>
            <Input.TextArea
              rows={2}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
