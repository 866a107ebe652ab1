// Imports a framework file (YAML or JSON), read in the browser. A valid file becomes a new
// version (or a new framework); an invalid one is refused with every problem located.
import { App, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { ErrorAlert } from "../../components/errors.js";
import { LocatedProblems } from "../../components/LocatedProblems.js";
import { type PickedFile, TextFilePicker } from "../../components/TextFilePicker.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { useImportFramework } from "./frameworks.api.js";

const maxBytes = 2 * 1024 * 1024;

export function FrameworkImportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [note, setNote] = useState("");
  const [missingFile, setMissingFile] = useState(false);
  const save = useImportFramework();

  const submit = () => {
    if (!file) {
      setMissingFile(true);
      return;
    }
    save.mutate(
      { fileName: file.name, content: file.content, note: note.trim() || undefined },
      {
        onSuccess: (created) => {
          message.success(t("framework.imported", { code: created.code, version: created.version }));
          onClose();
          navigate(`/frameworks/${encodeURIComponent(created.code)}`);
        },
      },
    );
  };

  const error = save.error;
  return (
    <Modal
      open
      title={t("framework.importTitle")}
      okText={t("framework.importSubmit")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      onOk={submit}
      onCancel={onClose}
      width={820}
      destroyOnHidden
      okButtonProps={{ "data-testid": "import-framework-submit" }}
    >
      <Typography.Paragraph type="secondary">{t("framework.importIntro")}</Typography.Paragraph>
      {isApiError(error) && error.details.length > 0 ? (
        <LocatedProblems error={error} kind="file" />
      ) : (
        <ErrorAlert error={error} />
      )}
      <Form layout="vertical">
        <Form.Item
          label={t("framework.file")}
          required
          validateStatus={missingFile && !file ? "error" : undefined}
          help={missingFile && !file ? t("file.required") : undefined}
        >
          <TextFilePicker
            extensions={[".yaml", ".yml", ".json"]}
            maxBytes={maxBytes}
            value={file}
            onChange={(picked) => {
              setFile(picked);
              save.reset();
            }}
          />
        </Form.Item>
        <Form.Item label={t("framework.importNote")} extra={t("framework.importNoteHint")}>
          <Input.TextArea rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
