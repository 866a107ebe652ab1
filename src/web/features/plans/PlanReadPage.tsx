// The coordinator reads an issued plan (its pasted text or its Word file) into a draft, corrects
// it (sections and lettered tasks, part III's own duties among them, the agency PEPI Hub has for
// each name of part III, a 2025 successor proposed to confirm, the lead and supporting agencies
// of each task, the targets read) and saves it into the plan: its sections and tasks replaced,
// its targets kept and those read added, in one request.
import { DeleteOutlined, FileSearchOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Tabs,
  Typography,
} from "antd";
import { useMemo, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import type { PlanDetail } from "../../../contracts/plan-content.js";
import { periodText } from "../../../domain/plans/plan-rules.js";
import { PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { type Translate, useT } from "../../i18n/index.js";
import { ApiError } from "../../lib/api.js";
import { formatDecimal, formatNumber } from "../../lib/format.js";
import { searchIgnoringDiacritics } from "../../lib/forms.js";
import { useAgencies } from "../agencies/agencies.api.js";
import { DocumentFileField, megabytes, useDocumentFile } from "../cycles/DocumentFileField.js";
import {
  chooseAgency,
  contentUpdateOf,
  type DraftAgencyState,
  type DraftIssue,
  type DraftState,
  type DraftTargetState,
  type DraftTaskState,
  draftIssues,
  draftStateOf,
  type TargetNote,
} from "./plan-draft.js";
import { targetInputOf } from "./plan-forms.js";
import { useReadPlan, useSavePlanDraft } from "./plan-reading.api.js";
import { usePlan } from "./plans.api.js";

const maxText = 300_000;

function issueText(t: Translate, issue: DraftIssue): string {
  switch (issue.kind) {
    case "noSections":
      return t("planRead.issue.noSections");
    case "notNumber":
      return t("planRead.issue.notNumber", {
        target: issue.target,
        where:
          issue.year === null
            ? t("planRead.issue.baselineValue")
            : t("planRead.yearValue", { year: issue.year }).toLocaleLowerCase("vi-VN"),
      });
    default:
      return t(
        `planRead.issue.${issue.kind}` as Parameters<Translate>[0],
        issue as unknown as Record<string, string | number>,
      );
  }
}

const isDuty = (ref: { section: string }) => ref.section.startsWith("III.");

/** "a, e mục 1; b mục 2" */
function referencesText(refs: DraftAgencyState["references"], section: (n: string) => string): string {
  const bySection = new Map<string, string[]>();
  for (const r of refs) bySection.set(r.section, [...(bySection.get(r.section) ?? []), r.letter]);
  return [...bySection].map(([s, letters]) => `${letters.join(", ")} ${section(s)}`).join("; ") || "—";
}

const sameAgencyName = (a: string, b: string) =>
  a.toLocaleLowerCase("vi-VN").replace(/\s+/g, " ").trim() ===
  b.toLocaleLowerCase("vi-VN").replace(/\s+/g, " ").trim();

interface AgencyOption {
  value: string;
  label: string;
}

/** What part III gives a name: the tasks of part II it leads or supports, and its own duties. */
function agencyTasksText(t: Translate, a: DraftAgencyState): string {
  // "mục 1", "mục III.1": only the word in lower case, never the numeral.
  const section = (n: string) => {
    const said = t("planRead.section", { number: n });
    return said.charAt(0).toLocaleLowerCase("vi-VN") + said.slice(1);
  };
  const ofPartTwo = a.references.filter((r) => !isDuty(r));
  const duties = a.references.filter(isDuty);
  if (ofPartTwo.length === 0 && duties.length === 0) return t("planRead.agencyNoTasks");
  const parts: string[] = [];
  if (ofPartTwo.length > 0)
    parts.push(
      t("planRead.agencyTasks", {
        lead: referencesText(
          ofPartTwo.filter((r) => r.role === "lead"),
          section,
        ),
        support: referencesText(
          ofPartTwo.filter((r) => r.role === "support"),
          section,
        ),
      }),
    );
  if (duties.length > 0)
    parts.push(t("planRead.agencyDuties", { count: duties.length, section: section(duties[0]!.section) }));
  return parts.join(" ");
}

function AgenciesCard({
  draft,
  options,
  onChoose,
}: {
  draft: DraftState;
  options: AgencyOption[];
  onChoose: (choices: { name: string; id: string | null }[]) => void;
}) {
  const t = useT();
  // Proposals only, not confirmed: taken together at the coordinator's word.
  const pending = draft.agencies.filter(
    (a) => a.proposal && !a.proposal.basis && a.chosen === null && a.references.length > 0,
  );
  return (
    <Card title={t("planRead.agencies")} data-testid="read-agencies">
      <Typography.Paragraph type="secondary">{t("planRead.agenciesHelp")}</Typography.Paragraph>
      {pending.length > 1 && (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <Button
            onClick={() => onChoose(pending.map((a) => ({ name: a.name, id: a.proposal!.id })))}
            data-testid="read-take-proposals"
          >
            {t("planRead.takeProposals", { count: pending.length })}
          </Button>
          <Typography.Text type="secondary" className="small">
            {t("planRead.takeProposalsHelp")}
          </Typography.Text>
        </Flex>
      )}
      <Row gutter={[12, 12]}>
        {draft.agencies.map((a, i) => {
          const proposal = a.proposal;
          const unmatched = !a.matched && !proposal && a.references.length > 0;
          const id = `read-agency-${i}`;
          return (
            <Col key={`${a.number}-${a.name}`} xs={24} lg={12}>
              <div style={{ ...box, height: "100%" }} data-testid="read-agency">
                <Typography.Text strong>{a.name}</Typography.Text>
                <div className="small">{agencyTasksText(t, a)}</div>
                {a.matched && !sameAgencyName(a.matched.name, a.name) && (
                  <div className="small muted">
                    {t("planRead.agencySuccessor", { agency: a.matched.name })}
                  </div>
                )}
                {proposal && (
                  <Alert
                    type={proposal.basis || a.chosen === proposal.id ? "info" : "warning"}
                    showIcon
                    data-testid="read-agency-proposal"
                    style={{ marginTop: 6, padding: "4px 10px" }}
                    title={
                      <span style={{ fontSize: 14 }}>
                        {t("planRead.proposal", { agency: proposal.name })}
                      </span>
                    }
                    description={
                      <>
                        <div className="small">
                          {proposal.basis
                            ? t("planRead.proposalConfirmed", { basis: proposal.basis })
                            : t("planRead.proposalUnconfirmed")}
                        </div>
                        {a.chosen !== proposal.id && a.references.length > 0 && (
                          <Button
                            size="small"
                            style={{ marginTop: 4 }}
                            onClick={() => onChoose([{ name: a.name, id: proposal.id }])}
                          >
                            {t("planRead.takeProposal", { agency: proposal.name })}
                          </Button>
                        )}
                      </>
                    }
                  />
                )}
                {unmatched && (
                  <Alert
                    type="warning"
                    showIcon
                    data-testid="read-agency-unmatched"
                    style={{ marginTop: 6, padding: "4px 10px" }}
                    title={t("planRead.agencyUnmatched", { name: a.name })}
                  />
                )}
                {a.references.length > 0 && (
                  <Form.Item
                    label={t("planRead.agencyGiven")}
                    htmlFor={id}
                    style={{ margin: "4px 0 0" }}
                    validateStatus={!a.matched && !a.chosen ? "warning" : undefined}
                  >
                    <Select
                      id={id}
                      aria-label={t("planRead.agencyFor", { name: a.name })}
                      allowClear
                      showSearch={searchIgnoringDiacritics}
                      placeholder={t("planRead.agencyNone")}
                      options={options}
                      value={a.chosen ?? undefined}
                      onChange={(value?: string) => onChoose([{ name: a.name, id: value ?? null }])}
                      style={{ width: "100%" }}
                    />
                  </Form.Item>
                )}
              </div>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}

function TaskEditor({
  section,
  task,
  options,
  onChange,
  onRemove,
}: {
  section: string;
  task: DraftTaskState;
  options: AgencyOption[];
  onChange: (task: DraftTaskState) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const at = { letter: task.letter || "?", section };
  const id = `read-${task.key}`;
  const noLead = task.lead.length === 0;
  return (
    <div style={box} data-testid="read-task" data-place={`${section}${task.letter}`}>
      <Flex gap={8} align="start">
        <Form.Item label={t("planTask.letter")} htmlFor={`${id}-letter`} style={{ marginBottom: 8 }}>
          <Input
            id={`${id}-letter`}
            aria-label={t("planRead.letterOf", at)}
            value={task.letter}
            maxLength={2}
            style={{ width: 56 }}
            onChange={(e) => onChange({ ...task, letter: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t("planTask.body")} htmlFor={`${id}-body`} style={{ flex: 1, marginBottom: 8 }}>
          <Input.TextArea
            id={`${id}-body`}
            aria-label={t("planRead.bodyOf", at)}
            value={task.body}
            autoSize={{ minRows: 2, maxRows: 10 }}
            maxLength={4000}
            onChange={(e) => onChange({ ...task, body: e.target.value })}
          />
        </Form.Item>
      </Flex>
      <Row gutter={[12, 0]}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t("planTask.lead")}
            htmlFor={`${id}-lead`}
            validateStatus={noLead ? "error" : undefined}
            help={noLead ? t("planRead.noLeadHere") : undefined}
            style={{ marginBottom: 8 }}
          >
            <Select
              id={`${id}-lead`}
              aria-label={t("planRead.leadOf", at)}
              mode="multiple"
              showSearch={searchIgnoringDiacritics}
              options={options}
              value={task.lead}
              onChange={(lead: string[]) =>
                onChange({ ...task, lead, support: task.support.filter((x) => !lead.includes(x)) })
              }
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t("planTask.supporting")} htmlFor={`${id}-support`} style={{ marginBottom: 8 }}>
            <Select
              id={`${id}-support`}
              aria-label={t("planRead.supportOf", at)}
              mode="multiple"
              showSearch={searchIgnoringDiacritics}
              options={options.filter((o) => !task.lead.includes(o.value))}
              value={task.support}
              onChange={(support: string[]) => onChange({ ...task, support })}
            />
          </Form.Item>
        </Col>
      </Row>
      <Button size="small" icon={<DeleteOutlined />} onClick={onRemove}>
        {t("planRead.removeTask", at)}
      </Button>
    </div>
  );
}

function SectionsCard({
  draft,
  options,
  onChange,
}: {
  draft: DraftState;
  options: AgencyOption[];
  onChange: (sections: DraftState["sections"]) => void;
}) {
  const t = useT();
  const sections = draft.sections;
  const replaceSection = (i: number, next: DraftState["sections"][number] | null) =>
    onChange(next ? sections.map((s, j) => (j === i ? next : s)) : sections.filter((_, j) => j !== i));
  return (
    <Card title={t("planRead.sections")} data-testid="read-sections">
      <Typography.Paragraph type="secondary">{t("planRead.sectionsHelp")}</Typography.Paragraph>
      <Space direction="vertical" size="large" style={{ width: "100%" }}>
        {sections.map((s, i) => (
          <section
            key={s.key}
            className="read-section"
            data-testid="read-section"
            aria-labelledby={`${s.key}-h`}
          >
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Title level={4} id={`${s.key}-h`} style={{ margin: 0 }}>
                {t("planRead.section", { number: s.number })}
              </Typography.Title>
              <Button size="small" icon={<DeleteOutlined />} onClick={() => replaceSection(i, null)}>
                {t("planRead.removeSection", { number: s.number })}
              </Button>
            </Flex>
            <Form.Item
              label={t("planRead.sectionTitle", { number: s.number })}
              htmlFor={`read-${s.key}-title`}
            >
              <Input.TextArea
                id={`read-${s.key}-title`}
                value={s.title}
                autoSize
                maxLength={500}
                onChange={(e) => replaceSection(i, { ...s, title: e.target.value })}
              />
            </Form.Item>
            {s.tasks.length === 0 && (
              <Typography.Text type="secondary">{t("planRead.noTasks")}</Typography.Text>
            )}
            <Flex vertical gap={12}>
              {s.tasks.map((task, j) => (
                <TaskEditor
                  key={task.key}
                  section={s.number}
                  task={task}
                  options={options}
                  onChange={(next) =>
                    replaceSection(i, { ...s, tasks: s.tasks.map((x, k) => (k === j ? next : x)) })
                  }
                  onRemove={() => replaceSection(i, { ...s, tasks: s.tasks.filter((_, k) => k !== j) })}
                />
              ))}
            </Flex>
          </section>
        ))}
      </Space>
    </Card>
  );
}

function noteText(t: Translate, note: TargetNote, period: string): string {
  const at = { year: note.year, value: formatDecimal(note.value, 3), period };
  if (note.kind === "toBaseline") return t("planRead.note.toBaseline", at);
  return t(note.after ? "planRead.note.droppedAfter" : "planRead.note.droppedBefore", at);
}

function TargetEditor({
  target,
  number,
  period,
  onChange,
}: {
  target: DraftTargetState;
  number: number;
  /** The plan's years, as the notes say them. */
  period: string;
  onChange: (target: DraftTargetState) => void;
}) {
  const t = useT();
  const id = `read-${target.key}`;
  const set = (change: Partial<DraftTargetState>) => onChange({ ...target, ...change });
  const own = target.measure === "own";
  const from =
    target.part === "I"
      ? t(target.letter ? "planRead.targetFromObjective" : "planRead.targetFromObjectives", {
          letter: target.letter,
          section: target.section,
        })
      : t("planRead.targetFrom", { letter: target.letter, section: target.section });
  return (
    <fieldset style={{ ...box, margin: 0 }} data-testid="read-target">
      <legend
        style={{ width: "auto", border: 0, margin: 0, padding: "0 4px", fontSize: 14, fontWeight: 600 }}
      >
        {t("planRead.targetOf", { number })}
        <span className="muted small">
          {" · "}
          {from}
        </span>
      </legend>
      {!own && (
        <div style={{ marginBottom: 6 }} data-testid="read-target-measure">
          <span className="muted">{t("planRead.measuredBy")}</span> <strong>{target.name}</strong>
          {target.unit ? ` (${target.unit})` : ""}
        </div>
      )}
      <Checkbox checked={target.keep} onChange={(e) => set({ keep: e.target.checked })}>
        {t("planRead.keep")}
      </Checkbox>
      {target.known && (
        <div className="small muted" style={{ marginTop: 4 }}>
          {t(own ? "planRead.known" : "planRead.knownMeasure")}
        </div>
      )}
      {target.keep && (
        <div style={{ marginTop: 8 }}>
          {own && (
            <>
              <Form.Item label={t("planTarget.name")} htmlFor={`${id}-name`} style={{ marginBottom: 8 }}>
                <Input.TextArea
                  id={`${id}-name`}
                  value={target.name}
                  autoSize
                  maxLength={300}
                  onChange={(e) => set({ name: e.target.value })}
                />
              </Form.Item>
              <Flex gap={16} wrap>
                <Form.Item label={t("planTarget.unit")} htmlFor={`${id}-unit`} style={{ marginBottom: 8 }}>
                  <Input
                    id={`${id}-unit`}
                    value={target.unit}
                    maxLength={40}
                    style={{ width: 120 }}
                    onChange={(e) => set({ unit: e.target.value })}
                  />
                </Form.Item>
                <Form.Item label={t("planTarget.direction")} style={{ marginBottom: 8 }}>
                  <Radio.Group
                    aria-label={t("planTarget.direction")}
                    value={target.direction}
                    onChange={(e) => set({ direction: e.target.value })}
                    options={[
                      { value: "up", label: t("planTarget.direction.up") },
                      { value: "down", label: t("planTarget.direction.down") },
                    ]}
                  />
                </Form.Item>
              </Flex>
            </>
          )}
          <Flex gap={16} wrap>
            <Form.Item
              label={t("planTarget.baselineYear")}
              htmlFor={`${id}-baseline-year`}
              required
              validateStatus={target.baselineYear === null ? "warning" : undefined}
              style={{ marginBottom: 8 }}
            >
              <InputNumber
                id={`${id}-baseline-year`}
                min={2000}
                max={2100}
                value={target.baselineYear}
                onChange={(value) =>
                  set({ baselineYear: typeof value === "number" ? value : null, baselineSource: null })
                }
                style={{ width: 120 }}
              />
            </Form.Item>
            <Form.Item
              label={t("planTarget.baselineValue")}
              htmlFor={`${id}-baseline-value`}
              style={{ marginBottom: 8 }}
              extra={target.baselineSource ?? undefined}
            >
              <Input
                id={`${id}-baseline-value`}
                inputMode="decimal"
                value={target.baselineValue}
                style={{ width: 140 }}
                onChange={(e) => set({ baselineValue: e.target.value, baselineSource: null })}
              />
            </Form.Item>
          </Flex>
          <Flex gap={16} wrap>
            {target.yearly.map((y, i) => (
              <Form.Item
                key={y.year}
                label={t("planRead.yearValue", { year: y.year })}
                htmlFor={`${id}-y${y.year}`}
                style={{ marginBottom: 8 }}
              >
                <Input
                  id={`${id}-y${y.year}`}
                  inputMode="decimal"
                  value={y.value}
                  style={{ width: 120 }}
                  onChange={(e) =>
                    set({
                      yearly: target.yearly.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)),
                    })
                  }
                />
              </Form.Item>
            ))}
          </Flex>
          <div className="small muted">{t("planRead.yearValueHelp")}</div>
          {target.notes.length > 0 && (
            <ul
              className="small"
              style={{ margin: "6px 0 0", paddingLeft: 20 }}
              data-testid="read-target-notes"
            >
              {target.notes.map((note) => (
                <li key={`${note.kind}-${note.year}`}>{noteText(t, note, period)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}

/** What a refusal says: each problem by its place, or the message when it names none. */
function problemsOf(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : String(error)];
  return error.details.length ? error.details.map((d) => d.message) : [error.message];
}

function ProblemList({ lines }: { lines: string[] }) {
  return (
    <ul style={{ margin: "4px 0", paddingLeft: 20 }}>
      {lines.map((line, i) => (
        // Two tasks may say the same thing (a letter written twice).
        // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/** Each thing to correct, a button that takes the reader to its field. */
function IssueList({ issues }: { issues: DraftIssue[] }) {
  const t = useT();
  const focus = (id: string) => {
    const field = document.getElementById(`read-${id}`);
    field?.scrollIntoView({ block: "center" });
    field?.focus({ preventScroll: true });
  };
  return (
    <ul style={{ margin: "4px 0", paddingLeft: 20 }}>
      {issues.map((issue, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: two issues may read the same
        <li key={i}>
          {issue.focus ? (
            <Button
              type="link"
              onClick={() => focus(issue.focus!)}
              style={{ padding: 0, height: "auto", whiteSpace: "normal", textAlign: "left" }}
            >
              {issueText(t, issue)}
            </Button>
          ) : (
            issueText(t, issue)
          )}
        </li>
      ))}
    </ul>
  );
}

const box = { border: "1px solid #d9d9d9", borderRadius: 8, padding: 12 } as const;

export default function PlanReadPage() {
  const t = useT();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const plan = usePlan(id);
  const agencies = useAgencies();
  const read = useReadPlan();
  const save = useSavePlanDraft(id);
  const [tab, setTab] = useState<"paste" | "file">("paste");
  const [text, setText] = useState("");
  const [textProblem, setTextProblem] = useState<string | null>(null);
  const picked = useDocumentFile(plan.data?.documentMaxBytes ?? 0, ["docx"]);
  const [draft, setDraft] = useState<DraftState | null>(null);
  const [counts, setCounts] = useState<{
    sections: number;
    tasks: number;
    agencies: number;
    duties: number;
    targets: number;
  }>();
  const [saveError, setSaveError] = useState<unknown>(null);
  const issuesRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const active = useMemo(() => (agencies.data ?? []).filter((a) => a.active), [agencies.data]);
  const options = useMemo(() => active.map((a) => ({ value: a.id, label: a.name })), [active]);

  if (plan.isPending || agencies.isPending) return <FullPageSpin />;
  if (plan.isError) return <PageError error={plan.error} onRetry={() => void plan.refetch()} />;
  if (agencies.isError) return <PageError error={agencies.error} onRetry={() => void agencies.refetch()} />;
  const p: PlanDetail = plan.data;
  const issues = draft ? draftIssues(draft, p) : [];
  const existingTasks = p.sections.reduce((n, s) => n + s.tasks.length, 0);

  const startReading = () => {
    let source: { text: string } | { file: File };
    if (tab === "paste") {
      if (!text.trim()) return setTextProblem(t("planRead.pasteRequired"));
      if (text.length > maxText) return setTextProblem(t("planRead.pasteTooLong"));
      setTextProblem(null);
      source = { text };
    } else {
      const file = picked.require();
      if (!file) return;
      source = { file };
    }
    const go = () =>
      read.mutate(source, {
        onSuccess: (result) => {
          setSaveError(null);
          setDraft(draftStateOf(result, p, new Set(active.map((a) => a.id))));
          setCounts({
            sections: result.sections.length,
            tasks: result.sections.reduce((n, s) => n + s.tasks.length, 0),
            agencies: result.agencies.length,
            duties: result.agencies.reduce((n, a) => n + a.duties.length, 0),
            targets: result.targets.length,
          });
          requestAnimationFrame(() => summaryRef.current?.focus());
        },
      });
    if (draft)
      modal.confirm({
        title: t("planRead.replaceDraft"),
        okText: t("planRead.readAgain"),
        cancelText: t("common.cancel"),
        onOk: go,
      });
    else go();
  };

  const saveDraft = () => {
    if (!draft) return;
    if (issues.length > 0) {
      issuesRef.current?.scrollIntoView({ block: "center" });
      issuesRef.current?.focus();
      return;
    }
    const body = contentUpdateOf(draft, p, p.targets.map(targetInputOf));
    const newTasks = body.sections.reduce((n, s) => n + s.tasks.length, 0);
    const kept = draft.targets.filter((x) => x.keep).length;
    const run = () =>
      save
        .mutateAsync(body)
        .then(() => {
          void message.success(
            t("planRead.saved", { sections: body.sections.length, tasks: newTasks, targets: kept }),
          );
          navigate(`/plans/${p.id}`);
          // The plan from its top, not where the long draft was left.
          window.scrollTo({ top: 0 });
        })
        .catch((error: unknown) => {
          setSaveError(error);
          // Changed by someone else meanwhile: the plan as it now is, so saving again replaces that.
          if (error instanceof ApiError && error.code === "STALE_UPDATE") void plan.refetch();
          requestAnimationFrame(() => issuesRef.current?.focus());
        });
    setSaveError(null);
    if (p.sections.length > 0)
      modal.confirm({
        title: t("planRead.confirmTitle"),
        content: t("planRead.confirmText", {
          tasks: formatNumber(existingTasks),
          sections: formatNumber(p.sections.length),
          newTasks: formatNumber(newTasks),
          newSections: formatNumber(body.sections.length),
        }),
        okText: t("planRead.confirmOk"),
        okButtonProps: { danger: true, ...{ "data-testid": "read-confirm-replace" } },
        cancelText: t("common.cancel"),
        onOk: run,
      });
    else void run();
  };

  return (
    <>
      <Breadcrumb
        items={[
          { title: <Link to="/plans">{t("plan.pageTitle")}</Link> },
          { title: <Link to={`/plans/${p.id}`}>{p.numberSymbol ?? p.title}</Link> },
          { title: t("planRead.title") },
        ]}
        style={{ marginBottom: 8 }}
      />
      <PageHeader title={t("planRead.title")}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
          {p.title}
        </Typography.Paragraph>
      </PageHeader>
      <Form layout="vertical" component="div">
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Card title={t("planRead.source")}>
            <Typography.Paragraph>{t("planRead.intro")}</Typography.Paragraph>
            <Tabs
              activeKey={tab}
              onChange={(key) => setTab(key as "paste" | "file")}
              items={[
                {
                  key: "paste",
                  label: t("planRead.paste"),
                  children: (
                    <Form.Item
                      label={t("planRead.pasteLabel")}
                      htmlFor="read-text"
                      validateStatus={textProblem ? "error" : undefined}
                      help={textProblem ?? undefined}
                    >
                      <Input.TextArea
                        id="read-text"
                        data-testid="read-text"
                        value={text}
                        rows={10}
                        placeholder={t("planRead.pastePlaceholder")}
                        onChange={(e) => setText(e.target.value)}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: "file",
                  label: t("planRead.file"),
                  children: (
                    <DocumentFileField
                      picked={picked}
                      testId="read-file"
                      pickedTestId="read-file-picked"
                      hint={t("planRead.fileHint", { limit: megabytes(p.documentMaxBytes) })}
                    />
                  ),
                },
              ]}
            />
            {read.error && (
              <Alert
                type="error"
                showIcon
                role="alert"
                data-testid="read-error"
                style={{ marginBottom: 16 }}
                title={problemsOf(read.error).join(" ")}
              />
            )}
            <Button
              type={draft ? "default" : "primary"}
              icon={<FileSearchOutlined />}
              loading={read.isPending}
              onClick={startReading}
              data-testid="read-start"
            >
              {draft ? t("planRead.readAgain") : t("planRead.read")}
            </Button>
          </Card>

          {draft && counts && (
            <>
              <div ref={summaryRef} tabIndex={-1} data-testid="read-summary" style={{ outline: "none" }}>
                <Alert
                  type="info"
                  showIcon
                  title={t("planRead.summary", {
                    sections: formatNumber(counts.sections),
                    tasks: formatNumber(counts.tasks),
                    agencies: formatNumber(counts.agencies),
                    duties: formatNumber(counts.duties),
                    targets: formatNumber(counts.targets),
                  })}
                />
              </div>
              {draft.problems.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="read-problems"
                  title={t("planRead.problems")}
                  description={
                    <>
                      <ProblemList lines={draft.problems} />
                      {t("planRead.problemsHelp")}
                    </>
                  }
                />
              )}
              {draft.agencies.length > 0 && (
                <AgenciesCard
                  draft={draft}
                  options={options}
                  onChoose={(choices) =>
                    setDraft(choices.reduce((state, c) => chooseAgency(state, c.name, c.id), draft))
                  }
                />
              )}
              {draft.sections.length > 0 && (
                <SectionsCard
                  draft={draft}
                  options={options}
                  onChange={(sections) => setDraft({ ...draft, sections })}
                />
              )}
              <Card title={t("planRead.targets")} data-testid="read-targets">
                {draft.targets.length === 0 ? (
                  <Typography.Text type="secondary">{t("planRead.noTargets")}</Typography.Text>
                ) : (
                  <>
                    <Typography.Paragraph type="secondary">{t("planRead.targetsHelp")}</Typography.Paragraph>
                    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
                      {draft.targets.map((target, i) => (
                        <TargetEditor
                          key={target.key}
                          target={target}
                          number={i + 1}
                          period={periodText(p)}
                          onChange={(next) =>
                            setDraft({ ...draft, targets: draft.targets.map((x, j) => (j === i ? next : x)) })
                          }
                        />
                      ))}
                    </Space>
                  </>
                )}
              </Card>
              <Card>
                <Space direction="vertical" size="middle" style={{ width: "100%" }}>
                  <Alert
                    type={p.sections.length > 0 ? "warning" : "info"}
                    showIcon
                    data-testid="read-save-effect"
                    title={
                      p.sections.length > 0 || p.targets.length > 0
                        ? t("planRead.saveReplaces", {
                            sections: formatNumber(p.sections.length),
                            tasks: formatNumber(existingTasks),
                            targets: formatNumber(p.targets.length),
                          })
                        : t("planRead.saveAdds")
                    }
                  />
                  <div ref={issuesRef} tabIndex={-1} style={{ outline: "none" }}>
                    {issues.length > 0 && (
                      <Alert
                        type="warning"
                        showIcon
                        data-testid="read-issues"
                        title={t("planRead.mustFix", { count: formatNumber(issues.length) })}
                        description={<IssueList issues={issues} />}
                      />
                    )}
                    {saveError != null && (
                      <Alert
                        type="error"
                        showIcon
                        role="alert"
                        data-testid="read-save-error"
                        style={{ marginTop: issues.length ? 12 : 0 }}
                        title={saveError instanceof Error ? saveError.message : String(saveError)}
                        description={
                          saveError instanceof ApiError && saveError.details.length > 0 ? (
                            <ProblemList lines={problemsOf(saveError)} />
                          ) : undefined
                        }
                      />
                    )}
                  </div>
                  <Button
                    type="primary"
                    size="large"
                    loading={save.isPending}
                    onClick={saveDraft}
                    data-testid="read-save"
                  >
                    {t("planRead.save")}
                  </Button>
                </Space>
              </Card>
            </>
          )}
        </Space>
      </Form>
    </>
  );
}
