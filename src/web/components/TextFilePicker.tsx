// Picks one file and reads it in the browser (the API takes a file's text, or a binary file's
// base64, inside JSON). Refuses, with a clear message, a file of another type or too large.
import { InboxOutlined } from "@ant-design/icons";
import { Alert, Typography, Upload } from "antd";
import { useState } from "react";
import { useT } from "../i18n/index.js";
import { formatDecimal } from "../lib/format.js";

export interface PickedFile {
  name: string;
  content: string;
}

export function TextFilePicker({
  extensions,
  maxBytes,
  value,
  onChange,
  readAs = "text",
}: {
  /** "base64" for binary files such as .xlsx. */
  readAs?: "text" | "base64";
  /** Lower-case, with the dot: [".yaml", ".yml", ".json"]. */
  extensions: string[];
  maxBytes: number;
  value: PickedFile | null;
  onChange: (file: PickedFile | null) => void;
}) {
  const t = useT();
  const [refusal, setRefusal] = useState<string | null>(null);
  const limit = `${formatDecimal(maxBytes / 1024 / 1024, 1)} MB`;

  const pick = async (file: File) => {
    setRefusal(null);
    const lower = file.name.toLowerCase();
    if (!extensions.some((ext) => lower.endsWith(ext))) {
      setRefusal(t("file.wrongType", { name: file.name, types: extensions.join(", ") }));
      onChange(null);
    } else if (file.size > maxBytes) {
      setRefusal(t("file.tooLarge", { name: file.name, limit }));
      onChange(null);
    } else {
      onChange({ name: file.name, content: readAs === "base64" ? await toBase64(file) : await file.text() });
    }
    return false; // read here; nothing is uploaded by the Upload component itself
  };

  return (
    <>
      <Upload.Dragger
        accept={extensions.join(",")}
        multiple={false}
        showUploadList={false}
        beforeUpload={pick}
        data-testid="file-picker"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">
          {value ? <strong data-testid="picked-file">{value.name}</strong> : t("file.pick")}
        </p>
        <p className="ant-upload-hint">{t("file.hint", { types: extensions.join(", "), limit })}</p>
      </Upload.Dragger>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={refusal}
          style={{ marginTop: 8 }}
          data-testid="file-refused"
        />
      )}
      {value && (
        <Typography.Text type="secondary" style={{ display: "block", marginTop: 4 }}>
          {t("file.size", {
            // Base64 takes four characters for three bytes.
            size: formatDecimal(
              (readAs === "base64" ? (value.content.length * 3) / 4 : value.content.length) / 1024,
              1,
            ),
          })}
        </Typography.Text>
      )}
    </>
  );
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
