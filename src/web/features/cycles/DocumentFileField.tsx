// The file of a document being attached (evidence, an agency's letter): picked or dropped, its
// extension and size checked at once for a quick answer; the server checks the content.
import { InboxOutlined } from "@ant-design/icons";
import { Form, Upload } from "antd";
import { useState } from "react";
import { evidenceExtensions } from "../../../domain/files/file-type.js";
import { useT } from "../../i18n/index.js";
import { formatDecimal } from "../../lib/format.js";

export const megabytes = (bytes: number) => `${formatDecimal(bytes / 1024 / 1024, 2)} MB`;

/**
 * The picked file and what is wrong with it; `require()` says so when none was picked.
 * `extensions`: the kinds accepted here (every kind of evidence unless told).
 */
export function useDocumentFile(maxBytes: number, extensions: readonly string[] = evidenceExtensions) {
  const t = useT();
  const accept = extensions.map((e) => `.${e}`).join(",");
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const pick = (picked: File) => {
    const extension = picked.name.split(".").pop()?.toLowerCase() ?? "";
    setFile(null);
    if (!picked.name.includes(".") || !extensions.includes(extension))
      setProblem(t("evidence.wrongType", { name: picked.name, types: accept.replaceAll(",", ", ") }));
    else if (picked.size === 0) setProblem(t("evidence.empty", { name: picked.name }));
    else if (picked.size > maxBytes)
      setProblem(t("evidence.tooLarge", { name: picked.name, limit: megabytes(maxBytes) }));
    else {
      setProblem(null);
      setFile(picked);
    }
    return false; // sent with the form, not by the Upload component
  };
  const require = () => {
    // A file refused when picked keeps its own reason ("… không được nhận"), not "choose a file".
    if (!file && !problem) setProblem(t("evidence.fileRequired"));
    return file;
  };
  return { file, problem, pick, require, maxBytes, accept };
}

export function DocumentFileField({
  picked,
  testId,
  pickedTestId,
  hint,
  required = true,
}: {
  picked: ReturnType<typeof useDocumentFile>;
  /** On the drop zone. */
  testId: string;
  /** On the chosen file's name. */
  pickedTestId: string;
  /** What may be picked, when not every kind of evidence. */
  hint?: string;
  /** Marked required unless the file is an optional addition (a report's documents). */
  required?: boolean;
}) {
  const t = useT();
  return (
    <Form.Item
      label={t("evidence.file")}
      required={required}
      validateStatus={picked.problem ? "error" : undefined}
      help={picked.problem ?? undefined}
    >
      <Upload.Dragger
        accept={picked.accept}
        multiple={false}
        showUploadList={false}
        beforeUpload={picked.pick}
        data-testid={testId}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">
          {picked.file ? <strong data-testid={pickedTestId}>{picked.file.name}</strong> : t("evidence.pick")}
        </p>
        <p className="ant-upload-hint">{hint ?? t("evidence.hint", { limit: megabytes(picked.maxBytes) })}</p>
      </Upload.Dragger>
    </Form.Item>
  );
}
