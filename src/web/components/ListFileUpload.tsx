// The upload of a plain list (.csv or .xlsx: the communes, the accounts): what the server refused,
// row by row, above the box the file is dropped in. The file goes as soon as it is chosen.
import { InboxOutlined } from "@ant-design/icons";
import { Upload } from "antd";
import { useT } from "../i18n/index.js";
import { isApiError } from "../lib/api.js";
import { ErrorAlert } from "./errors.js";
import { LocatedProblems } from "./LocatedProblems.js";

interface ListFileUploadProps {
  /** The last upload's error, if it failed. */
  error: unknown;
  pending: boolean;
  onFile: (file: File) => void;
  /** What to drop, e.g. "Kéo tệp danh sách vào đây hoặc bấm để chọn". */
  pickText: string;
  testId: string;
}

export function ListFileUpload({ error, pending, onFile, pickText, testId }: ListFileUploadProps) {
  const t = useT();
  return (
    <>
      {isApiError(error) && error.details.length > 0 ? (
        <LocatedProblems error={error} kind="rows" />
      ) : (
        <ErrorAlert error={error} />
      )}
      <Upload.Dragger
        accept=".csv,.xlsx"
        multiple={false}
        showUploadList={false}
        disabled={pending}
        beforeUpload={(file) => {
          onFile(file);
          return false; // sent by the caller, not by the Upload component
        }}
        data-testid={testId}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{pickText}</p>
        <p className="ant-upload-hint">{t("setup.communes.hint")}</p>
      </Upload.Dragger>
    </>
  );
}
