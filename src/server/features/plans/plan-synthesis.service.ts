// A period's synthesis for the chairman (issue "improvement plans", item 7): the department's
// report on what each agency did, the targets against their values, the tasks late or not
// started, the agencies that did not report or were late, and the difficulties and proposals
// gathered, generated as .docx from the period's reports with the words the coordinator edits;
// then the chairman's conclusions on it, whose chosen directives become new tasks of the plan.
// Each change is one transaction with its audit event.
import type { SubmissionStatus } from "../../../contracts/cycles.js";
import type { ReportKind, TaskProgressStatus } from "../../../contracts/plan-reports.js";
import type {
  Conclusion,
  ConclusionInput,
  ConclusionTasks,
  SynthesisDraft,
  SynthesisFields,
} from "../../../contracts/plan-synthesis.js";
import { synthesisFieldsSchema } from "../../../contracts/plan-synthesis.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { timelinessOf } from "../../../domain/cycle/timeliness.js";
import { provinceByCode } from "../../../domain/org/provinces.js";
import { periodLabel } from "../../../domain/plans/report-periods.js";
import {
  agenciesNamed,
  conclusionSectionTitle,
  directiveDeadline,
  directiveRecurring,
  directiveTexts,
  givenTasks,
  lateReason,
  latestSent,
  periodEnd,
  reachedPct,
  type SentLine,
} from "../../../domain/plans/synthesis.js";
import { clippedVi, formatDateVi, formatNumberVi } from "../../../domain/text/format-vi.js";
import { nameInSentence, provincialCommittee } from "../../../domain/text/official-names.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { chartBlock, horizontalBars } from "../../documents/charts.js";
import { renderDocx } from "../../documents/docx.js";
import { upper } from "../../documents/layout.js";
import { type AuditContext, changedFields, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as agenciesRepo from "../agencies/agencies.repo.js";
import { issuerInitials, placeName, twoLineName } from "../documents/draft-defaults.js";
import { parseDraftFields } from "../documents/issuer-blocks.js";
import { pgiDocumentSection } from "../pgi/pgi-document.js";
import { pgiOverviewOfDepartment } from "../pgi/pgi-export.js";
import { chosenProvince } from "../setup/province-setup.service.js";
import * as content from "./plan-content.repo.js";
import { addTasks, planTargets } from "./plan-content.service.js";
import { measureCatalogue } from "./plan-measures.js";
import * as reportsRepo from "./plan-reports.repo.js";
import { agenciesOnTasks } from "./plan-reports.service.js";
import * as repo from "./plan-synthesis.repo.js";
import {
  buildSynthesisDocument,
  type SynthesisAgency,
  type SynthesisData,
  type SynthesisLateTask,
  synthesisFileBase,
} from "./plan-synthesis-document.js";
import * as plansRepo from "./plans.repo.js";

const vietnamese = new Intl.Collator("vi");

interface Where {
  planId: string;
  periodId: string;
}

/** `lock`: held until the transaction ends, so the period is not closed meanwhile. */
async function loadPeriod(db: DbOrTx, where: Where, lock?: "share") {
  const plan = await plansRepo.findPlan(db, where.planId);
  if (!plan) throw notFound("plan");
  // A period of another plan is not found under this one.
  const period = await reportsRepo.findPeriod(db, where.planId, where.periodId, lock);
  if (!period) throw notFound("planPeriod");
  return { plan, period, label: periodLabel(period.kind as ReportKind, period.year) };
}

type Loaded = Awaited<ReturnType<typeof loadPeriod>>;

/**
 * The day the synthesis is written as of (the province's calendar): the day the department closed
 * the period, so that a closed period's synthesis no longer changes; today while it is open.
 */
function asOfDay(loaded: Loaded, now: Date): string {
  return provinceToday(loaded.period.closedAt ?? now);
}

/** The wording is the department's report as it closed the period: refused while it stays closed. */
function assertWordingOpen(loaded: Loaded) {
  if (loaded.period.closedAt)
    throw new AppError("INVALID_TRANSITION", {
      action: "sửa nội dung báo cáo tổng hợp",
      entity: "planPeriod",
      state: `đã khóa (kỳ ${loaded.label})`,
    });
}

/**
 * "Kế hoạch số 82/KH-UBND ngày 20/03/2024 của UBND tỉnh", or the plan's title while it has no
 * number; `nameMax` cuts the title or the issuer short ("…") where a line has a limit.
 */
export function planReference(plan: plansRepo.PlanRow, nameMax = Number.POSITIVE_INFINITY): string {
  if (!plan.numberSymbol) return `Kế hoạch “${clippedVi(plan.title, nameMax)}”`;
  const date = plan.issuedOn ? ` ngày ${formatDateVi(plan.issuedOn)}` : "";
  return `Kế hoạch số ${plan.numberSymbol}${date} của ${clippedVi(nameInSentence(plan.issuer), nameMax)}`;
}

/** The most a document's subject holds (`issuerFields.subject`). */
const subjectMax = 300;

/**
 * "Kết quả thực hiện Kế hoạch số 82/KH-UBND …, 6 tháng đầu năm 2024": within the subject's limit,
 * a long title (or issuer) cut short, never the period.
 */
export function synthesisSubject(plan: plansRepo.PlanRow, label: string): string {
  const subject = (ref: string) => `Kết quả thực hiện ${ref}, ${label}`;
  const whole = subject(planReference(plan));
  if (whole.length <= subjectMax) return whole;
  const name = plan.numberSymbol ? nameInSentence(plan.issuer) : plan.title;
  // The "…" a cut adds takes one character.
  return subject(planReference(plan, name.length - (whole.length - subjectMax) - 1));
}

/** "về nâng hạng Chỉ số PGI giai đoạn 2024-2025" from the title "Kế hoạch nâng hạng …". */
function planSubject(plan: plansRepo.PlanRow): string {
  const rest = plan.title.replace(/^kế hoạch\s+/iu, "");
  return rest === plan.title ? `“${plan.title}”` : `về ${rest}`;
}

/** The province and its environment department, as the documents name them. */
/** The province and the department that writes to its chairman, as the documents name them. */
export async function issuer(db: DbOrTx) {
  const listed = await agenciesRepo.listAgencies(db, null);
  const all = listed.filter((a) => a.agency.active);
  const departments = all.filter((a) => a.agency.kind === "environment_department");
  const department = departments.find((a) => !a.agency.isDemo) ?? departments[0];
  const chosen = await chosenProvince(db);
  const provinceName = (chosen && provinceByCode(chosen.code)?.name) ?? department?.orgUnit.name ?? "Tỉnh";
  return {
    provinceName,
    departmentName: department?.agency.name ?? "Sở Nông nghiệp và Môi trường",
    /** The department that writes the report (any of its kind): it does not propose to criticise itself. */
    departmentIds: new Set(
      listed.filter((a) => a.agency.kind === "environment_department").map((a) => a.agency.id),
    ),
    agencies: all
      .map((a) => ({ id: a.agency.id, name: a.agency.name }))
      .sort((a, b) => vietnamese.compare(a.name, b.name)),
  };
}

/** The words the synthesis starts with, after the department's report to the chairman. */
export function synthesisDefaults(
  loaded: Loaded,
  who: { provinceName: string; departmentName: string },
): SynthesisFields {
  const { plan, label } = loaded;
  const committee = provincialCommittee(who.provinceName);
  const ref = planReference(plan);
  return {
    superiorBody: `UBND ${upper(who.provinceName)}`,
    issuingBody: twoLineName(upper(who.departmentName)),
    numberSymbol: `/BC-${issuerInitials(who.departmentName)}`,
    place: placeName(who.provinceName),
    date: null,
    subject: synthesisSubject(plan, label),
    addressees: [`Chủ tịch ${committee}`],
    introduction:
      `Thực hiện ${ref} ${planSubject(plan)}, trên cơ sở báo cáo của các cơ quan, đơn vị được giao ` +
      `nhiệm vụ, ${who.departmentName} tổng hợp, báo cáo kết quả thực hiện ${label} như sau:`,
    assessment: "",
    proposals:
      `Đề nghị Chủ tịch ${committee} chỉ đạo các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ chậm ` +
      `tiến độ, chưa triển khai nêu tại mục III; giải quyết các khó khăn, kiến nghị nêu tại mục V theo ` +
      `thẩm quyền; thực hiện nghiêm chế độ báo cáo theo Kế hoạch.`,
    proposeCriticism: true,
    signerAuthority: "KT. GIÁM ĐỐC",
    signerTitle: "PHÓ GIÁM ĐỐC",
    signerName: "",
    recipients: ["Như trên;", "Lãnh đạo Sở;", "Lưu: VT, BVMT."],
  };
}

async function fieldsOf(db: DbOrTx, loaded: Loaded, saved: repo.SynthesisRow | undefined) {
  if (saved) return synthesisFieldsSchema.parse(saved.fields);
  return synthesisDefaults(loaded, await issuer(db));
}

/** Every agency that owes a report of the period (those on the plan's tasks, and any that reported). */
async function periodAgencies(db: DbOrTx, loaded: Loaded, today: string) {
  const { tasks, links, agencies } = await agenciesOnTasks(db, loaded.plan.id);
  const reports = await reportsRepo.listReports(db, [loaded.period.id]);
  const owing = new Map(agencies.map((a) => [a.id, a.name]));
  for (const r of reports) if (!owing.has(r.report.agencyId)) owing.set(r.report.agencyId, r.agencyName);
  const rows = [...owing]
    .map(([id, name]) => {
      const report = reports.find((r) => r.report.agencyId === id)?.report ?? null;
      return {
        id,
        name,
        report,
        status: (report?.status as SubmissionStatus | undefined) ?? null,
        ...timelinessOf(loaded.period.agencyDue, report?.firstSubmittedAt ?? null, today),
      };
    })
    .sort((a, b) => vietnamese.compare(a.name, b.name));
  return { tasks, links, rows };
}

function summaryOf(rows: Awaited<ReturnType<typeof periodAgencies>>["rows"]) {
  return {
    agencies: rows.length,
    submitted: rows.filter((r) => r.timeliness === "on_time" || r.timeliness === "late").length,
    accepted: rows.filter((r) => r.status === "accepted").length,
    late: rows.filter((r) => r.timeliness === "late" || r.timeliness === "overdue").length,
    missing: rows.filter((r) => r.status !== "submitted" && r.status !== "accepted").length,
  };
}

async function presentConclusion(
  db: DbOrTx,
  planId: string,
  row: NonNullable<Awaited<ReturnType<typeof repo.findConclusion>>>,
  agencies: { id: string; name: string }[],
): Promise<Conclusion> {
  const c = row.conclusion;
  let section: Conclusion["section"] = null;
  if (c.sectionId) {
    const found = (await content.listSections(db, planId)).find((s) => s.id === c.sectionId);
    if (found) {
      const tasks = (await content.listTasks(db, [planId])).filter((t) => t.sectionId === found.id);
      const links = await content.listTaskAgencies(
        db,
        tasks.map((t) => t.id),
      );
      section = {
        id: found.id,
        number: found.number,
        title: found.title,
        tasks: tasks.map((t) => ({
          id: t.id,
          letter: t.letter,
          body: t.body,
          lead: links.filter((l) => l.taskId === t.id && l.role === "lead").map((l) => l.name),
        })),
      };
    }
  }
  const directives = directiveTexts(c.body);
  // A directive already given is the task of the conclusion's section with its words (or nearly).
  const given = givenTasks(directives, section?.tasks ?? []);
  return {
    numberSymbol: c.numberSymbol,
    issuedOn: c.issuedOn,
    author: c.author,
    text: c.body,
    rowVersion: c.rowVersion,
    recordedBy: row.recorderName,
    recordedAt: c.recordedAt.toISOString(),
    section,
    directives: directives.map((text, i) => {
      const [lead, ...supporting] = agenciesNamed(text, agencies);
      const task = given[i];
      return {
        text,
        lead: lead ?? null,
        supporting,
        deadline: directiveDeadline(text, c.issuedOn),
        recurring: directiveRecurring(text),
        given: task && section ? { taskId: task.id, place: `${section.number}.${task.letter}` } : null,
      };
    }),
  };
}

export async function getSynthesisDraft(
  db: Db,
  where: Where,
  actor: Actor,
  now = new Date(),
): Promise<SynthesisDraft> {
  const loaded = await loadPeriod(db, where);
  const saved = await repo.findSynthesis(db, where.periodId);
  const who = await issuer(db);
  const { rows } = await periodAgencies(db, loaded, asOfDay(loaded, now));
  const conclusion = await repo.findConclusion(db, where.periodId);
  const { period, label } = loaded;
  return {
    period: {
      id: period.id,
      label,
      agencyDue: period.agencyDue,
      departmentDue: period.departmentDue,
      closedAt: period.closedAt?.toISOString() ?? null,
    },
    fields: saved ? synthesisFieldsSchema.parse(saved.fields) : synthesisDefaults(loaded, who),
    saved: saved !== undefined,
    rowVersion: saved?.rowVersion ?? null,
    updatedAt: saved?.updatedAt.toISOString() ?? null,
    summary: summaryOf(rows),
    conclusion: conclusion ? await presentConclusion(db, where.planId, conclusion, who.agencies) : null,
    agencies: who.agencies,
    allowedActions: can(actor, "plan.manage") ? ["plan.manage"] : [],
  };
}

const periodName = (loaded: Loaded) => `kỳ ${loaded.label} của kế hoạch “${loaded.plan.title}”`;

export async function saveSynthesisDraft(
  db: Db,
  where: Where,
  input: { fields: unknown; rowVersion: number | null },
  ctx: AuditContext,
): Promise<void> {
  const fields = parseDraftFields(synthesisFieldsSchema, input.fields);
  await db.transaction(async (tx) => {
    const loaded = await loadPeriod(tx, where, "share");
    assertWordingOpen(loaded);
    const row = await repo.findSynthesis(tx, where.periodId, "update");
    if ((row?.rowVersion ?? null) !== input.rowVersion)
      throw new AppError("STALE_UPDATE", { entity: "planSynthesis" });
    const before = (await fieldsOf(tx, loaded, row)) as Record<string, unknown>;
    const change = changedFields(before, fields as Record<string, unknown>);
    if (row) {
      if (!change) return;
      await repo.updateSynthesis(tx, where.periodId, {
        fields,
        rowVersion: row.rowVersion + 1,
        updatedBy: ctx.actorUserId,
      });
    } else if (
      !(await repo.insertSynthesis(tx, {
        periodId: where.periodId,
        fields,
        updatedBy: ctx.actorUserId,
      }))
    )
      throw new AppError("STALE_UPDATE", { entity: "planSynthesis" });
    await recordAudit(tx, ctx, {
      type: "plan.synthesis_saved",
      entityId: where.planId,
      summary: `Sửa nội dung báo cáo tổng hợp ${periodName(loaded)}`,
      before: change?.before ?? null,
      after: { periodId: where.periodId, ...change?.after },
    });
  });
}

export async function resetSynthesisDraft(db: Db, where: Where, ctx: AuditContext): Promise<void> {
  await db.transaction(async (tx) => {
    const loaded = await loadPeriod(tx, where, "share");
    assertWordingOpen(loaded);
    const row = await repo.findSynthesis(tx, where.periodId, "update");
    if (!row) return;
    await repo.deleteSynthesis(tx, where.periodId);
    await recordAudit(tx, ctx, {
      type: "plan.synthesis_reset",
      entityId: where.planId,
      summary: `Khôi phục nội dung mặc định của báo cáo tổng hợp ${periodName(loaded)}`,
      before: row.fields,
      after: { periodId: where.periodId },
    });
  });
}

/**
 * What each agency sent on each task (`agencyId:taskId`), in the plan's periods up to and
 * including this one (`upTo`, this period's place among them).
 */
async function sentLines(db: DbOrTx, loaded: Loaded) {
  const periods = await reportsRepo.listPeriods(db, [loaded.plan.id]);
  const upTo = periods.findIndex((p) => p.id === loaded.period.id);
  const earlier = periods.slice(0, upTo + 1);
  const reports = (
    await reportsRepo.listReports(
      db,
      earlier.map((p) => p.id),
    )
  ).filter((r) => r.report.status !== "draft");
  const reportOf = new Map(reports.map((r) => [r.report.id, r.report]));
  const byKey = new Map<string, (SentLine & { progress: string | null; periodLabel: string })[]>();
  for (const item of await reportsRepo.listItems(db, [...reportOf.keys()])) {
    const report = reportOf.get(item.reportId)!;
    const periodOrder = earlier.findIndex((p) => p.id === report.periodId);
    const period = earlier[periodOrder]!;
    const key = `${report.agencyId}:${item.taskId}`;
    byKey.set(key, [
      ...(byKey.get(key) ?? []),
      {
        periodOrder,
        reportStatus: report.status,
        status: (item.status as TaskProgressStatus | null) ?? null,
        progress: item.progress,
        periodLabel: periodLabel(period.kind as ReportKind, period.year),
      },
    ]);
  }
  return { upTo, get: (key: string) => byKey.get(key) };
}

/**
 * Everything the synthesis says, read from the period's reports and the plan as they are now, the
 * reporting judged as of today or, once the period is closed, as of its closing day.
 */
export async function gatherSynthesis(db: Db, where: Where, now = new Date()): Promise<SynthesisData> {
  const loaded = await loadPeriod(db, where);
  const { plan, period, label } = loaded;
  const today = asOfDay(loaded, now);
  const who = await issuer(db);
  const fields = await fieldsOf(db, loaded, await repo.findSynthesis(db, where.periodId));
  const { tasks, links, rows } = await periodAgencies(db, loaded, today);
  const sentReports = rows.filter((r) => r.status === "submitted" || r.status === "accepted");
  const items = await reportsRepo.listItems(
    db,
    sentReports.map((r) => r.report!.id),
  );
  const sections = new Map((await content.listSections(db, plan.id)).map((s) => [s.id, s]));
  const placeOf = (task: (typeof tasks)[number]) =>
    [sections.get(task.sectionId)?.number, task.letter].filter(Boolean).join(".");
  const end = periodEnd(period.kind as ReportKind, period.year);
  const sentBy = await sentLines(db, loaded);
  const lateTasks: SynthesisLateTask[] = [];
  const agencies: SynthesisAgency[] = rows.map((r) => {
    const sent = r.status === "submitted" || r.status === "accepted";
    const roles = new Map(links.filter((l) => l.agencyId === r.id).map((l) => [l.taskId, l.role]));
    const mine = sent ? items.filter((i) => i.reportId === r.report!.id) : [];
    const lines = tasks
      .filter((t) => roles.has(t.id))
      .map((task) => {
        const item = mine.find((i) => i.taskId === task.id);
        const role = roles.get(task.id) as "lead" | "support";
        const status = role === "lead" ? ((item?.status as TaskProgressStatus | null) ?? null) : null;
        return { task, role, status, progress: item?.progress ?? null };
      });
    // The tasks it leads, judged on the latest state it sent (this period's or an earlier one's).
    for (const line of lines) {
      if (line.role !== "lead") continue;
      const last = latestSent(sentBy.get(`${r.id}:${line.task.id}`) ?? [], sentBy.upTo);
      const reason = lateReason(line.task.recurring ? null : line.task.deadline, last?.status ?? null, end);
      if (reason)
        lateTasks.push({
          agency: r.name,
          place: placeOf(line.task),
          body: line.task.body,
          deadline: line.task.deadline,
          recurring: line.task.recurring,
          reason,
          progress: last?.progress ?? null,
          from: last && last.periodOrder !== sentBy.upTo ? last.periodLabel : null,
        });
    }
    return {
      name: r.name,
      department: who.departmentIds.has(r.id),
      status: r.status,
      timeliness: r.timeliness,
      daysOverdue: r.daysOverdue,
      items: sent
        ? lines.map((l) => ({
            place: placeOf(l.task),
            body: l.task.body,
            role: l.role,
            status: l.status,
            progress: l.progress,
          }))
        : [],
      difficulties: sent ? (r.report?.difficulties ?? null) : null,
      proposals: sent ? (r.report?.proposals ?? null) : null,
    };
  });
  // The department's report to the chairman gives every figure the province has, whoever downloads it.
  // Its own measures as they stood when the department compiled the period: a six-month figure
  // is the half-year's, even read once its year is over.
  const compiled = new Date(Math.min(Date.now(), Date.parse(`${period.departmentDue}T23:59:59+07:00`)));
  const targets = await planTargets(db, plan, "all", undefined, undefined, compiled);
  // A plan on the green index, or with targets on it, reports the province's PGI as its page shows it.
  const pgiPlan = plan.scope === "pgi" || targets.some((t) => t.measure.startsWith("pgi_"));
  const pgiOverview = pgiPlan ? await pgiOverviewOfDepartment(db) : undefined;
  return {
    fields,
    planRef: planReference(plan),
    periodLabel: label,
    year: period.year,
    agencyDue: period.agencyDue,
    asOf: today,
    closed: Boolean(period.closedAt),
    departmentName: who.departmentName,
    committee: provincialCommittee(who.provinceName),
    atRiskBelowPercent: plan.atRiskBelowPercent,
    agencies,
    targets: targets.map((t) => {
      const year = t.years.find((y) => y.year === period.year);
      return {
        label: t.label,
        unit: t.unit,
        direction: t.direction,
        baseline: { value: t.baseline.value, year: t.baseline.year },
        target: year?.target ?? null,
        actual: year?.actual ?? null,
        final: year?.final ?? false,
        // A measure of the plan's own is known from accepted reports: not final, it is the
        // six-month report's figure (the year's report makes it final).
        sixMonths: t.measure === "own" && year?.actual != null && !year.final,
        status: year?.status ?? null,
      };
    }),
    lateTasks,
    pgi: pgiOverview
      ? pgiDocumentSection(
          pgiOverview,
          period.year,
          pgiOverview.targets.filter((t) => t.source === "plan" && t.planId === plan.id),
        )
      : null,
  };
}

const chartWidthMm = 160;

/** The chart of section II: how far each target with a value for the year is reached. */
export async function targetsChart(data: SynthesisData) {
  const bars = data.targets
    .map((t, i) => ({ t, n: i + 1 }))
    .filter(({ t }) => t.target !== null)
    .map(({ t, n }) => {
      const pct = t.actual === null ? null : reachedPct(t.direction, t.target!, t.actual);
      return {
        label: `${n}. ${t.label}`,
        value: pct === null ? 0 : Math.min(pct, 100),
        max: 100,
        // A target with no figure has no bar, only the words where it would start.
        missing: pct === null,
        note: pct === null ? "chưa có số liệu" : `${formatNumberVi(pct, 1)}%`,
      };
    });
  if (bars.length === 0) return null;
  return chartBlock(
    horizontalBars(bars, { labelWidth: 270, width: 620 }),
    chartWidthMm,
    `Mức đạt so với giá trị phấn đấu năm ${data.year} của từng chỉ tiêu (100% là đạt giá trị phấn đấu; số thứ tự như trong bảng)`,
  );
}

export async function buildSynthesis(db: Db, where: Where, now = new Date()) {
  const data = await gatherSynthesis(db, where, now);
  const document = buildSynthesisDocument(data, await targetsChart(data));
  const plan = await plansRepo.findPlan(db, where.planId);
  return {
    content: await renderDocx(document),
    fileName: `${synthesisFileBase(data.periodLabel, plan?.numberSymbol ?? null)}.docx`,
  };
}

/**
 * A conclusion corrected after its directives were given as tasks: the section they became takes
 * the corrected number, date and author in its title (unless its title was rewritten by hand),
 * and the plan's version moves on, as for any change of its tasks. Null when nothing changed.
 */
async function retitleConclusionSection(
  tx: DbOrTx,
  planId: string,
  was: repo.ConclusionRow,
  now: { numberSymbol: string; issuedOn: string; author: string },
): Promise<{ before: string; after: string } | null> {
  if (!was.sectionId) return null;
  const section = (await content.listSections(tx, planId)).find((s) => s.id === was.sectionId);
  const title = conclusionSectionTitle(now);
  if (!section || section.title === title || section.title !== conclusionSectionTitle(was)) return null;
  const plan = await plansRepo.findPlan(tx, planId, "update");
  if (!plan) throw notFound("plan");
  await repo.retitleSection(tx, section.id, title);
  await plansRepo.updatePlan(tx, planId, plan.rowVersion, {});
  return { before: section.title, after: title };
}

/** Records, or corrects, the chairman's conclusions on the period's synthesis. */
export async function saveConclusion(db: Db, where: Where, input: ConclusionInput, ctx: AuditContext) {
  const problems: { field: string; message: string }[] = [];
  if (!input.text.trim())
    problems.push({ field: "text", message: "Nhập nội dung kết luận, chỉ đạo của Chủ tịch UBND tỉnh" });
  if (!input.issuedOn) problems.push({ field: "issuedOn", message: "Chọn ngày của văn bản kết luận" });
  if (!input.author.trim())
    problems.push({ field: "author", message: "Nhập người kết luận (Chủ tịch UBND tỉnh …)" });
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
  await db.transaction(async (tx) => {
    const loaded = await loadPeriod(tx, where);
    const found = await repo.findConclusion(tx, where.periodId, "update");
    if ((found?.conclusion.rowVersion ?? 0) !== input.expectedRowVersion)
      throw new AppError("STALE_UPDATE", { entity: "planConclusion" });
    const after = {
      numberSymbol: input.numberSymbol.trim(),
      issuedOn: input.issuedOn!,
      author: input.author.trim(),
      body: input.text.trim(),
    };
    let section: { before: string; after: string } | null = null;
    if (found) {
      const change = changedFields(
        {
          numberSymbol: found.conclusion.numberSymbol,
          issuedOn: found.conclusion.issuedOn,
          author: found.conclusion.author,
          body: found.conclusion.body,
        },
        after,
      );
      if (!change) return;
      await repo.updateConclusion(tx, where.periodId, {
        ...after,
        rowVersion: found.conclusion.rowVersion + 1,
        recordedBy: ctx.actorUserId,
        recordedAt: new Date(),
      });
      section = await retitleConclusionSection(tx, where.planId, found.conclusion, after);
    } else if (
      !(await repo.insertConclusion(tx, { periodId: where.periodId, ...after, recordedBy: ctx.actorUserId }))
    )
      throw new AppError("STALE_UPDATE", { entity: "planConclusion" });
    await recordAudit(tx, ctx, {
      type: "plan.conclusion_saved",
      entityId: where.planId,
      summary: `Ghi kết luận của ${after.author}${after.numberSymbol ? ` (văn bản số ${after.numberSymbol})` : ""} về báo cáo ${periodName(loaded)}`,
      before: found
        ? {
            numberSymbol: found.conclusion.numberSymbol,
            issuedOn: found.conclusion.issuedOn,
            author: found.conclusion.author,
            body: found.conclusion.body,
            ...(section && { sectionTitle: section.before }),
          }
        : null,
      after: { periodId: where.periodId, ...after, ...(section && { sectionTitle: section.after }) },
    });
  });
}

/**
 * The directives chosen become lettered tasks of the plan, in the section of the conclusion (made
 * after the others the first time), by the same rules as any task of the plan: one transaction
 * with the tasks' audit event and the conclusion's.
 */
export async function addConclusionTasks(db: Db, where: Where, input: ConclusionTasks, ctx: AuditContext) {
  const problems: { field: string; message: string }[] = [];
  if (input.tasks.length === 0)
    problems.push({ field: "tasks", message: "Chọn ít nhất một nội dung chỉ đạo để giao nhiệm vụ" });
  input.tasks.forEach((task, i) => {
    if (!task.body.trim())
      problems.push({ field: `tasks.${i}.body`, message: `Nhiệm vụ ${i + 1}: nhập nội dung nhiệm vụ` });
  });
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
  const catalogue = await measureCatalogue(db);
  await db.transaction(async (tx) => {
    const loaded = await loadPeriod(tx, where);
    const found = await repo.findConclusion(tx, where.periodId, "update");
    if (!found)
      throw new AppError("VALIDATION_FAILED", {}, [
        {
          field: "conclusion",
          message: "Ghi kết luận của Chủ tịch UBND tỉnh trước khi giao nhiệm vụ theo kết luận",
        },
      ]);
    const c = found.conclusion;
    const { sectionId, number, letters } = await addTasks(
      tx,
      catalogue,
      where.planId,
      input.expectedRowVersion,
      { id: c.sectionId, title: conclusionSectionTitle(c) },
      input.tasks.map((t) => ({
        body: t.body.trim(),
        leadAgencyIds: t.leadAgencyIds,
        supportingAgencyIds: t.supportingAgencyIds,
        deadline: t.recurring ? null : (t.deadline ?? null),
        recurring: t.recurring,
        targetIds: [],
        measures: [],
      })),
      ctx,
    );
    await repo.updateConclusion(tx, where.periodId, { sectionId });
    await recordAudit(tx, ctx, {
      type: "plan.conclusion_tasks_added",
      entityId: where.planId,
      summary: `Giao ${letters.length} nhiệm vụ theo kết luận của ${c.author} (mục ${number}, điểm ${letters.join(", ")}) của ${periodName(loaded)}`,
      before: { sectionId: c.sectionId },
      after: {
        periodId: where.periodId,
        sectionId,
        tasks: input.tasks.map((t, i) => ({ letter: letters[i], ...t })),
      },
    });
  });
}
