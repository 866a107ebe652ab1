// The request letter to the agencies: its text, edited in the draft editor, and the download
// of the Word file generated from the saved text and the cycle's assignments; beside it the
// internal assignment for the department's own offices, which the letter does not address.
import { DownloadOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button, Card, Typography } from "antd";
import { useT } from "../../i18n/index.js";
import { CheckedDownload } from "./CheckedDownload.js";
import { DraftEditor } from "./DraftEditor.js";
import { documentUrl, useDocumentDraft } from "./documents.api.js";
import { requestLetterGroups } from "./draft-fields.js";

export function RequestLetterCard({ cycleId }: { cycleId: string }) {
  const t = useT();
  const draft = useDocumentDraft(cycleId, "request_letter");
  const fields = (draft.data?.fields ?? {}) as Partial<Record<string, unknown>>;
  const filled = (name: string) => String(fields[name] ?? "").trim() !== "";
  const problems: string[] = [];
  if (draft.data && (!filled("contactName") || !filled("contactPhone")) && !filled("contact"))
    problems.push(t("documents.check.letterContact"));
  if (draft.data && !filled("ministryGuidance")) problems.push(t("documents.check.letterGuidance"));
  return (
    <Card title={t("documents.letter.title")} data-testid="request-letter-card">
      <Typography.Paragraph type="secondary">{t("documents.letter.intro")}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t("documents.letter.internalHint")}</Typography.Paragraph>
      <DraftEditor
        cycleId={cycleId}
        kind="request_letter"
        groups={requestLetterGroups}
        actions={
          <>
            <CheckedDownload
              icon={<DownloadOutlined />}
              href={documentUrl(cycleId, "request-letter.docx")}
              testId="request-letter-download"
              problems={problems}
            >
              {t("documents.letter.download")}
            </CheckedDownload>
            <Button
              icon={<FileWordOutlined />}
              href={documentUrl(cycleId, "internal-assignment.docx")}
              data-testid="internal-assignment-download"
            >
              {t("documents.letter.internal")}
            </Button>
          </>
        }
      />
    </Card>
  );
}
