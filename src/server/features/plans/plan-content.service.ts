// A plan's content: its targets with the actuals the application knows and how each year
// stands, its sections of lettered tasks with the agencies that lead and support them, and the
// tasks an agency has across plans. Targets and tasks are each saved whole, against the plan's
// row version, in one transaction with their audit event.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type {
  PlanDetail,
  PlanSection,
  PlanTarget,
  SectionInput,
  TargetMeasure,
  targetsUpdateSchema,
  tasksUpdateSchema,
} from "../../../contracts/plan-content.js";
import type { ReportKind, TaskProgressStatus } from "../../../contracts/plan-reports.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import {
  type TaskReferences,
  targetProblems,
  taskProblems,
} from "../../../domain/plans/plan-content-rules.js";
import { planYears } from "../../../domain/plans/plan-rules.js";
import { periodLabel } from "../../../domain/plans/report-periods.js";
import { nextSectionNumber } from "../../../domain/plans/synthesis.js";
import { targetStatus } from "../../../domain/plans/target-status.js";
import { nextLetter } from "../../../domain/plans/task-letters.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import type { FileStore, ReceivedFile } from "../../platform/file-store.js";
import { checkDocumentFile } from "../evidence/evidence.service.js";
import * as repo from "./plan-content.repo.js";
import {
  describeMeasure,
  gone,
  type MeasureCatalogue,
  measureCatalogue,
  type ProvinceFacts,
  provinceFacts,
} from "./plan-measures.js";
import * as reportsRepo from "./plan-reports.repo.js";
import { ownMeasureFacts } from "./plan-reports.service.js";
import * as plansRepo from "./plans.repo.js";
import { presentPlan } from "./plans.service.js";

type TargetsUpdate = z.infer<typeof targetsUpdateSchema>;
type TasksUpdate = z.infer<typeof tasksUpdateSchema>;

/**
 * Which of the province's facts a reader sees: "all" for those who read the province's results;
 * "published" for an agency's people, only what the Ministry or VCCI published, not figures of
 * other agencies that nobody has reviewed yet.
 */
export type FactsSeen = "all" | "published";

const factsSeenBy = (actor: Actor): FactsSeen => (can(actor, "computation.read") ? "all" : "published");

function factsFor(seen: FactsSeen, facts: ProvinceFacts): ProvinceFacts {
  if (seen === "all") return facts;
  return {
    actual: (measure, ref, year) => {
      const actual = facts.actual(measure, ref, year);
      return actual?.published ? actual : null;
    },
  };
}

function presentTarget(
  row: repo.TargetRow,
  plan: plansRepo.PlanRow,
  catalogue: MeasureCatalogue,
  facts: ProvinceFacts,
): PlanTarget {
  const measure = row.measure as TargetMeasure;
  const info = describeMeasure(catalogue, { ...row, measure });
  const planned = new Map(
    (row.yearly as { year: number; value: string }[]).map((y) => [y.year, Number(y.value)]),
  );
  const known = row.baselineValue === null ? facts.actual(measure, row.measureRef, row.baselineYear) : null;
  return {
    id: row.id,
    measure,
    measureRef: row.measureRef,
    label: info.label,
    provisional: info.provisional === true,
    name: row.name,
    unit: info.unit,
    direction: info.direction,
    // A baseline the application knows is read, not typed.
    baseline: {
      value: row.baselineValue !== null ? Number(row.baselineValue) : (known?.value ?? null),
      year: row.baselineYear,
      source: row.baselineValue !== null ? row.baselineSource : (known?.source ?? null),
      entered: row.baselineValue !== null,
    },
    years: planYears(plan).map((year) => {
      const target = planned.get(year) ?? null;
      const actual = facts.actual(measure, row.measureRef, year);
      return {
        year,
        target,
        actual: actual?.value ?? null,
        actualSource: actual?.source ?? null,
        final: actual?.final ?? false,
        status:
          target === null
            ? null
            : targetStatus({
                direction: info.direction,
                target,
                actual: actual?.value ?? null,
                final: actual?.final ?? false,
                atRiskBelowPercent: plan.atRiskBelowPercent,
              }),
      };
    }),
  };
}

// Agencies in Vietnamese alphabetical order ("Đ" after "D", not after "Z").
const vietnamese = new Intl.Collator("vi");

/** "PEPI-383:KQ1" or "PGI1" as people read it. */
function measureKeyLabel(catalogue: MeasureCatalogue, key: string): string {
  const indicator = catalogue.indicators.get(key);
  if (indicator) return `Chỉ số PEPI: ${indicator.label}`;
  const part = catalogue.pgiParts.get(key);
  return part ? `Chỉ số thành phần ${key.replace(/^PGI/, "")} PGI: ${part}` : `Chỉ số ${gone}`;
}

async function presentTasks(
  db: DbOrTx,
  tasks: repo.TaskRow[],
  targets: Map<string, string>,
  catalogue: MeasureCatalogue,
) {
  const agencies = await repo.listTaskAgencies(
    db,
    tasks.map((t) => t.id),
  );
  return new Map(
    tasks.map((task) => {
      const mine = agencies.filter((a) => a.taskId === task.id);
      const ref = (a: (typeof mine)[number]) => ({ id: a.agencyId, name: a.name });
      mine.sort((a, b) => vietnamese.compare(a.name, b.name));
      const targetIds = task.targetIds as string[];
      const measures = task.measures as string[];
      return [
        task.id,
        {
          id: task.id,
          letter: task.letter,
          body: task.body,
          deadline: task.deadline,
          recurring: task.recurring,
          lead: mine.filter((a) => a.role === "lead").map(ref),
          supporting: mine.filter((a) => a.role === "support").map(ref),
          targetIds,
          measures,
          serves: [
            ...targetIds.map((id) => ({ key: id, label: `Chỉ tiêu: ${targets.get(id) ?? "đã xóa"}` })),
            ...measures.map((key) => ({ key, label: measureKeyLabel(catalogue, key) })),
          ],
        },
      ];
    }),
  );
}

/** Reads the facts of some years; the routes keep them in a cache while nothing they rest on changes. */
export type FactsReader = (years: ReadonlySet<number>) => Promise<ProvinceFacts>;

export async function getPlanDetail(
  db: Db,
  id: string,
  actor: Actor,
  documentMaxBytes: number,
  readFacts: FactsReader = (years) => provinceFacts(db, years),
): Promise<PlanDetail> {
  const all = await plansRepo.listPlans(db);
  const row = all.find((p) => p.id === id);
  if (!row) throw notFound("plan");
  const plan = presentPlan(row, all, actor);
  const catalogue = await measureCatalogue(db);
  const targets = await planTargets(db, row, factsSeenBy(actor), readFacts, catalogue);
  const sections = await repo.listSections(db, id);
  const tasks = await repo.listTasks(db, [id]);
  const presented = await presentTasks(db, tasks, new Map(targets.map((t) => [t.id, t.label])), catalogue);
  const document = await repo.findDocument(db, id);
  return {
    ...plan,
    atRiskBelowPercent: row.atRiskBelowPercent,
    documentMaxBytes,
    document: document
      ? {
          fileName: document.document.fileName,
          sizeBytes: document.document.sizeBytes,
          uploadedBy: document.uploaderName,
          uploadedAt: document.document.uploadedAt.toISOString(),
        }
      : null,
    targets,
    sections: sections.map(
      (s): PlanSection => ({
        id: s.id,
        number: s.number,
        title: s.title,
        tasks: tasks.filter((t) => t.sectionId === s.id).map((t) => presented.get(t.id)!),
      }),
    ),
  };
}

/** A plan's targets with their actuals and how each year stands, as `seen` allows. */
export async function planTargets(
  db: Db,
  row: plansRepo.PlanRow,
  seen: FactsSeen,
  readFacts: FactsReader = (years) => provinceFacts(db, years),
  catalogue?: MeasureCatalogue,
  /** The moment the plan's own measures are judged at (a period's synthesis: its due day). */
  ownAsOf = new Date(),
): Promise<PlanTarget[]> {
  const measures = catalogue ?? (await measureCatalogue(db));
  const targetRows = await repo.listTargets(db, [row.id]);
  // Only the years the plan's targets speak of: its own and their baselines.
  const years = new Set([...targetRows.map((t) => t.baselineYear), ...planYears(row)]);
  const visible = factsFor(seen, await readFacts(years));
  // A measure of the plan's own is known from the agencies' accepted progress reports.
  const ownFacts = await ownMeasureFacts(db, row.id, ownAsOf);
  return targetRows.map((t) =>
    presentTarget(t, row, measures, t.measure === "own" ? ownFacts(t.id) : visible),
  );
}

/** The plan locked against other changes, at the version the editor started from. */
async function lockPlan(tx: DbOrTx, id: string, expectedRowVersion: number) {
  const plan = await plansRepo.findPlan(tx, id, "update");
  if (!plan) throw notFound("plan");
  if (plan.rowVersion !== expectedRowVersion) throw new AppError("STALE_UPDATE", { entity: "plan" });
  return plan;
}

/**
 * The id an item keeps: the one it was sent with when that id is this plan's and sent once (a
 * copy from another plan, or the same id twice, would collide), otherwise a new one.
 */
function idKeeper(own: ReadonlySet<string>) {
  const used = new Set<string>();
  return (id: string | undefined) => {
    const kept = id && own.has(id) && !used.has(id) ? id : randomUUID();
    used.add(kept);
    return kept;
  };
}

const isKnownRef = (catalogue: MeasureCatalogue) => (measure: TargetMeasure | null, ref: string) =>
  measure === "pepi_indicator" ? catalogue.indicators.has(ref) : catalogue.pgiParts.has(ref);

type Plan = plansRepo.PlanRow;

/**
 * A plan's targets as sent, as rows: each keeps its id where it may (`idKeeper`); `idOf` tells
 * what each id sent became, so tasks saved with them can name a new target by the id it was sent with.
 */
function targetRowsOf(plan: Plan, targets: TargetsUpdate["targets"], before: repo.TargetRow[]) {
  const keep = idKeeper(new Set(before.map((t) => t.id)));
  const idOf = new Map<string, string>();
  const rows = targets.map((t, position) => {
    const id = keep(t.id);
    if (t.id && !idOf.has(t.id)) idOf.set(t.id, id);
    return {
      id,
      planId: plan.id,
      position,
      measure: t.measure!,
      measureRef:
        t.measure === "pepi_indicator" || t.measure?.startsWith("pgi_part") ? t.measureRef!.trim() : null,
      name: t.measure === "own" ? t.name!.trim() : null,
      unit: t.measure === "own" ? t.unit!.trim() : null,
      direction: t.measure === "own" ? t.direction! : null,
      baselineValue: t.baselineValue == null ? null : String(t.baselineValue),
      baselineYear: t.baselineYear!,
      baselineSource: t.baselineSource?.trim() || null,
      yearly: [...t.yearly]
        .sort((a, b) => a.year - b.year)
        .map((y) => ({ year: y.year, value: String(y.value) })),
    };
  });
  return { rows, idOf };
}

async function writeTargets(
  tx: DbOrTx,
  plan: Plan,
  rows: ReturnType<typeof targetRowsOf>["rows"],
  before: repo.TargetRow[],
  atRiskBelowPercent: number,
  ctx: AuditContext,
) {
  await repo.replaceTargets(tx, plan.id, rows);
  // A task no longer serves a target taken out of the plan.
  await repo.dropTaskTargets(
    tx,
    plan.id,
    rows.map((r) => r.id),
  );
  await recordAudit(tx, ctx, {
    type: "plan.targets_saved",
    entityId: plan.id,
    summary: `Lưu ${rows.length} chỉ tiêu của kế hoạch “${plan.title}”`,
    before: { atRiskBelowPercent: plan.atRiskBelowPercent, targets: before.map(({ planId, ...t }) => t) },
    after: { atRiskBelowPercent, targets: rows.map(({ planId, ...t }) => t) },
  });
}

export async function saveTargets(
  db: Db,
  id: string,
  input: TargetsUpdate,
  ctx: AuditContext,
): Promise<void> {
  const catalogue = await measureCatalogue(db);
  await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, id, input.expectedRowVersion);
    const problems = targetProblems(input.targets, plan, isKnownRef(catalogue));
    if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
    const before = await repo.listTargets(tx, [id]);
    const { rows } = targetRowsOf(plan, input.targets, before);
    await writeTargets(tx, plan, rows, before, input.atRiskBelowPercent, ctx);
    await plansRepo.updatePlan(tx, id, plan.rowVersion, { atRiskBelowPercent: input.atRiskBelowPercent });
  });
}

/** A plan's sections, tasks and the agencies on them, as they are before a save. */
async function tasksBefore(tx: DbOrTx, id: string) {
  const sections = await repo.listSections(tx, id);
  const tasks = await repo.listTasks(tx, [id]);
  const agencies = await repo.listTaskAgencies(
    tx,
    tasks.map((t) => t.id),
  );
  return { sections, tasks, agencies };
}

/** What a plan's tasks may name: active agencies, the plan's targets, the indices in force. */
async function taskReferences(
  tx: DbOrTx,
  before: Awaited<ReturnType<typeof tasksBefore>>,
  targets: ReadonlySet<string>,
  catalogue: MeasureCatalogue,
): Promise<TaskReferences> {
  return {
    // An agency already on a task stays acceptable there after it stops being active.
    agencies: new Set([...(await repo.listActiveAgencyIds(tx)), ...before.agencies.map((a) => a.agencyId)]),
    targets,
    isKnownMeasure: (key: string) => catalogue.indicators.has(key) || catalogue.pgiParts.has(key),
  };
}

async function writeTasks(
  tx: DbOrTx,
  plan: Plan,
  input: TasksUpdate["sections"],
  before: Awaited<ReturnType<typeof tasksBefore>>,
  ctx: AuditContext,
) {
  const id = plan.id;
  const sections: Parameters<typeof repo.replaceTasks>[2] = [];
  const tasks: Parameters<typeof repo.replaceTasks>[3] = [];
  const agencies: Parameters<typeof repo.replaceTasks>[4] = [];
  let taskPosition = 0;
  const keepSection = idKeeper(new Set(before.sections.map((x) => x.id)));
  const keepTask = idKeeper(new Set(before.tasks.map((x) => x.id)));
  input.forEach((s, position) => {
    const sectionId = keepSection(s.id);
    sections.push({ id: sectionId, planId: id, position, number: s.number, title: s.title });
    for (const t of s.tasks) {
      const taskId = keepTask(t.id);
      tasks.push({
        id: taskId,
        planId: id,
        sectionId,
        position: taskPosition++,
        letter: t.letter,
        body: t.body,
        deadline: t.recurring ? null : (t.deadline ?? null),
        recurring: t.recurring,
        targetIds: [...new Set(t.targetIds)],
        measures: [...new Set(t.measures)],
      });
      for (const agencyId of new Set(t.leadAgencyIds)) agencies.push({ taskId, agencyId, role: "lead" });
      for (const agencyId of new Set(t.supportingAgencyIds))
        agencies.push({ taskId, agencyId, role: "support" });
    }
  });
  await refuseRemovingReported(tx, before.sections, before.tasks, new Set(tasks.map((t) => t.id)));
  await repo.replaceTasks(tx, id, sections, tasks, agencies);
  await recordAudit(tx, ctx, {
    type: "plan.tasks_saved",
    entityId: id,
    summary: `Lưu ${sections.length} mục, ${tasks.length} nhiệm vụ của kế hoạch “${plan.title}”`,
    before: {
      sections: before.sections.map(({ planId, ...x }) => x),
      tasks: before.tasks.map(({ planId, ...x }) => x),
      agencies: before.agencies.map(({ name, ...x }) => x),
    },
    after: {
      sections: sections.map(({ planId, ...x }) => x),
      tasks: tasks.map(({ planId, ...x }) => x),
      agencies,
    },
  });
}

export async function saveTasks(db: Db, id: string, input: TasksUpdate, ctx: AuditContext): Promise<void> {
  const catalogue = await measureCatalogue(db);
  await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, id, input.expectedRowVersion);
    const targets = new Set((await repo.listTargets(tx, [id])).map((t) => t.id));
    const before = await tasksBefore(tx, id);
    const problems = taskProblems(input.sections, plan, await taskReferences(tx, before, targets, catalogue));
    if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
    await writeTasks(tx, plan, input.sections, before, ctx);
    await plansRepo.updatePlan(tx, id, plan.rowVersion, {});
  });
}

/** A task added to a plan from elsewhere (a directive of the chairman): it is given its letter. */
export type NewTask = Omit<SectionInput["tasks"][number], "id" | "letter">;

/**
 * Tasks added after the others of one section (one already in the plan, or a new one numbered
 * after the last), in the caller's transaction: the plan as it is with them is checked and written
 * by the same rules, and audited, as a whole save of its tasks. Problems of the tasks added are
 * named `tasks.<i>.<field>`. Gives the section and the letters the tasks were given.
 */
export async function addTasks(
  tx: DbOrTx,
  /** Read before the transaction (`measureCatalogue`): the measures the plan's tasks may serve. */
  catalogue: MeasureCatalogue,
  planId: string,
  expectedRowVersion: number,
  section: { id: string | null; title: string },
  added: NewTask[],
  ctx: AuditContext,
): Promise<{ sectionId: string; number: string; letters: string[] }> {
  const plan = await lockPlan(tx, planId, expectedRowVersion);
  const targets = new Set((await repo.listTargets(tx, [planId])).map((t) => t.id));
  const before = await tasksBefore(tx, planId);
  const sections: SectionInput[] = before.sections.map((s) => ({
    id: s.id,
    number: s.number,
    title: s.title,
    tasks: before.tasks
      .filter((t) => t.sectionId === s.id)
      .map((t) => {
        const on = before.agencies.filter((a) => a.taskId === t.id);
        return {
          id: t.id,
          letter: t.letter,
          body: t.body,
          leadAgencyIds: on.filter((a) => a.role === "lead").map((a) => a.agencyId),
          supportingAgencyIds: on.filter((a) => a.role === "support").map((a) => a.agencyId),
          deadline: t.deadline,
          recurring: t.recurring,
          targetIds: t.targetIds as string[],
          measures: t.measures as string[],
        };
      }),
  }));
  let at = sections.findIndex((s) => s.id === section.id);
  if (at < 0) {
    const number = nextSectionNumber(sections.map((s) => s.number));
    at = sections.push({ number, title: section.title, tasks: [] }) - 1;
  }
  const target = sections[at]!;
  const offset = target.tasks.length;
  const letters: string[] = [];
  for (const task of added) {
    const letter = nextLetter(target.tasks.map((t) => t.letter));
    letters.push(letter);
    target.tasks.push({ ...task, letter });
  }
  const prefix = `sections.${at}.tasks.`;
  const problems = taskProblems(sections, plan, await taskReferences(tx, before, targets, catalogue)).map(
    (p) => {
      if (!p.field.startsWith(prefix)) return p;
      const [index, ...rest] = p.field.slice(prefix.length).split(".");
      const i = Number(index) - offset;
      return i < 0 ? p : { ...p, field: ["tasks", i, ...rest].join(".") };
    },
  );
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
  await writeTasks(tx, plan, sections, before, ctx);
  await plansRepo.updatePlan(tx, planId, plan.rowVersion, {});
  const written = (await repo.listSections(tx, planId))[at]!;
  return { sectionId: written.id, number: written.number, letters };
}

/**
 * Targets and tasks saved whole together (a plan read from its text): the problems of both are
 * refused together, nothing is saved unless all is; a task may serve a target of the same
 * request by the id that target was sent with. Each list keeps its own audit event.
 */
export async function savePlanContent(
  db: Db,
  id: string,
  input: TargetsUpdate & Pick<TasksUpdate, "sections">,
  ctx: AuditContext,
): Promise<void> {
  const catalogue = await measureCatalogue(db);
  await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, id, input.expectedRowVersion);
    const beforeTargets = await repo.listTargets(tx, [id]);
    const { rows, idOf } = targetRowsOf(plan, input.targets, beforeTargets);
    const sections = input.sections.map((s) => ({
      ...s,
      tasks: s.tasks.map((t) => ({ ...t, targetIds: t.targetIds.map((x) => idOf.get(x) ?? x) })),
    }));
    const before = await tasksBefore(tx, id);
    const known = await taskReferences(tx, before, new Set(rows.map((r) => r.id)), catalogue);
    const problems = [
      ...targetProblems(input.targets, plan, isKnownRef(catalogue)),
      ...taskProblems(sections, plan, known),
    ];
    if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
    await writeTargets(tx, plan, rows, beforeTargets, input.atRiskBelowPercent, ctx);
    await writeTasks(tx, plan, sections, before, ctx);
    await plansRepo.updatePlan(tx, id, plan.rowVersion, { atRiskBelowPercent: input.atRiskBelowPercent });
  });
}

/** A task agencies have reported on stays in the plan: their reports speak of it. */
async function refuseRemovingReported(
  tx: DbOrTx,
  sections: repo.SectionRow[],
  before: repo.TaskRow[],
  kept: ReadonlySet<string>,
) {
  const removed = before.filter((t) => !kept.has(t.id));
  const reported = await reportsRepo.reportedTaskIds(
    tx,
    removed.map((t) => t.id),
  );
  if (reported.size === 0) return;
  const numberOf = new Map(sections.map((s) => [s.id, s.number]));
  throw new AppError(
    "VALIDATION_FAILED",
    {},
    removed
      .filter((t) => reported.has(t.id))
      .map((t) => ({
        field: "sections",
        message: `Nhiệm vụ ${[numberOf.get(t.sectionId), t.letter].filter(Boolean).join(".")} đã có báo cáo tiến độ nên không xóa được; có thể sửa nội dung của nhiệm vụ`,
      })),
  );
}

/** Every task an agency leads or supports, across the plans, with the plan and section it is in. */
export async function listAgencyTasks(db: Db, agencyId: string) {
  const rows = await repo.listTasksOfAgency(db, agencyId);
  const catalogue = await measureCatalogue(db);
  const planIds = [...new Set(rows.map((r) => r.plan.id))];
  const targetNames = new Map(
    (await repo.listTargets(db, planIds)).map((t) => [
      t.id,
      describeMeasure(catalogue, { ...t, measure: t.measure as TargetMeasure }).label,
    ]),
  );
  const presented = await presentTasks(
    db,
    rows.map((r) => r.task),
    targetNames,
    catalogue,
  );
  // How the agency last said each task it leads stands: the latest period's line it sent.
  const latest = new Map<string, { status: TaskProgressStatus; period: string; due: string }>();
  for (const line of await reportsRepo.sentLinesOfAgency(
    db,
    agencyId,
    rows.filter((r) => r.role === "lead").map((r) => r.task.id),
  )) {
    const found = latest.get(line.taskId);
    if (!found || found.due < line.agencyDue)
      latest.set(line.taskId, {
        status: line.status as TaskProgressStatus,
        period: periodLabel(line.kind as ReportKind, line.year),
        due: line.agencyDue,
      });
  }
  return {
    items: rows.map((r) => {
      const last = r.role === "lead" ? latest.get(r.task.id) : undefined;
      return {
        ...presented.get(r.task.id)!,
        plan: {
          id: r.plan.id,
          title: r.plan.title,
          numberSymbol: r.plan.numberSymbol,
          status: r.plan.status,
        },
        section: { number: r.section.number, title: r.section.title },
        role: r.role as "lead" | "support",
        latest: last ? { status: last.status, period: last.period } : null,
      };
    }),
  };
}

/** Records (or replaces) the plan's issued text: the signed PDF, or the Word file it was issued as. */
export async function recordPlanDocument(
  db: Db,
  store: FileStore,
  input: { planId: string; fileName: string; file: ReceivedFile },
  ctx: AuditContext,
): Promise<void> {
  const { planId, fileName, file } = input;
  const verdict = await checkDocumentFile(fileName, file);
  if (verdict.kind !== "pdf" && verdict.kind !== "docx")
    throw new AppError("VALIDATION_FAILED", {}, [
      {
        field: "file",
        message: `Tệp “${fileName}” không phải PDF hay Word (.docx): văn bản kế hoạch được lưu ở một trong hai dạng này`,
      },
    ]);
  await store.commit(file);
  await db.transaction(async (tx) => {
    const plan = await plansRepo.findPlan(tx, planId, "update");
    if (!plan) throw notFound("plan");
    const before = await repo.findDocument(tx, planId);
    const row = { fileName, sha256: file.sha256, sizeBytes: file.sizeBytes, mediaType: verdict.mediaType };
    await repo.upsertDocument(tx, { planId, ...row, uploadedBy: ctx.actorUserId });
    await recordAudit(tx, ctx, {
      type: "plan.document_recorded",
      entityId: planId,
      summary: `Lưu văn bản kế hoạch “${plan.title}”: ${fileName}`,
      before: before ? { fileName: before.document.fileName, sha256: before.document.sha256 } : null,
      after: { fileName, sha256: file.sha256 },
    });
  });
}
