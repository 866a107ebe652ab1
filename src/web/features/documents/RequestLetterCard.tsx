// The request letter to the agencies: its text, edited in the draft editor, and the download
// of the Word file generated from the saved text and the cycle's assignments.
import { DownloadOutlined } from "@ant-design/icons";
import { Button, Card, Typography } from "antd";
import { useT } from "../../i18n/index.js";
import { DraftEditor } from "./DraftEditor.js";
import { documentUrl } from "./documents.api.js";
import { requestLetterGroups } from "./draft-fields.js";

export function RequestLetterCard({ cycleId }: { cycleId: string }) {
  const t = useT();
  return (
    <Card title={t("documents.letter.title")} data-testid="request-letter-card">
      <Typography.Paragraph type="secondary">{t("documents.letter.intro")}</Typography.Paragraph>
      <DraftEditor
        cycleId={cycleId}
        kind="request_letter"
        groups={requestLetterGroups}
        actions={
          <Button
            icon={<DownloadOutlined />}
            href={documentUrl(cycleId, "request-letter.docx")}
            data-testid="request-letter-download"
          >
            {t("documents.letter.download")}
          </Button>
        }
      />
    </Card>
  );
}
