// A plan's synthesis for the provincial chairman on its page: for a chosen reporting period, how
// the agencies' reports stand, the .docx download, the coordinator's wording, and the chairman's
// conclusions on it with the directives given as tasks of the plan. Shown to those who read every
// agency's reports (the coordinator, the leaders, the administrator).
import { EditOutlined, EyeOutlined, FileWordOutlined, SolutionOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Modal, Select, Skeleton, Space, Typography } from "antd";
import { useState } from "react";
import type { PlanDetail } from "../../../contracts/plan-content.js";
import type { SynthesisDraft } from "../../../contracts/plan-synthesis.js";
import { localDay } from "../../../domain/cycle/timeliness.js";
import { capitalizeVi } from "../../../domain/text/format-vi.js";
import { ErrorAlert } from "../../components/errors.js";
import { useT } from "../../i18n/index.js";
import { formatDate, formatNumber } from "../../lib/format.js";
import { useCan } from "../auth/session.js";
import { DraftForm } from "../documents/DraftEditor.js";
import { type DraftFieldGroup, issuerHeaderGroup, signatureGroup } from "../documents/draft-fields.js";
import { ConclusionModal } from "./ConclusionModal.js";
import {
  synthesisUrl,
  usePlanPeriods,
  useResetSynthesis,
  useSaveSynthesis,
  useSynthesisDraft,
} from "./plan-synthesis.api.js";

export const synthesisGroups: DraftFieldGroup[] = [
  issuerHeaderGroup,
  {
    title: "documents.group.body",
    fields: [
      { name: "subject", kind: "text", label: "documents.field.subject", rows: 2, required: true },
      { name: "addressees", kind: "list", label: "documents.field.addressees", required: true },
      { name: "introduction", kind: "text", label: "synthesis.field.introduction", rows: 4 },
      { name: "assessment", kind: "text", label: "synthesis.field.assessment", rows: 3 },
      { name: "proposals", kind: "text", label: "synthesis.field.proposals", rows: 4 },
      {
        name: "proposeCriticism",
        kind: "check",
        label: "synthesis.field.proposeCriticism",
        hint: "synthesis.field.proposeCriticismHint",
      },
    ],
  },
  signatureGroup,
];

function DownloadButton({ planId, periodId }: { planId: string; periodId: string }) {
  const t = useT();
  return (
    <Button
      icon={<FileWordOutlined />}
      href={synthesisUrl(planId, periodId)}
      download
      data-testid="synthesis-download"
    >
      {t("synthesis.download")}
    </Button>
  );
}

function WordingModal({
  planId,
  draft,
  onClose,
  reload,
}: {
  planId: string;
  draft: SynthesisDraft;
  onClose: () => void;
  /** Reads the wording again (someone else saved it meanwhile). */
  reload: () => void;
}) {
  const t = useT();
  const save = useSaveSynthesis(planId, draft.period.id);
  const reset = useResetSynthesis(planId, draft.period.id);
  const closed = draft.period.closedAt !== null;
  return (
    <Modal
      open
      width={900}
      title={t("synthesis.editTitle", { period: draft.period.label })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {closed ? (
        <Alert
          type="info"
          showIcon
          title={<ClosedNote closedAt={draft.period.closedAt!} />}
          style={{ marginBottom: 16 }}
          data-testid="synthesis-closed-editor"
        />
      ) : (
        <Typography.Paragraph type="secondary">{t("synthesis.editIntro")}</Typography.Paragraph>
      )}
      <DraftForm
        key={draft.rowVersion ?? "defaults"}
        groups={synthesisGroups}
        draft={draft}
        // The wording of a closed period is the report as it was closed: read, not edited.
        canEdit={draft.allowedActions.includes("plan.manage") && !closed}
        save={save}
        reset={reset}
        testId="synthesis-editor"
        defaultsText={t("synthesis.usingDefaults")}
        onReload={reload}
        actions={<DownloadButton planId={planId} periodId={draft.period.id} />}
      />
    </Modal>
  );
}

/** A closed period's synthesis stands as of its closing day; its wording is no longer edited. */
function ClosedNote({ closedAt }: { closedAt: string }) {
  const t = useT();
  return <>{t("synthesis.closedNote", { date: formatDate(localDay(new Date(closedAt))) })}</>;
}

/** The period most likely wanted: the last one already due, else the first. */
function defaultPeriod(periods: { id: string; agencyDue: string }[]): string | null {
  const today = localDay(new Date());
  return periods.filter((p) => p.agencyDue <= today).at(-1)?.id ?? periods[0]?.id ?? null;
}

function PeriodSynthesis({
  plan,
  draft,
  reload,
}: {
  plan: PlanDetail;
  draft: SynthesisDraft;
  reload: () => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [concluding, setConcluding] = useState(false);
  const manage = draft.allowedActions.includes("plan.manage");
  const { summary, conclusion } = draft;
  const closed = draft.period.closedAt !== null;
  return (
    <>
      {closed && (
        <Typography.Paragraph type="secondary" data-testid="synthesis-closed">
          <ClosedNote closedAt={draft.period.closedAt!} />
        </Typography.Paragraph>
      )}
      <Typography.Paragraph data-testid="synthesis-summary">
        {t("synthesis.summary", {
          submitted: formatNumber(summary.submitted),
          agencies: formatNumber(summary.agencies),
          accepted: formatNumber(summary.accepted),
          late: formatNumber(summary.late),
          missing: formatNumber(summary.missing),
        })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" data-testid="synthesis-conclusion-state">
        {conclusion
          ? [
              // A notice not yet numbered is named by its date alone.
              conclusion.numberSymbol
                ? t("synthesis.conclusionOf", {
                    author: conclusion.author,
                    number: conclusion.numberSymbol,
                    date: formatDate(conclusion.issuedOn),
                  })
                : t("synthesis.conclusionOfUnnumbered", {
                    author: conclusion.author,
                    date: formatDate(conclusion.issuedOn),
                  }),
              conclusion.section
                ? t("synthesis.conclusionTasks", {
                    count: formatNumber(conclusion.section.tasks.length),
                    section: conclusion.section.number,
                  })
                : "",
            ]
              .filter(Boolean)
              .join(" ")
          : t("synthesis.conclusionNone")}
      </Typography.Paragraph>
      <Space wrap>
        <DownloadButton planId={plan.id} periodId={draft.period.id} />
        {manage && (
          <Button
            icon={closed ? <EyeOutlined /> : <EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="synthesis-edit"
          >
            {t(closed ? "synthesis.view" : "synthesis.edit")}
          </Button>
        )}
        {(manage || conclusion) && (
          <Button
            icon={<SolutionOutlined />}
            onClick={() => setConcluding(true)}
            data-testid="synthesis-conclusion"
          >
            {t("synthesis.conclusion")}
          </Button>
        )}
      </Space>
      {editing && (
        <WordingModal planId={plan.id} draft={draft} onClose={() => setEditing(false)} reload={reload} />
      )}
      {concluding && (
        <ConclusionModal plan={plan} draft={draft} onClose={() => setConcluding(false)} reload={reload} />
      )}
    </>
  );
}

export function SynthesisCard({ plan }: { plan: PlanDetail }) {
  const can = useCan();
  // It speaks of every agency's report and names the late ones: for those who read all reports
  // and who is late (the coordinator, the leaders, the administrator), not an agency's people.
  if (!can("planReport.read") || !can("overdue.read")) return null;
  return <SynthesisOfPeriods plan={plan} />;
}

function SynthesisOfPeriods({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const periods = usePlanPeriods(plan.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const list = periods.data?.periods ?? [];
  const periodId = chosen ?? defaultPeriod(list);
  const draft = useSynthesisDraft(plan.id, periodId);
  return (
    <Card title={t("synthesis.title")} data-testid="synthesis-card">
      <Typography.Paragraph type="secondary">{t("synthesis.intro")}</Typography.Paragraph>
      {periods.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : periods.isError ? (
        <ErrorAlert error={periods.error} />
      ) : list.length === 0 ? (
        <Typography.Text type="secondary">{t("synthesis.noPeriods")}</Typography.Text>
      ) : (
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          <Space wrap>
            <label htmlFor="synthesis-period">{t("synthesis.period")}</label>
            <Select
              id="synthesis-period"
              value={periodId}
              onChange={setChosen}
              style={{ minWidth: 240 }}
              // An option starts a line: "Năm 2025", as the periods' list writes it.
              options={list.map((p) => ({ value: p.id, label: capitalizeVi(p.label) }))}
              data-testid="synthesis-period"
            />
          </Space>
          {draft.isPending ? (
            <Skeleton active paragraph={{ rows: 2 }} />
          ) : draft.isError ? (
            <ErrorAlert error={draft.error} />
          ) : (
            <PeriodSynthesis plan={plan} draft={draft.data} reload={() => void draft.refetch()} />
          )}
        </Space>
      )}
    </Card>
  );
}
