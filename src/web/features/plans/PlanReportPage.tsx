// One agency's progress report of a plan's period: task by task how each task it leads stands and
// what was done (with what the supporting agencies sent), its input to the tasks it supports,
// the figures of the plan's own measures, difficulties, proposals and documents. The agency
// writes, signs off where it has a head's sign-off, and sends; the department returns or accepts.
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
} from "antd";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useParams } from "react-router-dom";
import {
  type PlanReport,
  type ReportCommand,
  type TaskProgressStatus,
  taskProgressStatuses,
} from "../../../contracts/plan-reports.js";
import { capitalizeVi } from "../../../domain/text/format-vi.js";
import { errorWithDetails, PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/index.js";
import { isApiError } from "../../lib/api.js";
import { decimalText, readDecimal } from "../../lib/decimal.js";
import { formatDate, formatDateTime, formatDecimal } from "../../lib/format.js";
import { SubmissionStatusTag, TimelinessTag } from "../cycles/CycleTags.js";
import { DocumentFileField, megabytes, useDocumentFile } from "../cycles/DocumentFileField.js";
import {
  reportFileUrl,
  useAddReportFile,
  usePlanReport,
  useRemoveReportFile,
  useReportCommand,
  useSaveReport,
} from "./plan-reports.api.js";
import { progressColour } from "./progress-colours.js";

interface Draft {
  items: Record<string, { status: TaskProgressStatus | null; progress: string }>;
  figures: Record<string, string>;
  difficulties: string;
  proposals: string;
  amendmentReason: string;
}

const draftOf = (r: PlanReport): Draft => ({
  items: Object.fromEntries(
    r.items.map((i) => [i.task.id, { status: i.status, progress: i.progress ?? "" }]),
  ),
  figures: Object.fromEntries(r.figures.map((f) => [f.targetId, decimalText(f.value)])),
  difficulties: r.difficulties ?? "",
  proposals: r.proposals ?? "",
  amendmentReason: "",
});

/** The problems the server named, by place ("item:<task id>", "figure:<target id>", a field). */
type Problems = { message: string; byField: Map<string, string[]> } | null;

function problemsOf(error: unknown): Problems {
  if (!isApiError(error)) return { message: String(error), byField: new Map() };
  const byField = new Map<string, string[]>();
  for (const d of error.details) byField.set(d.field, [...(byField.get(d.field) ?? []), d.message]);
  return { message: error.message, byField };
}

export default function PlanReportPage() {
  const t = useT();
  const { message } = App.useApp();
  const { id = "", periodId = "", agencyId = "" } = useParams();
  const report = usePlanReport(id, periodId, agencyId);
  const save = useSaveReport(id, periodId, agencyId);
  const command = useReportCommand(id, periodId, agencyId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problems, setProblems] = useState<Problems>(null);
  const [returning, setReturning] = useState(false);
  const r = report.data;
  // The report the draft was started from: a new copy of the report (a document attached, a
  // save, a command) replaces the draft only where nothing typed would be lost.
  const base = useRef<PlanReport | null>(null);
  useEffect(() => {
    if (!r) return;
    setDraft((current) => {
      const untouched =
        !current || !base.current || JSON.stringify(current) === JSON.stringify(draftOf(base.current));
      base.current = r;
      return untouched ? draftOf(r) : current;
    });
  }, [r]);
  const dirty = useMemo(
    () =>
      r && draft ? JSON.stringify({ ...draft, amendmentReason: "" }) !== JSON.stringify(draftOf(r)) : false,
    [r, draft],
  );
  if (report.isPending || (r && !draft)) return <FullPageSpin />;
  if (report.isError) return <PageError error={report.error} onRetry={() => void report.refetch()} />;
  if (!r || !draft) return null;

  const can = (action: string) => r.allowedActions.includes(action);
  const editable = can("edit") || can("amend");
  const fail = (e: unknown) => {
    setProblems(problemsOf(e));
    // The refusal is said at the top of a long page: bring it into view.
    requestAnimationFrame(() =>
      document.querySelector("[data-testid=report-problems]")?.scrollIntoView({ block: "center" }),
    );
  };
  const saveDraft = () => {
    const figures = r.figures.map((f) => ({
      targetId: f.targetId,
      value: readDecimal(draft.figures[f.targetId]),
    }));
    const wrong = r.figures.filter((_, i) => figures[i]!.value === undefined);
    if (wrong.length > 0) {
      setProblems({
        message: t("planReport.problems"),
        byField: new Map(
          wrong.map((f) => [
            `figure:${f.targetId}`,
            [t("validation.notNumber", { text: draft.figures[f.targetId] ?? "" })],
          ]),
        ),
      });
      return;
    }
    setProblems(null);
    save.mutate(
      {
        expectedRowVersion: r.rowVersion,
        items: r.items.map((i) => ({
          taskId: i.task.id,
          status: i.role === "lead" ? (draft.items[i.task.id]?.status ?? null) : null,
          progress: draft.items[i.task.id]?.progress ?? null,
        })),
        figures: figures.map((f) => ({ targetId: f.targetId, value: f.value ?? null })),
        difficulties: draft.difficulties,
        proposals: draft.proposals,
        amendmentReason: can("amend") ? draft.amendmentReason : null,
      },
      {
        onSuccess: (saved) => {
          // The saved report replaces the draft: the server trims what was typed, and a draft
          // kept as typed would read as unsaved and hold back the sending.
          base.current = saved;
          setDraft(draftOf(saved));
          void message.success(t("planReport.saved"));
        },
        onError: fail,
      },
    );
  };
  const run = (name: ReportCommand, reason?: string) => {
    setProblems(null);
    return command.mutateAsync({ command: name, expectedRowVersion: r.rowVersion, reason }).catch((e) => {
      fail(e);
      throw e;
    });
  };
  const fieldProblems = (field: string) => problems?.byField.get(field) ?? [];
  const setItem = (taskId: string, change: Partial<Draft["items"][string]>) => {
    setDraft((d) => d && { ...d, items: { ...d.items, [taskId]: { ...d.items[taskId]!, ...change } } });
    // A box the person has just corrected no longer shows the refusal it had.
    for (const key of Object.keys(change)) {
      const field = `item:${taskId}:${key}`;
      setProblems((p) => {
        if (!p?.byField.has(field)) return p;
        const byField = new Map(p.byField);
        byField.delete(field);
        return { ...p, byField };
      });
    }
  };

  return (
    <>
      <Breadcrumb
        items={[
          { title: <Link to="/plans">{t("plan.pageTitle")}</Link> },
          { title: <Link to={`/plans/${r.plan.id}`}>{r.plan.numberSymbol ?? r.plan.title}</Link> },
          { title: capitalizeVi(r.period.label) },
        ]}
        style={{ marginBottom: 8 }}
      />
      <PageHeader title={t("planReport.pageTitle", { period: r.period.label, agency: r.agency.name })} />
      <Space direction="vertical" size="large" style={{ width: "100%" }}>
        <Space wrap>
          {r.status ? (
            <SubmissionStatusTag status={r.status} testId="report-status" />
          ) : (
            <Tag data-testid="report-status">{t("planReports.notStarted")}</Tag>
          )}
          <TimelinessTag timeliness={r.timeliness} days={r.daysOverdue} />
          {r.agency.hasHeadSignOff && (r.status === "draft" || r.status === "returned") && (
            <Tag
              color={r.signedOffAt ? "green" : r.signOffRequestedAt ? "gold" : "default"}
              data-testid="report-sign-off"
            >
              {r.signedOffAt
                ? t("planReport.signedOffTag")
                : r.signOffRequestedAt
                  ? t("planReport.awaitingSignOff")
                  : t("planReport.notSignedOff")}
            </Tag>
          )}
          <span>{t("planReport.due", { date: formatDate(r.period.agencyDue) })}</span>
        </Space>
        {r.period.closedAt && <Alert type="info" showIcon title={t("planReport.closedNote")} />}
        {r.status === "returned" && r.returnReason && (
          <Alert
            type="warning"
            showIcon
            data-testid="report-returned"
            title={t("planReport.returned", {
              date: formatDate(r.returnedAt?.slice(0, 10)),
              reason: r.returnReason,
            })}
          />
        )}
        {r.signedOffAt ? (
          <Alert
            type="success"
            showIcon
            title={t("planReport.signedOff", {
              who: r.signedOffBy ?? "—",
              at: formatDateTime(r.signedOffAt),
            })}
          />
        ) : (
          r.signOffRequestedAt && (
            <Alert
              type="info"
              showIcon
              title={t("planReport.signOffRequested", { at: formatDateTime(r.signOffRequestedAt) })}
            />
          )
        )}
        {r.status === "accepted" && r.acceptedAt && (
          <Alert
            type="success"
            showIcon
            title={t(can("amend") ? "planReport.acceptedAmend" : "planReport.accepted", {
              at: formatDateTime(r.acceptedAt),
            })}
          />
        )}
        {problems && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="report-problems"
            title={problems.message}
            description={
              problems.byField.size > 0 && (
                <ul className="plain-list">
                  {[...problems.byField.values()].flat().map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              )
            }
          />
        )}

        {r.items.map((item) => {
          const value = draft.items[item.task.id]!;
          const statusProblems = fieldProblems(`item:${item.task.id}:status`);
          const here = fieldProblems(`item:${item.task.id}:progress`);
          const headingId = `task-${item.task.id}`;
          return (
            <Card
              key={item.task.id}
              size="small"
              data-testid={`report-item-${item.task.place}`}
              title={
                <span id={headingId}>
                  {item.task.place}.{" "}
                  <Tag color={item.role === "lead" ? "blue" : "default"}>
                    {t(item.role === "lead" ? "planReport.lead" : "planReport.support")}
                  </Tag>
                </span>
              }
              extra={
                <span className="muted small">
                  {item.task.recurring
                    ? t("planReport.recurring")
                    : item.task.deadline
                      ? t("planReport.deadline", { date: formatDate(item.task.deadline) })
                      : null}
                </span>
              }
            >
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{item.task.body}</Typography.Paragraph>
              {item.role === "support" && (
                <Typography.Paragraph type="secondary">
                  {t("planReport.leadIs", { agencies: item.lead.map((l) => l.name).join("; ") })}
                </Typography.Paragraph>
              )}
              <Form layout="vertical" component="div">
                {item.role === "lead" && (
                  <Form.Item
                    label={t("planReport.status")}
                    htmlFor={`status-${item.task.id}`}
                    validateStatus={statusProblems.length > 0 ? "error" : undefined}
                    help={statusProblems.length > 0 ? statusProblems.join(" ") : undefined}
                  >
                    {editable ? (
                      <Select
                        id={`status-${item.task.id}`}
                        value={value.status ?? undefined}
                        placeholder={t("planReport.statusPick")}
                        onChange={(status: TaskProgressStatus) => setItem(item.task.id, { status })}
                        options={taskProgressStatuses.map((s) => ({ value: s, label: t(`progress.${s}`) }))}
                        style={{ maxWidth: 260 }}
                        data-testid={`status-${item.task.place}`}
                      />
                    ) : value.status ? (
                      <Tag color={progressColour[value.status]}>{t(`progress.${value.status}`)}</Tag>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </Form.Item>
                )}
                <Form.Item
                  label={t(item.role === "lead" ? "planReport.progress" : "planReport.input")}
                  htmlFor={`progress-${item.task.id}`}
                  help={
                    here.length > 0
                      ? here.join(" ")
                      : editable
                        ? t(item.role === "lead" ? "planReport.progressHelp" : "planReport.inputHelp")
                        : undefined
                  }
                  validateStatus={here.length > 0 ? "error" : undefined}
                >
                  {editable ? (
                    <Input.TextArea
                      id={`progress-${item.task.id}`}
                      value={value.progress}
                      onChange={(e) => setItem(item.task.id, { progress: e.target.value })}
                      autoSize={{ minRows: 2, maxRows: 12 }}
                      maxLength={4000}
                      data-testid={`progress-${item.task.place}`}
                    />
                  ) : (
                    <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>
                      {value.progress || "—"}
                    </Typography.Paragraph>
                  )}
                </Form.Item>
              </Form>
              {item.supportInputs.length > 0 && (
                <div data-testid={`inputs-${item.task.place}`}>
                  <Typography.Text strong>{t("planReport.inputs")}</Typography.Text>
                  <ul className="plain-list">
                    {item.supportInputs.map((s) => (
                      <li key={s.agency.id}>
                        <strong>{s.agency.name}:</strong>{" "}
                        {s.progress ?? (
                          <span className="muted">
                            {t(
                              s.reportStatus === "submitted" || s.reportStatus === "accepted"
                                ? "planReport.inputNone"
                                : "planReport.inputNotSent",
                            )}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </Card>
          );
        })}

        {r.figures.length > 0 && (
          <Card size="small" title={t("planReport.figures")}>
            <Typography.Paragraph type="secondary">
              {t("planReport.figuresHelp", { year: String(r.period.year) })}
            </Typography.Paragraph>
            {/* One field per target rather than a table: it reads the same on a phone. */}
            <Form layout="vertical" component="div">
              {r.figures.map((f) => {
                const here = fieldProblems(`figure:${f.targetId}`);
                const label = `${f.label}${f.unit ? ` (${f.unit})` : ""}`;
                const aimed = t("planReport.figureAimed", {
                  year: String(r.period.year),
                  value: f.target === null ? "—" : formatDecimal(f.target, 4),
                });
                return (
                  <Form.Item
                    key={f.targetId}
                    label={label}
                    htmlFor={`figure-${f.targetId}`}
                    extra={aimed}
                    validateStatus={here.length > 0 ? "error" : undefined}
                    help={here.length > 0 ? here.join(" ") : undefined}
                  >
                    {editable ? (
                      <Input
                        id={`figure-${f.targetId}`}
                        inputMode="decimal"
                        style={{ maxWidth: 200 }}
                        value={draft.figures[f.targetId] ?? ""}
                        onChange={(e) =>
                          setDraft(
                            (d) => d && { ...d, figures: { ...d.figures, [f.targetId]: e.target.value } },
                          )
                        }
                        data-testid={`figure-${f.targetId}`}
                      />
                    ) : (
                      <span data-testid={`figure-${f.targetId}`}>
                        {f.value === null ? "—" : formatDecimal(f.value, 4)}
                      </span>
                    )}
                  </Form.Item>
                );
              })}
            </Form>
          </Card>
        )}

        <Card size="small">
          <Form layout="vertical" component="div">
            {(["difficulties", "proposals"] as const).map((key) => (
              <Form.Item key={key} label={t(`planReport.${key}`)} htmlFor={`report-${key}`}>
                {editable ? (
                  <Input.TextArea
                    id={`report-${key}`}
                    value={draft[key]}
                    onChange={(e) => setDraft((d) => d && { ...d, [key]: e.target.value })}
                    autoSize={{ minRows: 2, maxRows: 10 }}
                    maxLength={4000}
                  />
                ) : (
                  <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>
                    {draft[key] || "—"}
                  </Typography.Paragraph>
                )}
              </Form.Item>
            ))}
            {can("amend") && (
              <Form.Item
                label={t("planReport.amendmentReason")}
                htmlFor="report-amendment"
                required
                validateStatus={fieldProblems("amendmentReason").length > 0 ? "error" : undefined}
                help={fieldProblems("amendmentReason").join(" ") || undefined}
              >
                <Input.TextArea
                  id="report-amendment"
                  value={draft.amendmentReason}
                  onChange={(e) => setDraft((d) => d && { ...d, amendmentReason: e.target.value })}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={1000}
                  data-testid="amendment-reason"
                />
              </Form.Item>
            )}
          </Form>
        </Card>

        <ReportFiles report={r} editable={can("edit")} planId={id} />

        {r.amendments.length > 0 && (
          <Card size="small" title={t("planReport.amendments")} data-testid="report-amendments">
            <ul className="plain-list">
              {r.amendments.map((a) => (
                <li key={a.at}>
                  {t("planReport.amendmentLine", {
                    at: formatDateTime(a.at),
                    who: a.by ?? "—",
                    reason: a.reason,
                  })}
                </li>
              ))}
            </ul>
          </Card>
        )}

        <ReportActions
          report={r}
          dirty={dirty}
          saving={save.isPending}
          busy={command.isPending}
          onSave={saveDraft}
          run={run}
          onReturn={() => setReturning(true)}
        />
      </Space>
      {returning && (
        <ReturnModal
          onClose={() => setReturning(false)}
          onReturn={(reason) => run("return", reason).then(() => setReturning(false))}
        />
      )}
    </>
  );
}

function ReportActions({
  report,
  dirty,
  saving,
  busy,
  onSave,
  run,
  onReturn,
}: {
  report: PlanReport;
  dirty: boolean;
  saving: boolean;
  busy: boolean;
  onSave: () => void;
  run: (command: ReportCommand) => Promise<unknown>;
  onReturn: () => void;
}) {
  const t = useT();
  const { modal } = App.useApp();
  const can = (action: string) => report.allowedActions.includes(action);
  const ignore = () => undefined;
  return (
    <Space wrap direction="vertical" style={{ width: "100%" }}>
      {dirty && (can("submit") || can("requestSignOff") || can("signOff")) && (
        <Typography.Text type="warning">{t("planReport.unsaved")}</Typography.Text>
      )}
      <Space wrap>
        {(can("edit") || can("amend")) && (
          <Button
            type={dirty ? "primary" : "default"}
            loading={saving}
            onClick={onSave}
            data-testid="report-save"
          >
            {t("planReport.save")}
          </Button>
        )}
        {can("requestSignOff") && (
          <Button
            disabled={dirty}
            loading={busy}
            onClick={() => void run("requestSignOff").catch(ignore)}
            data-testid="report-request-sign-off"
          >
            {t("planReport.requestSignOff")}
          </Button>
        )}
        {can("signOff") && (
          <Button
            disabled={dirty}
            loading={busy}
            onClick={() => void run("signOff").catch(ignore)}
            data-testid="report-sign-off"
          >
            {t("planReport.signOff")}
          </Button>
        )}
        {can("submit") && (
          <Button
            type="primary"
            disabled={dirty}
            loading={busy}
            data-testid="report-submit"
            onClick={() =>
              modal.confirm({
                title: t("planReport.submit"),
                content: t("planReport.submitConfirm", { period: report.period.label }),
                okText: t("planReport.submit"),
                cancelText: t("common.cancel"),
                onOk: () => run("submit").catch(ignore),
              })
            }
          >
            {t("planReport.submit")}
          </Button>
        )}
        {can("return") && (
          <Button danger onClick={onReturn} data-testid="report-return">
            {t("planReport.return")}
          </Button>
        )}
        {can("accept") && (
          <Button
            type="primary"
            loading={busy}
            onClick={() => void run("accept").catch(ignore)}
            data-testid="report-accept"
          >
            {t("planReport.accept")}
          </Button>
        )}
      </Space>
    </Space>
  );
}

function ReturnModal({
  onClose,
  onReturn,
}: {
  onClose: () => void;
  onReturn: (reason: string) => Promise<unknown>;
}) {
  const t = useT();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={t("planReport.return")}
      okText={t("planReport.return")}
      cancelText={t("common.cancel")}
      okButtonProps={{ danger: true, disabled: !reason.trim(), "data-testid": "return-confirm" }}
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => {
        setBusy(true);
        void onReturn(reason.trim())
          .catch(() => undefined)
          .finally(() => setBusy(false));
      }}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t("planReport.returnReason")} htmlFor="return-reason" required>
          <Input.TextArea
            id="return-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoSize={{ minRows: 3 }}
            maxLength={2000}
            data-testid="return-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReportFiles({
  report,
  editable,
  planId,
}: {
  report: PlanReport;
  editable: boolean;
  planId: string;
}) {
  const t = useT();
  const { period, agency } = report;
  const picked = useDocumentFile(report.fileMaxBytes);
  const add = useAddReportFile(planId, period.id, agency.id);
  const remove = useRemoveReportFile(planId, period.id, agency.id);
  const [error, setError] = useState<string | null>(null);
  const attach = () => {
    const file = picked.require();
    if (!file) return;
    setError(null);
    add.mutate(file, {
      onError: (e) => setError(errorWithDetails(e)),
    });
  };
  return (
    <Card size="small" title={t("planReport.files")} data-testid="report-files">
      {report.files.length === 0 ? (
        <Typography.Paragraph type="secondary">{t("planReport.filesNone")}</Typography.Paragraph>
      ) : (
        <ul className="plain-list">
          {report.files.map((f) => (
            <li key={f.id}>
              <a href={reportFileUrl(planId, period.id, agency.id, f.id)}>
                <DownloadOutlined /> {f.fileName}
              </a>{" "}
              <span className="muted small">({megabytes(f.sizeBytes)})</span>
              {editable && (
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t("planReport.removeFile", { name: f.fileName })}
                  onClick={() => remove.mutate(f.id)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <Form layout="vertical" component="div">
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
          <DocumentFileField
            picked={picked}
            testId="report-file"
            pickedTestId="report-file-picked"
            required={false}
          />
          <Button
            icon={<PaperClipOutlined />}
            loading={add.isPending}
            onClick={attach}
            data-testid="report-attach"
          >
            {t("planReport.attach")}
          </Button>
        </Form>
      )}
    </Card>
  );
}
