// From a result's what-if to a draft plan (issue "improvement plans", item 5). The coordinator
// chooses, among the indicators the what-if ranks by the points they would add, those the plan
// takes up; each becomes a target measured by that indicator (its baseline where the result
// stands, a value per year up to the one that scores in full) and a lettered task under its
// group, led by the agencies answerable for it in the cycle. The plan, its targets and its tasks
// are written in one transaction with their audit events, through the same checks as when they
// are typed in.
import { randomUUID } from "node:crypto";
import type { CycleStatus, Dashboard } from "../../../contracts/cycles.js";
import type { EditionResultView } from "../../../contracts/frameworks.js";
import type { SectionInput, TargetInput } from "../../../contracts/plan-content.js";
import type {
  PlanFromWhatIf,
  PlanProposal,
  PlanProposalIndicator,
} from "../../../contracts/plan-from-what-if.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import type { ProvinceAgency } from "../../../domain/cycle/assignment-plan.js";
import { indicatorElements } from "../../../domain/cycle/elements.js";
import { cycleStatusVi, isCycleLocked } from "../../../domain/cycle/workflow.js";
import type { CompiledFramework } from "../../../domain/framework/compile.js";
import { lastSuccessors } from "../../../domain/org/agency-lineage.js";
import {
  type Direction,
  defaultPeriod,
  defaultTitle,
  fullPointsValue,
  isBetter,
  planDecimals,
  responsibleAgencies,
  taskBody,
  valueWithUnit,
  yearlySteps,
} from "../../../domain/plans/plan-from-what-if.js";
import type { PlanProblem } from "../../../domain/plans/plan-rules.js";
import { nextLetter } from "../../../domain/plans/task-letters.js";
import type { WhatIfRow } from "../../../domain/results/what-if-table.js";
import { capitalizeVi, formatDateVi } from "../../../domain/text/format-vi.js";
import { provincialCommittee } from "../../../domain/text/official-names.js";
import { vietnameseUnitText } from "../../../domain/text/unit-labels.js";
import type { Db } from "../../db/client.js";
import type { AuditContext } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as agenciesRepo from "../agencies/agencies.repo.js";
import * as computationsRepo from "../computations/computations.repo.js";
import { whatIfForComputation } from "../computations/what-if.service.js";
import * as cyclesRepo from "../cycles/cycles.repo.js";
import { cycleFramework } from "../cycles/cycles.service.js";
import { findFramework } from "../frameworks/frameworks.repo.js";
import { compiledVersion } from "../frameworks/frameworks.service.js";
import { readCycleStanding } from "../standing/cycle-what-if.js";
import { ownProvince, pepiCycles } from "../standing/standing.service.js";
import { savePlanContent } from "./plan-content.service.js";
import { measureCatalogue } from "./plan-measures.js";
import * as plansRepo from "./plans.repo.js";
import { insertPlanIn } from "./plans.service.js";

/** An indicator as the result states it. */
interface Line {
  value: number | null;
  unit: string;
  unitLabel: string | null;
}

/** A result whose what-if the plan is drawn from, read once. */
interface Source {
  cycleId: string | null;
  computationId: string | null;
  label: string;
  year: number;
  orgUnitId: string;
  provinceName: string;
  framework: CompiledFramework;
  editionCode: string;
  rows: WhatIfRow<{ vi: string }>[];
  lines: Map<string, Line>;
  /** The cycle whose assignments say who reports each indicator's figures. */
  assignmentsCycleId: string | null;
}

const noSource = () =>
  new AppError("VALIDATION_FAILED", {}, [
    {
      field: "source",
      message: "Chọn một kết quả để lập kế hoạch: một kỳ đánh giá hoặc một kết quả tính đã lưu",
    },
  ]);

const notPepi = () =>
  new AppError("VALIDATION_FAILED", {}, [
    {
      field: "source",
      message: "Chỉ lập được kế hoạch nâng điểm từ kết quả Chỉ số PEPI",
    },
  ]);

/** The year's state as the cycle's pages say it ("đã gửi Bộ"), provisional until approved. */
const stateOf = (status: CycleStatus) =>
  isCycleLocked(status) ? cycleStatusVi[status] : `${cycleStatusVi[status]}, tạm tính`;

function cycleLabel(year: number, province: string, status: CycleStatus, kind: string) {
  const state = kind === "history" ? "số liệu năm cơ sở" : stateOf(status);
  return `Kỳ đánh giá năm ${year} của ${province} (${state})`;
}

async function readSource(db: Db, query: { cycleId?: string; computationId?: string }, actor: Actor) {
  if (Boolean(query.cycleId) === Boolean(query.computationId)) throw noSource();
  if (query.cycleId) {
    const { cycle, dashboard, whatIf } = await readCycleStanding(db, query.cycleId, actor);
    const { framework } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
    if (framework.def.kind !== "pepi") throw notPepi();
    return {
      cycleId: cycle.id,
      computationId: null,
      label: cycleLabel(cycle.year, dashboard.cycle.orgUnit.name, cycle.status as CycleStatus, cycle.kind),
      year: cycle.year,
      orgUnitId: cycle.orgUnitId,
      provinceName: dashboard.cycle.orgUnit.name,
      framework,
      editionCode: cycle.editionCode,
      rows: whatIf.rows as WhatIfRow<{ vi: string }>[],
      lines: linesOf(dashboard.indicators),
      assignmentsCycleId: cycle.id,
    } satisfies Source;
  }
  const id = query.computationId!;
  const row = await computationsRepo.findComputation(db, id);
  if (!row) throw notFound("computation");
  if ((await findFramework(db, row.frameworkCode))?.kind !== "pepi") throw notPepi();
  const { computation } = row;
  // A result of another province (computed to compare) is no ground for this province's plan.
  const { orgUnit } = await ownProvince(db, await pepiCycles(db));
  if (orgUnit && orgUnit.id !== computation.orgUnitId)
    throw new AppError("VALIDATION_FAILED", {}, [
      {
        field: "source",
        message: `Kết quả này là của ${row.orgUnitName}, không phải của ${orgUnit.name}: chỉ lập kế hoạch từ kết quả của tỉnh mình`,
      },
    ]);
  // Only a result in force: one replaced or withdrawn says where the present one is.
  if (computation.withdrawnAt || computation.supersededBy)
    throw new AppError("VALIDATION_FAILED", {}, [
      {
        field: "source",
        message: computation.withdrawnAt
          ? "Kết quả này đã bị rút khi kỳ đánh giá được mở lại: lập kế hoạch từ kỳ đánh giá đó"
          : "Kết quả này đã được thay bằng kết quả tính lại: lập kế hoạch từ kết quả mới",
      },
    ]);
  const result = computation.result as EditionResultView;
  const whatIf = await whatIfForComputation(db, id);
  // Kept when its year was approved: the year's state now (approved, or sent to the Ministry).
  const year = computation.cycleId ? await cyclesRepo.findCycle(db, computation.cycleId) : undefined;
  return {
    cycleId: null,
    computationId: id,
    label: computation.cycleId
      ? `Kết quả tự đánh giá năm ${computation.year} của ${row.orgUnitName} (${stateOf((year?.status ?? "approved") as CycleStatus)})`
      : `Kết quả tính năm ${computation.year} của ${row.orgUnitName}, lưu ngày ${formatDateVi(computation.createdAt.toISOString())}`,
    year: computation.year,
    orgUnitId: computation.orgUnitId,
    provinceName: row.orgUnitName,
    framework: await compiledVersion(db, computation.frameworkVersionId),
    editionCode: computation.editionCode,
    rows: whatIf.rows as WhatIfRow<{ vi: string }>[],
    lines: linesOf(result.indicators),
    assignmentsCycleId: computation.cycleId,
  } satisfies Source;
}

function linesOf(
  indicators: (Pick<Dashboard["indicators"][number], "code" | "value" | "unit" | "unitLabel"> & {
    unitLabel: string | null;
  })[],
): Map<string, Line> {
  return new Map(indicators.map((i) => [i.code, { value: i.value, unit: i.unit, unitLabel: i.unitLabel }]));
}

/** The agencies that report each indicator's own figures in the cycle, merged agencies as their successors. */
async function reportingAgencies(
  db: Db,
  source: Source,
  province: Map<string, ProvinceAgency>,
): Promise<Map<string, ProvinceAgency[]>> {
  const found = new Map<string, ProvinceAgency[]>();
  if (!source.assignmentsCycleId) return found;
  const assignments = await cyclesRepo.listAssignments(db, source.assignmentsCycleId);
  const successors = lastSuccessors((await agenciesRepo.listAgencies(db, null)).map((a) => a.agency));
  const shared = new Set(source.framework.def.dataElements.filter((e) => e.shared).map((e) => e.code));
  for (const [code, elements] of indicatorElements(source.framework, source.editionCode)) {
    const own = elements.filter((e) => !shared.has(e));
    const ids = new Set(
      assignments
        .filter((a) => own.includes(a.elementCode))
        .map((a) => successors.get(a.agencyId) ?? a.agencyId),
    );
    found.set(
      code,
      [...ids].flatMap((id) => province.get(id) ?? []),
    );
  }
  return found;
}

const vietnamese = new Intl.Collator("vi");
const refOf = (a: ProvinceAgency) => ({ id: a.id, name: a.name });

/** What the application proposes for the result: every indicator that can gain, and the plan's defaults. */
async function proposalOf(db: Db, source: Source, now: Date): Promise<PlanProposal> {
  const provinceAgencies = (await cyclesRepo.provinceAgencies(db, source.orgUnitId)).sort((a, b) =>
    vietnamese.compare(a.name, b.name),
  );
  const province = new Map(provinceAgencies.map((a) => [a.id, a]));
  const reporting = await reportingAgencies(db, source, province);
  const catalogue = await measureCatalogue(db);
  const edition = source.framework.editions.get(source.editionCode)?.def;
  const frameworkCode = source.framework.def.code;
  const indicators: PlanProposalIndicator[] = [];
  for (const row of source.rows) {
    const compiled = source.framework.indicators.get(row.code);
    const scoring = edition?.indicators.find((i) => i.code === row.code)?.scoring;
    const measureRef = `${frameworkCode}:${row.code}`;
    // A target can only name an indicator of the frameworks in force.
    if (!compiled || !scoring || !catalogue.indicators.has(measureRef)) continue;
    const def = compiled.def;
    const line = source.lines.get(row.code);
    const direction: Direction = def.direction ?? "higher_is_better";
    const groupDef = edition?.groups.find((g) => g.code === def.group);
    const criteria = def.criteriaGroup
      ? groupDef?.criteriaGroups.find((c) => c.code === def.criteriaGroup)
      : undefined;
    const responsible = responsibleAgencies({
      named: def.agencies,
      reporting: (reporting.get(row.code) ?? []).sort((a, b) => vietnamese.compare(a.name, b.name)),
      province: provinceAgencies,
      year: source.year,
    });
    indicators.push({
      code: row.code,
      measureRef,
      name: def.name.vi,
      unit: vietnameseUnitText(line?.unit ?? def.unit, line?.unitLabel ?? def.unitLabel),
      direction,
      group: criteria
        ? { code: `${def.group}.${criteria.code}`, name: criteria.name.vi }
        : { code: def.group, name: groupDef?.name.vi ?? def.group },
      value: line?.value ?? null,
      points: row.points,
      maxPoints: row.maxPoints,
      gain: row.gain,
      fullValue: fullPointsValue(scoring, direction, line?.value ?? null),
      lead: responsible.lead.map(refOf),
      supporting: responsible.supporting.map(refOf),
      leadFrom: responsible.leadFrom,
    });
  }
  const period = defaultPeriod(source.year, now);
  return {
    source: {
      cycleId: source.cycleId,
      computationId: source.computationId,
      label: source.label,
      year: source.year,
    },
    defaults: {
      title: defaultTitle(source.provinceName, period),
      issuer: provincialCommittee(source.provinceName),
      ...period,
    },
    indicators,
    agencies: provinceAgencies.map(refOf),
  };
}

export async function planProposal(
  db: Db,
  query: { cycleId?: string; computationId?: string },
  actor: Actor,
  now = new Date(),
): Promise<PlanProposal> {
  return proposalOf(db, await readSource(db, query, actor), now);
}

/** Why an indicator of the framework is not among those the what-if can raise. */
function notOffered(source: Source, code: string, catalogue: Set<string>): string {
  const def = source.framework.indicators.get(code)?.def;
  if (!def) return `không có chỉ số “${code}” trong kết quả này`;
  const name = `Chỉ số “${def.name.vi}”`;
  if (!catalogue.has(`${source.framework.def.code}:${code}`))
    return `${name} không còn trong bộ chỉ số đang áp dụng`;
  const row = source.rows.find((r) => r.code === code);
  if (row) return `${name} không lập được chỉ tiêu`;
  const scoring = source.framework.editions
    .get(source.editionCode)
    ?.def.indicators.find((i) => i.code === code)?.scoring;
  if (scoring?.type === "external")
    return `${name} do cơ quan ngoài tỉnh chấm (khảo sát người dân), không cơ quan nào của tỉnh nâng được`;
  if (!scoring) return `${name} không được đánh giá trong năm của kết quả`;
  return `${name} đã đạt điểm tối đa (hoặc không áp dụng), không còn điểm để nâng`;
}

/**
 * Creates the draft plan: the plan (draft, PEPI), one target per chosen indicator and one task
 * per indicator under its group's section, in one transaction. Every problem is refused together,
 * each naming the indicator it is about; nothing is saved unless all is.
 */
export async function draftPlanFromWhatIf(
  db: Db,
  input: PlanFromWhatIf,
  actor: Actor,
  ctx: AuditContext,
  now = new Date(),
): Promise<string> {
  const source = await readSource(db, input, actor);
  const proposal = await proposalOf(db, source, now);
  const { defaults } = proposal;
  const periodFrom = input.periodFrom ?? defaults.periodFrom;
  const periodTo = input.periodTo ?? periodFrom + (defaults.periodTo - defaults.periodFrom);
  const period = { periodFrom, periodTo };
  const problems: PlanProblem[] = [];
  if (periodFrom < source.year)
    problems.push({
      field: "periodFrom",
      message: `Kế hoạch phải bắt đầu từ năm ${source.year} (năm của kết quả) trở đi`,
    });
  if (input.indicators.length === 0)
    problems.push({ field: "indicators", message: "Chọn ít nhất một chỉ số để lập kế hoạch" });

  const offered = new Map(proposal.indicators.map((i) => [i.code, i]));
  const known = new Set(proposal.agencies.map((a) => a.id));
  const catalogue = new Set((await measureCatalogue(db)).indicators.keys());
  const seen = new Set<string>();
  const chosen: { indicator: PlanProposalIndicator; target: number; lead: string[]; supporting: string[] }[] =
    [];
  input.indicators.forEach((choice, i) => {
    const field = (name: string) => `indicators.${i}.${name}`;
    const indicator = offered.get(choice.code);
    if (!indicator) {
      problems.push({
        field: field("code"),
        message: capitalizeVi(notOffered(source, choice.code, catalogue)),
      });
      return;
    }
    const at = `Chỉ số “${indicator.name}”`;
    const add = (name: string, message: string) =>
      problems.push({ field: field(name), message: `${at}: ${message}` });
    if (seen.has(choice.code)) {
      add("code", "đã chọn hai lần");
      return;
    }
    seen.add(choice.code);
    const target = choice.target ?? indicator.fullValue;
    if (target === null || target === undefined) add("target", "nhập giá trị phấn đấu");
    else if (indicator.value !== null && !isBetter(indicator.direction, target, indicator.value))
      add(
        "target",
        `giá trị phấn đấu ${valueWithUnit(target, indicator.unit)} phải ${
          indicator.direction === "lower_is_better" ? "thấp" : "cao"
        } hơn giá trị hiện nay (${valueWithUnit(indicator.value, indicator.unit)})`,
      );
    const lead = [...new Set(choice.leadAgencyIds ?? indicator.lead.map((a) => a.id))];
    const supporting = [
      ...new Set(choice.supportingAgencyIds ?? indicator.supporting.map((a) => a.id)),
    ].filter((id) => choice.supportingAgencyIds !== undefined || !lead.includes(id));
    if (lead.length === 0)
      add(
        "leadAgencyIds",
        indicator.leadFrom === "none" && choice.leadAgencyIds === undefined
          ? "chọn cơ quan chủ trì (không cơ quan cấp tỉnh nào được giao số liệu hay được bộ chỉ số nêu cho chỉ số này)"
          : "chọn cơ quan chủ trì",
      );
    const unknown = "có cơ quan không thuộc tỉnh hoặc đã ngừng hoạt động";
    if (lead.some((id) => !known.has(id))) add("leadAgencyIds", unknown);
    if (supporting.some((id) => !known.has(id))) add("supportingAgencyIds", unknown);
    if (supporting.some((id) => lead.includes(id)))
      add("supportingAgencyIds", "một cơ quan vừa chủ trì vừa phối hợp");
    if (target !== null && target !== undefined) chosen.push({ indicator, target, lead, supporting });
  });
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);

  // Targets in the order chosen; tasks under their group, groups in the framework's order, where
  // effort pays most first within each.
  const baselineReadByItself = await factsKnow(db, source);
  const targetIds = chosen.map(() => randomUUID());
  const targets: TargetInput[] = chosen.map(({ indicator, target }, i) => ({
    id: targetIds[i],
    measure: "pepi_indicator",
    measureRef: indicator.measureRef,
    name: null,
    unit: null,
    direction: null,
    // The application reads a cycle's value by itself; a result computed by hand is written down.
    baselineValue: baselineReadByItself ? null : indicator.value,
    baselineYear: source.year,
    baselineSource: baselineReadByItself || indicator.value === null ? null : source.label,
    yearly: yearlySteps(
      { value: indicator.value, year: source.year },
      target,
      period,
      planDecimals(unitCode(source, indicator.code), [indicator.value ?? target, target]),
    ),
  }));
  const place = frameworkGroupOrder(source);
  const groups = [...new Set(chosen.map((c) => c.indicator.group.code))].sort((a, b) => place(a) - place(b));
  const sections: SectionInput[] = groups.map((code, s) => {
    const members = chosen
      .map((c, i) => ({ ...c, targetId: targetIds[i]! }))
      .filter((c) => c.indicator.group.code === code)
      .sort((a, b) => b.indicator.gain - a.indicator.gain);
    const letters: string[] = [];
    return {
      number: String(s + 1),
      title: members[0]!.indicator.group.name,
      tasks: members.map(({ indicator, target, lead, supporting, targetId }) => {
        const letter = nextLetter(letters);
        letters.push(letter);
        return {
          letter,
          body: taskBody({
            name: indicator.name,
            unit: indicator.unit,
            direction: indicator.direction,
            baseline: { value: indicator.value, year: source.year },
            target,
            targetYear: periodTo,
            full: { value: indicator.fullValue, gain: indicator.gain },
          }),
          leadAgencyIds: lead,
          supportingAgencyIds: supporting,
          deadline: `${periodTo}-12-31`,
          recurring: false,
          // The target names the indicator: the task serves the target, not the indicator again.
          targetIds: [targetId],
          measures: [],
        };
      }),
    };
  });

  const title = input.title ?? defaultTitle(source.provinceName, period);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await insertPlanIn(
      tx,
      id,
      {
        title,
        issuer: input.issuer ?? defaults.issuer,
        periodFrom,
        periodTo,
        scope: "pepi",
        status: "draft",
        numberSymbol: null,
        issuedOn: null,
        implementsPlanId: input.implementsPlanId ?? null,
      },
      ctx,
      {
        summary: `Lập dự thảo kế hoạch “${title}” từ phân tích “Nếu cải thiện” của ${lowerFirst(source.label)}: ${chosen.length} chỉ số`,
        from: {
          cycleId: source.cycleId,
          computationId: source.computationId,
          indicators: chosen.map((c) => ({ code: c.indicator.code, target: c.target })),
        },
      },
    );
    const plan = await plansRepo.findPlan(tx, id, "update");
    await savePlanContent(
      tx,
      id,
      {
        expectedRowVersion: plan!.rowVersion,
        atRiskBelowPercent: plan!.atRiskBelowPercent,
        targets,
        sections,
      },
      ctx,
    );
  });
  return id;
}

/** The indicator's unit as the framework codes it ("%", "vehicle/person"), as its result states it. */
const unitCode = (source: Source, code: string) =>
  source.lines.get(code)?.unit ?? source.framework.indicators.get(code)?.def.unit ?? "";

/** The framework's order of groups and criteria groups, for the plan's sections. */
function frameworkGroupOrder(source: Source) {
  const order: string[] = [];
  for (const group of source.framework.editions.get(source.editionCode)?.def.groups ?? []) {
    order.push(group.code);
    for (const c of group.criteriaGroups) order.push(`${group.code}.${c.code}`);
  }
  return (code: string) => {
    const at = order.indexOf(code);
    return at < 0 ? order.length : at;
  };
}

/**
 * Whether the plan's page reads the baseline by itself: the result is a cycle of the province the
 * department works for (live, approved or a past year entered), which the targets' actuals read.
 */
async function factsKnow(db: Db, source: Source): Promise<boolean> {
  if (!source.assignmentsCycleId) return false;
  const { orgUnit } = await ownProvince(db, await pepiCycles(db));
  return orgUnit?.id === source.orgUnitId;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("vi-VN") + text.slice(1);
