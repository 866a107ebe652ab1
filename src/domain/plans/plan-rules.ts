// What makes an improvement plan's record sound: its years in order and not spanning more than
// a decade, an issued plan with its number and date, a closed plan once issued, and a plan it
// implements that does not, along the plans it implements in turn, come back to it.
export interface PlanFields {
  numberSymbol?: string | null;
  issuedOn?: string | null;
  periodFrom: number;
  periodTo: number;
  status: "draft" | "issued" | "closed";
}

export interface PlanProblem {
  field: string;
  message: string;
}

const longestPeriod = 10;

/** The years a plan covers, in order. */
export const planYears = (p: { periodFrom: number; periodTo: number }) =>
  Array.from({ length: p.periodTo - p.periodFrom + 1 }, (_, i) => p.periodFrom + i);

/** "2023–2025", or "2026" for a plan of one year. */
export const periodText = (p: { periodFrom: number; periodTo: number }) =>
  p.periodFrom === p.periodTo ? `${p.periodFrom}` : `${p.periodFrom}–${p.periodTo}`;

export function planProblems(plan: PlanFields, previousStatus?: PlanFields["status"]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.periodTo < plan.periodFrom)
    problems.push({ field: "periodTo", message: "Năm kết thúc phải từ năm bắt đầu trở đi" });
  else if (plan.periodTo - plan.periodFrom + 1 > longestPeriod)
    problems.push({ field: "periodTo", message: `Kế hoạch dài quá ${longestPeriod} năm` });
  if (plan.status !== "draft") {
    if (!plan.numberSymbol?.trim())
      problems.push({ field: "numberSymbol", message: "Kế hoạch đã ban hành cần có số, ký hiệu" });
    if (!plan.issuedOn)
      problems.push({ field: "issuedOn", message: "Kế hoạch đã ban hành cần có ngày ban hành" });
  }
  if (plan.status === "closed" && previousStatus !== "issued" && previousStatus !== "closed")
    problems.push({ field: "status", message: "Chỉ kết thúc được kế hoạch đã ban hành" });
  return problems;
}

/**
 * Whether `id` implementing `parentId` would make a loop, given the plan each plan implements:
 * itself, or a plan that, along the plans it implements, comes back to `id`.
 */
export function implementsLoop(
  id: string,
  parentId: string,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  const seen = new Set<string>();
  for (let at: string | null = parentId; at; at = parentOf.get(at) ?? null) {
    if (at === id || seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}
