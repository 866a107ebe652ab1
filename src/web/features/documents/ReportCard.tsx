// The self-assessment report to the Ministry: the coordinator edits its wording with the shared
// draft editor; the figures, tables and marks come from the cycle whenever it is downloaded.
import { FilePdfOutlined, FileWordOutlined } from "@ant-design/icons";
import { Card, Typography } from "antd";
import { useT } from "../../i18n/index.js";
import { CheckedDownload } from "./CheckedDownload.js";
import { DraftEditor } from "./DraftEditor.js";
import { documentUrl, useDocumentDraft } from "./documents.api.js";
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

/** The sections the coordinator writes, as the report names them. */
const writtenSections = ["assessment", "limitations", "proposals"] as const;

export function ReportCard({ cycleId }: { cycleId: string }) {
  const t = useT();
  const draft = useDocumentDraft(cycleId, "report");
  const fields = (draft.data?.fields ?? {}) as Partial<Record<string, unknown>>;
  // Left empty, a section is not printed: said before the report is made, not discovered after.
  const empty = draft.data ? writtenSections.filter((name) => !String(fields[name] ?? "").trim()) : [];
  const problems = empty.length
    ? [
        t("documents.check.reportEmpty", {
          sections: empty.map((s) => `“${t(`documents.section.${s}`)}”`).join(", "),
        }),
      ]
    : [];
  const downloads = (
    <>
      <CheckedDownload
        icon={<FileWordOutlined />}
        href={documentUrl(cycleId, "report.docx")}
        testId="report-download-docx"
        problems={problems}
      >
        {t("documents.report.downloadDocx")}
      </CheckedDownload>
      <CheckedDownload
        icon={<FilePdfOutlined />}
        href={documentUrl(cycleId, "report.pdf")}
        testId="report-download-pdf"
        problems={problems}
      >
        {t("documents.report.downloadPdf")}
      </CheckedDownload>
    </>
  );
  return (
    <Card title={t("documents.report.title")} data-testid="report-card">
      <Typography.Paragraph type="secondary">{t("documents.report.intro")}</Typography.Paragraph>
      <DraftEditor cycleId={cycleId} kind="report" groups={reportGroups} actions={downloads} />
    </Card>
  );
}
