// What makes a plan's targets and tasks sound, each problem named by its place ("Chỉ tiêu 2",
// "Mục 1, điểm đ") and field: a target names what measures it, its baseline year and a value
// for years of the plan only; a task has its letter once in its section, a lead agency, and a
// deadline within the plan or "thường xuyên".
import type { SectionInput, TargetInput } from "../../contracts/plan-content.js";
import { type PlanProblem, periodText } from "./plan-rules.js";
import { isTaskLetter } from "./task-letters.js";

interface Period {
  periodFrom: number;
  periodTo: number;
}

/** Measures read from the application need their reference; ranks are places among provinces. */
export function targetProblems(
  targets: TargetInput[],
  plan: Period,
  isKnownRef: (measure: TargetInput["measure"], ref: string) => boolean,
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  targets.forEach((t, i) => {
    const at = `Chỉ tiêu ${i + 1}`;
    const field = (name: string) => `targets.${i}.${name}`;
    const add = (name: string, message: string) =>
      problems.push({ field: field(name), message: `${at}: ${message}` });
    if (!t.measure)
      add("measure", "chọn chỉ tiêu đo bằng gì (chỉ số PEPI, điểm hoặc hạng PGI, hay chỉ tiêu riêng)");
    else if (t.measure === "own") {
      if (!t.name?.trim()) add("name", "nhập tên chỉ tiêu");
      if (!t.unit?.trim()) add("unit", "nhập đơn vị tính");
      if (!t.direction) add("direction", "chọn chiều tốt lên (càng cao càng tốt hay càng thấp càng tốt)");
    } else if (t.measure === "pepi_indicator" || t.measure.startsWith("pgi_part")) {
      const ref = t.measureRef?.trim() ?? "";
      if (!ref)
        add("measureRef", t.measure === "pepi_indicator" ? "chọn chỉ số PEPI" : "chọn chỉ số thành phần PGI");
      else if (!isKnownRef(t.measure, ref)) add("measureRef", `không có chỉ số “${ref}”`);
    }
    if (t.baselineYear === null) add("baselineYear", "nhập năm gốc");
    else if (t.baselineYear > plan.periodFrom)
      add(
        "baselineYear",
        `năm gốc ${t.baselineYear} phải từ năm đầu kế hoạch (${plan.periodFrom}) trở về trước`,
      );
    if (t.yearly.length === 0) add("yearly", "nhập giá trị phấn đấu của ít nhất một năm");
    const seen = new Set<number>();
    t.yearly.forEach((y, j) => {
      const yearField = `yearly.${j}.year`;
      if (y.year < plan.periodFrom || y.year > plan.periodTo)
        add(yearField, `năm ${y.year} ngoài thời kỳ của kế hoạch (${periodText(plan)})`);
      else if (seen.has(y.year)) add(yearField, `năm ${y.year} được nhập hai lần`);
      seen.add(y.year);
      if (isRank(t.measure) && (!Number.isInteger(y.value) || y.value < 1 || y.value > 63))
        add(`yearly.${j}.value`, `thứ hạng năm ${y.year} phải là số nguyên từ 1 đến 63`);
    });
  });
  return problems;
}

export const isRank = (measure: TargetInput["measure"]) =>
  measure === "pepi_rank" || measure === "pgi_rank" || measure === "pgi_part_rank";

export interface TaskReferences {
  agencies: ReadonlySet<string>;
  targets: ReadonlySet<string>;
  isKnownMeasure: (key: string) => boolean;
}

export function taskProblems(sections: SectionInput[], plan: Period, known: TaskReferences): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const numbers = new Set<string>();
  sections.forEach((section, i) => {
    const sectionAt = `Mục ${section.number}`;
    if (numbers.has(section.number))
      problems.push({ field: `sections.${i}.number`, message: `${sectionAt} có hai lần` });
    numbers.add(section.number);
    const letters = new Set<string>();
    section.tasks.forEach((task, j) => {
      const at = `${sectionAt}, điểm ${task.letter || j + 1}`;
      const add = (name: string, message: string) =>
        problems.push({ field: `sections.${i}.tasks.${j}.${name}`, message: `${at}: ${message}` });
      if (!isTaskLetter(task.letter))
        add("letter", "ký hiệu điểm là một chữ cái thường (a, b, c, d, đ, e, g …)");
      else if (letters.has(task.letter)) add("letter", `điểm ${task.letter} đã có trong mục này`);
      letters.add(task.letter);
      if (task.leadAgencyIds.length === 0) add("leadAgencyIds", "chọn cơ quan chủ trì");
      for (const id of [...task.leadAgencyIds, ...task.supportingAgencyIds])
        if (!known.agencies.has(id)) add("leadAgencyIds", "có cơ quan không còn trong danh sách");
      if (task.supportingAgencyIds.some((id) => task.leadAgencyIds.includes(id)))
        add("supportingAgencyIds", "một cơ quan vừa chủ trì vừa phối hợp");
      if (task.recurring && task.deadline)
        add("deadline", "chọn hoặc thời hạn, hoặc “thường xuyên”, không cả hai");
      else if (!task.recurring && !task.deadline) add("deadline", "nhập thời hạn hoặc chọn “thường xuyên”");
      else if (task.deadline) {
        const year = Number(task.deadline.slice(0, 4));
        if (year < plan.periodFrom || year > plan.periodTo)
          add("deadline", `thời hạn ngoài thời kỳ của kế hoạch (${periodText(plan)})`);
      }
      if (task.targetIds.some((id) => !known.targets.has(id)))
        add("targetIds", "có chỉ tiêu không thuộc kế hoạch này (lưu chỉ tiêu trước)");
      for (const key of task.measures)
        if (!known.isKnownMeasure(key)) add("measures", `không có chỉ số “${key}”`);
    });
  });
  return problems;
}
