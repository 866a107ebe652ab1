// One agency's progress report of a period (issue "improvement plans", item 6): task by task how
// each task it leads stands and what was done, its input to tasks it supports (read by the lead,
// which answers for the task), the figures of the plan's own measures, difficulties, proposals
// and documents. Drafted, signed off by the agency's head where it has one, submitted, returned
// with a reason or accepted by the department; a change after acceptance is an amendment with
// its reason and what it replaced. Each change is one transaction with its audit event.
import { randomUUID } from "node:crypto";
import type { SubmissionStatus } from "../../../contracts/cycles.js";
import type {
  PlanReport,
  ReportCommand,
  ReportKind,
  ReportUpdate,
  TaskProgressStatus,
} from "../../../contracts/plan-reports.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { timelinessOf } from "../../../domain/cycle/timeliness.js";
import { submissionMay, submissionStatusVi, submissionTransitions } from "../../../domain/cycle/workflow.js";
import { periodLabel } from "../../../domain/plans/report-periods.js";
import { type ReportFigure, type ReportLine, reportGaps } from "../../../domain/plans/report-rules.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import type { FileStore, ReceivedFile } from "../../platform/file-store.js";
import * as agenciesRepo from "../agencies/agencies.repo.js";
import { checkDocumentFile } from "../evidence/evidence.service.js";
import { queueNotification } from "../notifications/notify.js";
import * as usersRepo from "../users/users.repo.js";
import * as content from "./plan-content.repo.js";
import * as repo from "./plan-reports.repo.js";
import { agenciesOnTasks, presentPeriod } from "./plan-reports.service.js";
import * as plansRepo from "./plans.repo.js";

/** The most documents one report keeps. */
export const maxReportFiles = 20;

const vietnamese = new Intl.Collator("vi");

interface Where {
  planId: string;
  periodId: string;
  agencyId: string;
}

/** Everything one report is about, read in the caller's transaction. */
async function loadReport(tx: DbOrTx, where: Where, lock = false) {
  const plan = await plansRepo.findPlan(tx, where.planId);
  if (!plan) throw notFound("plan");
  const period = await repo.findPeriod(tx, where.planId, where.periodId, lock ? "share" : undefined);
  if (!period) throw notFound("planPeriod");
  const agency = await agenciesRepo.findAgency(tx, where.agencyId);
  if (!agency) throw notFound("agency");
  const { tasks, links } = await agenciesOnTasks(tx, where.planId);
  const sections = new Map((await content.listSections(tx, where.planId)).map((s) => [s.id, s]));
  const mine = new Map(links.filter((l) => l.agencyId === where.agencyId).map((l) => [l.taskId, l.role]));
  const report =
    (await repo.findReport(tx, where.periodId, where.agencyId, lock ? "update" : undefined)) ?? null;
  // An agency with no task in the plan owes no report (unless it already has one).
  if (mine.size === 0 && !report) throw notFound("planReport");
  const myTasks = tasks
    .filter((t) => mine.has(t.id))
    .map((t) => {
      const section = sections.get(t.sectionId);
      return {
        task: t,
        role: mine.get(t.id) as "lead" | "support",
        place: [section?.number, t.letter].filter(Boolean).join("."),
      };
    });
  // The plan's own measures the agency reports: those its led tasks serve.
  const led = new Set(myTasks.filter((t) => t.role === "lead").flatMap((t) => t.task.targetIds as string[]));
  const targets = (await content.listTargets(tx, [where.planId]))
    .filter((t) => t.measure === "own" && led.has(t.id))
    .map((t) => {
      const yearly = (t.yearly as { year: number; value: string }[]).find((y) => y.year === period.year);
      return {
        id: t.id,
        label: t.name ?? "",
        unit: t.unit ?? "",
        target: yearly ? Number(yearly.value) : null,
      };
    });
  const items = report ? await repo.listItems(tx, [report.id]) : [];
  const figures = report ? await repo.listFigures(tx, [report.id]) : [];
  return { plan, period, agency, links, myTasks, targets, report, items, figures };
}

type Loaded = Awaited<ReturnType<typeof loadReport>>;

function linesOf(loaded: Loaded): ReportLine[] {
  return loaded.myTasks.map(({ task, role, place }) => {
    const item = loaded.items.find((i) => i.taskId === task.id);
    return {
      taskId: task.id,
      place,
      role,
      status: role === "lead" ? ((item?.status as TaskProgressStatus | null) ?? null) : null,
      progress: item?.progress ?? null,
    };
  });
}

function figuresOf(loaded: Loaded): (ReportFigure & { unit: string })[] {
  return loaded.targets.map((t) => {
    const saved = loaded.figures.find((f) => f.targetId === t.id);
    return {
      targetId: t.id,
      label: t.label,
      unit: t.unit,
      target: t.target,
      value: saved ? Number(saved.value) : null,
    };
  });
}

const statusOf = (report: repo.ReportRow | null) =>
  (report?.status as SubmissionStatus | undefined) ?? "draft";

export async function getPlanReport(
  db: Db,
  where: Where,
  actor: Actor,
  fileMaxBytes: number,
  now = new Date(),
): Promise<PlanReport> {
  const loaded = await loadReport(db, where);
  const { plan, period, agency, report, links, myTasks } = loaded;
  // What the supporting agencies wrote, for the tasks this agency leads.
  const others = (await repo.listReports(db, [period.id])).filter((r) => r.report.agencyId !== agency.id);
  const otherItems = await repo.listItems(
    db,
    others.map((r) => r.report.id),
  );
  const lines = linesOf(loaded);
  const files = report ? await repo.listFiles(db, report.id) : [];
  const amendments = report ? await repo.listAmendments(db, report.id) : [];
  const signer = report?.signedOffBy ? await userName(db, report.signedOffBy) : null;
  const status = report ? statusOf(report) : null;
  const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
  return {
    plan: { id: plan.id, title: plan.title, numberSymbol: plan.numberSymbol },
    period: presentPeriod(period),
    agency: { id: agency.id, name: agency.name, hasHeadSignOff: agency.hasHeadSignOff },
    status,
    ...timelinessOf(period.agencyDue, report?.firstSubmittedAt ?? null, provinceToday(now)),
    signOffRequestedAt: iso(report?.signOffRequestedAt),
    signedOffAt: iso(report?.signedOffAt),
    signedOffBy: signer,
    submittedAt: iso(report?.submittedAt),
    returnedAt: iso(report?.returnedAt),
    returnReason: report?.returnReason ?? null,
    acceptedAt: iso(report?.acceptedAt),
    items: myTasks.map(({ task, role, place }, i) => {
      const line = lines[i]!;
      const supporters = links.filter(
        (l) => l.taskId === task.id && l.role === "support" && l.agencyId !== agency.id,
      );
      return {
        task: { id: task.id, place, body: task.body, deadline: task.deadline, recurring: task.recurring },
        role,
        status: line.status,
        progress: line.progress,
        supportInputs:
          role === "lead"
            ? supporters
                .map((s) => {
                  const theirs = others.find((r) => r.report.agencyId === s.agencyId);
                  const item =
                    theirs && otherItems.find((x) => x.reportId === theirs.report.id && x.taskId === task.id);
                  // An input counts once the supporting agency has sent it.
                  const sent = theirs?.report.status === "submitted" || theirs?.report.status === "accepted";
                  return {
                    agency: { id: s.agencyId, name: s.name },
                    progress: sent ? (item?.progress ?? null) : null,
                    reportStatus: (theirs?.report.status as SubmissionStatus | undefined) ?? null,
                  };
                })
                .sort((a, b) => vietnamese.compare(a.agency.name, b.agency.name))
            : [],
        lead:
          role === "support"
            ? links
                .filter((l) => l.taskId === task.id && l.role === "lead")
                .map((l) => ({ id: l.agencyId, name: l.name }))
            : [],
      };
    }),
    figures: figuresOf(loaded),
    difficulties: report?.difficulties ?? null,
    proposals: report?.proposals ?? null,
    files: files.map((f) => ({
      id: f.file.id,
      fileName: f.file.fileName,
      sizeBytes: f.file.sizeBytes,
      uploadedBy: f.uploaderName,
      uploadedAt: f.file.uploadedAt.toISOString(),
    })),
    amendments: amendments.map((a) => ({
      reason: a.amendment.reason,
      by: a.byName,
      at: a.amendment.amendedAt.toISOString(),
    })),
    fileMaxBytes,
    rowVersion: report?.rowVersion ?? 0,
    allowedActions: allowedOn(
      actor,
      agency.id,
      agency.hasHeadSignOff,
      report,
      Boolean(period.closedAt) || plan.status !== "issued",
    ),
  };
}

async function userName(db: DbOrTx, id: string) {
  return (await usersRepo.findUser(db, id))?.fullName ?? null;
}

/** What this person may do to the report now, so the page shows only that. */
function allowedOn(
  actor: Actor,
  agencyId: string,
  hasHeadSignOff: boolean,
  report: repo.ReportRow | null,
  /** The period is closed or the plan not (or no longer) in force: nothing may change. */
  frozen: boolean,
): string[] {
  if (frozen) return [];
  const status = statusOf(report);
  const scope = { agencyId };
  const out: string[] = [];
  const editable = submissionMay("edit", status);
  if (can(actor, "planReport.edit", scope) && (editable || status === "accepted"))
    out.push(status === "accepted" ? "amend" : "edit");
  if (can(actor, "planReport.submit", scope) && editable) {
    // Where the head signs, the report goes to the head first and is sent once signed.
    if (hasHeadSignOff && !report?.signedOffAt && !report?.signOffRequestedAt) out.push("requestSignOff");
    if (!hasHeadSignOff || report?.signedOffAt) out.push("submit");
  }
  if (can(actor, "planReport.signOff", scope) && editable && hasHeadSignOff && !report?.signedOffAt)
    out.push("signOff");
  if (can(actor, "plan.manage") && report) {
    if (submissionMay("accept", status)) out.push("accept");
    if (submissionMay("return", status)) out.push("return");
  }
  return out;
}

/** Reports are written on an issued plan only: not on a draft, nor once the plan is closed. */
function assertPlanIssued(plan: plansRepo.PlanRow, action: string) {
  if (plan.status !== "issued")
    throw new AppError("INVALID_TRANSITION", {
      action,
      entity: "plan",
      state: plan.status === "draft" ? "dự thảo" : "đã kết thúc",
    });
}

/** Refuses any change once the department has closed the period. */
function assertPeriodOpen(period: repo.PeriodRow, action: string) {
  if (period.closedAt)
    throw new AppError("INVALID_TRANSITION", {
      action,
      entity: "planPeriod",
      state: `đã khóa (kỳ ${periodLabel(period.kind as ReportKind, period.year)})`,
    });
}

/** The report's row, made when the agency first saves it (at version 0, which that save moves to 1). */
async function ensureReport(tx: DbOrTx, loaded: Loaded, expectedRowVersion: number) {
  if (loaded.report) {
    if (loaded.report.rowVersion !== expectedRowVersion)
      throw new AppError("STALE_UPDATE", { entity: "planReport" });
    return loaded.report;
  }
  if (expectedRowVersion !== 0) throw new AppError("STALE_UPDATE", { entity: "planReport" });
  const row = {
    id: randomUUID(),
    periodId: loaded.period.id,
    agencyId: loaded.agency.id,
    status: "draft",
    rowVersion: 0,
  };
  await repo.insertReport(tx, row);
  return (await repo.findReport(tx, loaded.period.id, loaded.agency.id, "update"))!;
}

/** What a change to a signed report clears: the head signs the report as it now is. */
const signOffLapses = { signedOffAt: null, signedOffBy: null, signOffRequestedAt: null };

/** A report's content, in a stable order, as the audit and the amendments keep it. */
const contentOf = (
  items: { taskId: string; status: string | null; progress: string | null }[],
  figures: { targetId: string; value: string }[],
  difficulties: string | null,
  proposals: string | null,
) => ({
  items: items
    .map(({ taskId, status, progress }) => ({ taskId, status, progress }))
    .sort((a, b) => a.taskId.localeCompare(b.taskId)),
  figures: figures
    .map(({ targetId, value }) => ({ targetId, value: String(Number(value)) }))
    .sort((a, b) => a.targetId.localeCompare(b.targetId)),
  difficulties,
  proposals,
});

const snapshot = (loaded: Loaded) =>
  contentOf(
    loaded.items,
    loaded.figures,
    loaded.report?.difficulties ?? null,
    loaded.report?.proposals ?? null,
  );

export async function saveReport(
  db: Db,
  where: Where,
  input: ReportUpdate,
  ctx: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const loaded = await loadReport(tx, where, true);
    const { plan, period, agency } = loaded;
    assertPlanIssued(plan, "sửa báo cáo");
    assertPeriodOpen(period, "sửa báo cáo");
    const status = statusOf(loaded.report);
    const amending = status === "accepted";
    if (!amending && !submissionMay("edit", status))
      throw new AppError("INVALID_TRANSITION", {
        action: "sửa báo cáo",
        entity: "planReport",
        state: submissionStatusVi[status],
      });
    const problems: { field: string; message: string }[] = [];
    const reason = input.amendmentReason?.trim();
    if (amending && !reason)
      problems.push({
        field: "amendmentReason",
        message: "Báo cáo đã được Sở chấp nhận: nêu lý do điều chỉnh để lưu thành một lần điều chỉnh",
      });
    const roles = new Map(loaded.myTasks.map((t) => [t.task.id, t.role]));
    const place = new Map(loaded.myTasks.map((t) => [t.task.id, t.place]));
    const seenTasks = new Set<string>();
    input.items.forEach((item, i) => {
      if (seenTasks.has(item.taskId))
        problems.push({
          field: `items[${i}].taskId`,
          message: `Nhiệm vụ ${place.get(item.taskId) ?? ""} có hai lần trong báo cáo`,
        });
      seenTasks.add(item.taskId);
      if (!roles.has(item.taskId))
        problems.push({
          field: `items[${i}].taskId`,
          message: `Nhiệm vụ này không giao cho ${agency.name} trong kế hoạch`,
        });
    });
    const targetIds = new Set(loaded.targets.map((t) => t.id));
    const seenTargets = new Set<string>();
    input.figures.forEach((figure, i) => {
      if (seenTargets.has(figure.targetId))
        problems.push({ field: `figures[${i}].targetId`, message: "Chỉ tiêu này có hai lần trong báo cáo" });
      seenTargets.add(figure.targetId);
      if (!targetIds.has(figure.targetId))
        problems.push({
          field: `figures[${i}].targetId`,
          message: `Chỉ tiêu này không thuộc các nhiệm vụ do ${agency.name} chủ trì`,
        });
    });
    if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
    const report = await ensureReport(tx, loaded, input.expectedRowVersion);
    const items = input.items
      .map((item) => ({
        reportId: report.id,
        taskId: item.taskId,
        // A supporting agency gives its input; the lead says how the task stands.
        status: roles.get(item.taskId) === "lead" ? (item.status ?? null) : null,
        progress: item.progress?.trim() || null,
      }))
      .filter((item) => item.status || item.progress);
    const figures = input.figures
      .filter((f) => f.value !== null)
      .map((f) => ({ reportId: report.id, targetId: f.targetId, value: String(f.value) }));
    const before = snapshot(loaded);
    await repo.replaceItems(tx, report.id, items);
    await repo.replaceFigures(tx, report.id, figures);
    const after = contentOf(
      items,
      figures,
      input.difficulties?.trim() || null,
      input.proposals?.trim() || null,
    );
    const changed = JSON.stringify(before) !== JSON.stringify(after);
    await repo.updateReport(tx, report.id, report.rowVersion, {
      difficulties: after.difficulties,
      proposals: after.proposals,
      // The head signed the report as it was; a change needs the signature again.
      ...(amending || !changed ? {} : signOffLapses),
    });
    const periodName = periodLabel(period.kind as ReportKind, period.year);
    const label = `báo cáo ${periodName} của ${agency.name} (kế hoạch “${plan.title}”)`;
    if (amending) {
      await repo.insertAmendment(tx, {
        id: randomUUID(),
        reportId: report.id,
        reason: reason!,
        before,
        amendedBy: ctx.actorUserId,
      });
      await queueNotification(tx, {
        recipients: { roles: ["coordinator"] },
        kind: "plan_report.amended",
        title: `${agency.name} điều chỉnh báo cáo đã được chấp nhận`,
        body: `${agency.name} điều chỉnh báo cáo ${periodName} về thực hiện kế hoạch “${plan.title}”. Lý do: ${reason}`,
        link: reportLink(where),
        dedupeKey: `plan-report-amended:${report.id}:${report.rowVersion + 1}`,
        agencyId: agency.id,
      });
    }
    await recordAudit(tx, ctx, {
      type: amending ? "plan_report.amended" : "plan_report.saved",
      entityId: report.id,
      agencyId: agency.id,
      summary: `${amending ? "Điều chỉnh" : "Lưu"} ${label}${amending ? `: ${reason}` : ""}`,
      before,
      after,
    });
  });
}

const incomplete = (action: string, gaps: { field: string; message: string }[]) =>
  new AppError("PLAN_REPORT_INCOMPLETE", { action, count: gaps.length }, gaps);

export const reportLink = (w: Where) => `/plans/${w.planId}/reports/${w.periodId}/${w.agencyId}`;

const commandVi: Record<ReportCommand, { summary: string; notice: string }> = {
  requestSignOff: { summary: "Trình lãnh đạo cơ quan ký duyệt", notice: "trình ký" },
  signOff: { summary: "Lãnh đạo cơ quan ký duyệt", notice: "ký duyệt" },
  submit: { summary: "Gửi", notice: "gửi" },
  return: { summary: "Trả lại", notice: "trả lại" },
  accept: { summary: "Chấp nhận", notice: "chấp nhận" },
};

export async function runReportCommand(
  db: Db,
  where: Where,
  command: ReportCommand,
  input: { expectedRowVersion: number; reason?: string },
  ctx: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const loaded = await loadReport(tx, where, true);
    const { plan, period, agency, report } = loaded;
    const transition = submissionTransitions[command];
    const action = transition.vi.replace("số liệu", "báo cáo");
    assertPlanIssued(plan, action);
    assertPeriodOpen(period, action);
    const status = statusOf(report);
    if (!report && (command === "return" || command === "accept" || command === "signOff"))
      throw new AppError("INVALID_TRANSITION", {
        action: transition.vi,
        entity: "planReport",
        state: "chưa báo cáo",
      });
    if (!submissionMay(command, status))
      throw new AppError("INVALID_TRANSITION", {
        action: transition.vi.replace("số liệu", "báo cáo"),
        entity: "planReport",
        state: submissionStatusVi[status],
      });
    if (report && report.rowVersion !== input.expectedRowVersion)
      throw new AppError("STALE_UPDATE", { entity: "planReport" });
    const gaps = reportGaps(period.kind as ReportKind, linesOf(loaded), figuresOf(loaded));
    const now = new Date();
    let change: Parameters<typeof repo.updateReport>[3] = {};
    switch (command) {
      case "requestSignOff":
        if (!agency.hasHeadSignOff)
          throw new AppError("PLAN_REPORT_SIGN_OFF_NOT_REQUIRED", { agency: agency.name });
        if (gaps.length > 0) throw incomplete("trình ký", gaps);
        change = { signOffRequestedAt: now };
        break;
      case "signOff":
        if (gaps.length > 0) throw incomplete("ký duyệt", gaps);
        change = { signedOffAt: now, signedOffBy: ctx.actorUserId };
        break;
      case "submit":
        if (agency.hasHeadSignOff && !report?.signedOffAt)
          throw new AppError("PLAN_REPORT_SIGN_OFF_REQUIRED", { agency: agency.name });
        if (gaps.length > 0) throw incomplete("gửi", gaps);
        change = {
          submittedAt: now,
          submittedBy: ctx.actorUserId,
          firstSubmittedAt: report?.firstSubmittedAt ?? now,
        };
        break;
      case "return":
        if (!input.reason?.trim())
          throw new AppError("VALIDATION_FAILED", {}, [
            { field: "reason", message: "Nêu lý do trả lại để cơ quan biết cần sửa gì" },
          ]);
        change = {
          returnedAt: now,
          returnReason: input.reason.trim(),
          signedOffAt: null,
          signedOffBy: null,
          signOffRequestedAt: null,
        };
        break;
      case "accept":
        change = { acceptedAt: now, acceptedBy: ctx.actorUserId };
        break;
    }
    const row = report ?? (await ensureReport(tx, loaded, 0));
    const to = transition.to === "unchanged" ? status : transition.to;
    await repo.updateReport(tx, row.id, row.rowVersion, { ...change, status: to });
    const label = `báo cáo ${periodLabel(period.kind as ReportKind, period.year)} của ${agency.name}`;
    const toDepartment = command === "submit";
    const toHead = command === "requestSignOff";
    await queueNotification(tx, {
      recipients: toDepartment
        ? { roles: ["coordinator"] }
        : toHead
          ? { agencyId: agency.id, roles: ["agency_head"] }
          : { agencyId: agency.id },
      kind: `plan_report.${command}`,
      title: `${commandVi[command].summary} ${label}`,
      body:
        `${commandVi[command].summary} ${label} về thực hiện kế hoạch “${plan.title}”` +
        (command === "return" ? `. Lý do: ${input.reason!.trim()}` : "."),
      link: reportLink(where),
      dedupeKey: `plan-report:${row.id}:${command}:${row.rowVersion + 1}`,
      agencyId: agency.id,
    });
    await recordAudit(tx, ctx, {
      type: `plan_report.${command === "requestSignOff" ? "sign_off_requested" : command === "signOff" ? "signed_off" : command === "submit" ? "submitted" : command === "return" ? "returned" : "accepted"}`,
      entityId: row.id,
      agencyId: agency.id,
      summary: `${commandVi[command].summary} ${label} (kế hoạch “${plan.title}”)${command === "return" ? `: ${input.reason!.trim()}` : ""}`,
      before: { status },
      after: { status: to, ...(command === "return" ? { reason: input.reason!.trim() } : {}) },
    });
  });
}

/** Keeps a document with the report while it is being written. */
export async function addReportFile(
  db: Db,
  store: FileStore,
  where: Where,
  input: { fileName: string; file: ReceivedFile },
  ctx: AuditContext,
): Promise<void> {
  const verdict = await checkDocumentFile(input.fileName, input.file);
  await store.commit(input.file);
  await db.transaction(async (tx) => {
    const loaded = await loadReport(tx, where, true);
    assertPlanIssued(loaded.plan, "đính kèm tài liệu");
    assertPeriodOpen(loaded.period, "đính kèm tài liệu");
    const status = statusOf(loaded.report);
    if (!submissionMay("edit", status))
      throw new AppError("INVALID_TRANSITION", {
        action: "đính kèm tài liệu",
        entity: "planReport",
        state: submissionStatusVi[status],
      });
    const report = await ensureReport(tx, loaded, loaded.report?.rowVersion ?? 0);
    if ((await repo.countFiles(tx, report.id)) >= maxReportFiles)
      throw new AppError("VALIDATION_FAILED", {}, [
        {
          field: "file",
          message: `Mỗi báo cáo kèm tối đa ${maxReportFiles} tài liệu; bỏ bớt tài liệu cũ trước`,
        },
      ]);
    const id = randomUUID();
    const row = {
      id,
      reportId: report.id,
      fileName: input.fileName,
      sha256: input.file.sha256,
      sizeBytes: input.file.sizeBytes,
      mediaType: verdict.mediaType,
      uploadedBy: ctx.actorUserId,
    };
    await repo.insertFile(tx, row);
    await repo.updateReport(tx, report.id, report.rowVersion, signOffLapses);
    await recordAudit(tx, ctx, {
      type: "plan_report.file_added",
      entityId: report.id,
      agencyId: loaded.agency.id,
      summary: `Đính kèm “${input.fileName}” vào báo cáo ${periodLabel(loaded.period.kind as ReportKind, loaded.period.year)} của ${loaded.agency.name}`,
      after: { fileId: id, fileName: input.fileName, sha256: input.file.sha256 },
    });
  });
}

export async function removeReportFile(
  db: Db,
  where: Where,
  fileId: string,
  ctx: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const loaded = await loadReport(tx, where, true);
    assertPlanIssued(loaded.plan, "bỏ tài liệu");
    assertPeriodOpen(loaded.period, "bỏ tài liệu");
    const status = statusOf(loaded.report);
    const file = loaded.report && (await repo.findFile(tx, loaded.report.id, fileId));
    if (!loaded.report || !file) throw notFound("planReportFile");
    if (!submissionMay("edit", status))
      throw new AppError("INVALID_TRANSITION", {
        action: "bỏ tài liệu",
        entity: "planReport",
        state: submissionStatusVi[status],
      });
    await repo.deleteFile(tx, fileId);
    await repo.updateReport(tx, loaded.report.id, loaded.report.rowVersion, signOffLapses);
    await recordAudit(tx, ctx, {
      type: "plan_report.file_removed",
      entityId: loaded.report.id,
      agencyId: loaded.agency.id,
      summary: `Bỏ “${file.fileName}” khỏi báo cáo ${periodLabel(loaded.period.kind as ReportKind, loaded.period.year)} của ${loaded.agency.name}`,
      before: { fileId, fileName: file.fileName, sha256: file.sha256 },
    });
  });
}

export async function findReportFile(db: Db, where: Where, fileId: string) {
  const report = await repo.findReport(db, where.periodId, where.agencyId);
  const period = await repo.findPeriod(db, where.planId, where.periodId);
  const file = report && period ? await repo.findFile(db, report.id, fileId) : undefined;
  if (!file) throw notFound("planReportFile");
  return file;
}
