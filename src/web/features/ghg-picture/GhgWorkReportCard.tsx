// The department's documents on greenhouse-gas work: the yearly report to the chairman (its words
// edited before it is downloaded as .docx; the figures always come from the register) and the
// province's facility list in the national list's columns, for the update every two years.
import { EditOutlined, FileExcelOutlined, FileWordOutlined } from "@ant-design/icons";
import { Button, Card, Modal, Select, Space, Typography } from "antd";
import { useState } from "react";
import { localDay } from "../../../domain/cycle/timeliness.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { DraftForm } from "../documents/DraftEditor.js";
import { type DraftFieldGroup, issuerHeaderGroup, signatureGroup } from "../documents/draft-fields.js";
import {
  ministryListUrl,
  useResetWorkReport,
  useSaveWorkReport,
  useWorkReportDraft,
  workReportUrl,
} from "./work-report.api.js";

const groups: DraftFieldGroup[] = [
  issuerHeaderGroup,
  {
    title: "documents.group.body",
    fields: [
      { name: "subject", kind: "text", label: "documents.field.subject", rows: 2, required: true },
      { name: "addressees", kind: "list", label: "documents.field.addressees", required: true },
      { name: "introduction", kind: "text", label: "ghgWork.field.introduction", rows: 4 },
      {
        name: "actions",
        kind: "text",
        label: "ghgWork.field.actions",
        hint: "ghgWork.field.actionsHint",
        rows: 6,
      },
      { name: "remaining", kind: "text", label: "ghgWork.field.remaining", rows: 3 },
      { name: "proposals", kind: "text", label: "ghgWork.field.proposals", rows: 3 },
    ],
  },
  signatureGroup,
];

function WordingModal({ year, onClose }: { year: number; onClose: () => void }) {
  const t = useT();
  const draft = useWorkReportDraft(year);
  const save = useSaveWorkReport(year);
  const reset = useResetWorkReport(year);
  return (
    <Modal
      open
      width={900}
      title={t("ghgWork.editTitle", { year })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("ghgWork.editIntro")}</Typography.Paragraph>
      {draft.isError && <ErrorAlert error={draft.error} />}
      {draft.data && (
        <DraftForm
          key={draft.data.rowVersion ?? "defaults"}
          groups={groups}
          draft={draft.data}
          canEdit={draft.data.allowedActions.includes("ghg.manage")}
          save={save}
          reset={reset}
          testId="ghg-work-report-editor"
          defaultsText={t("ghgWork.usingDefaults")}
          onReload={() => void draft.refetch()}
          actions={
            <Button icon={<FileWordOutlined />} href={workReportUrl(year)} download>
              {t("ghgWork.download")}
            </Button>
          }
        />
      )}
    </Modal>
  );
}

export function GhgWorkReportCard({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const thisYear = Number(localDay(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const years = Array.from({ length: thisYear - 2022 + 1 }, (_, i) => thisYear - i);
  return (
    <Card title={t("ghgWork.title")} data-testid="ghg-work-report">
      <Typography.Paragraph type="secondary">{t("ghgWork.intro")}</Typography.Paragraph>
      <Space wrap>
        <Select
          aria-label={t("ghgWork.year")}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: t("ghgWork.yearOption", { year: y }) }))}
          style={{ minWidth: 140 }}
          data-testid="ghg-work-report-year"
        />
        <Button
          icon={<FileWordOutlined />}
          href={workReportUrl(year)}
          download
          data-testid="ghg-work-report-download"
        >
          {t("ghgWork.download")}
        </Button>
        {canEdit && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="ghg-work-report-edit">
            {t("ghgWork.edit")}
          </Button>
        )}
        <Button icon={<FileExcelOutlined />} href={ministryListUrl} download data-testid="ghg-ministry-list">
          {t("ghgWork.ministryList")}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" className="small" style={{ marginTop: 8, marginBottom: 0 }}>
        {t("ghgWork.ministryListNote")}
      </Typography.Paragraph>
      {editing && <WordingModal year={year} onClose={() => setEditing(false)} />}
    </Card>
  );
}
