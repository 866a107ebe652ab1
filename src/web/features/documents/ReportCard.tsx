// The self-assessment report to the Ministry: the coordinator edits its wording with the shared
// draft editor; the figures, tables and marks come from the cycle whenever it is downloaded.
import { FilePdfOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button, Card, Typography } from "antd";
import { useT } from "../../i18n/index.js";
import { DraftEditor } from "./DraftEditor.js";
import { documentUrl } from "./documents.api.js";
import { type DraftFieldGroup, issuerHeaderGroup, signatureGroup } from "./draft-fields.js";

export const reportGroups: DraftFieldGroup[] = [
  issuerHeaderGroup,
  {
    title: "documents.group.body",
    fields: [
      { name: "subject", kind: "text", label: "documents.field.subject", rows: 2 },
      { name: "addressees", kind: "list", label: "documents.field.addressees" },
      { name: "introduction", kind: "text", label: "documents.field.introduction", rows: 4 },
      { name: "assessment", kind: "text", label: "documents.field.assessment", rows: 4 },
      { name: "limitations", kind: "text", label: "documents.field.limitations", rows: 4 },
      { name: "proposals", kind: "text", label: "documents.field.proposals", rows: 4 },
      {
        name: "includeRank",
        kind: "check",
        label: "documents.field.includeRank",
        hint: "documents.field.includeRankHint",
      },
    ],
  },
  signatureGroup,
];

export function ReportCard({ cycleId }: { cycleId: string }) {
  const t = useT();
  const downloads = (
    <>
      <Button
        icon={<FileWordOutlined />}
        href={documentUrl(cycleId, "report.docx")}
        data-testid="report-download-docx"
      >
        {t("documents.report.downloadDocx")}
      </Button>
      <Button
        icon={<FilePdfOutlined />}
        href={documentUrl(cycleId, "report.pdf")}
        data-testid="report-download-pdf"
      >
        {t("documents.report.downloadPdf")}
      </Button>
    </>
  );
  return (
    <Card title={t("documents.report.title")} data-testid="report-card">
      <Typography.Paragraph type="secondary">{t("documents.report.intro")}</Typography.Paragraph>
      <DraftEditor cycleId={cycleId} kind="report" groups={reportGroups} actions={downloads} />
    </Card>
  );
}
