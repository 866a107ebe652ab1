// The shape of frameworks/ghg/obligation-rules.yaml: what a listed facility owes, to whom, from
// which year, how often and by when, with its legal basis and whether the sources confirm it.
import { z } from "zod";
import "../../contracts/zod-locale.js";
import { type GhgCheckProblem, type GhgLoadResult, loadGhgYaml } from "./data-file.js";

const text = z.strictObject({ vi: z.string().min(1), en: z.string().min(1).optional() });
export type GhgText = z.infer<typeof text>;
const code = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "chỉ gồm chữ thường không dấu, số và -");
const year = z.number().int().min(2000).max(2100);

export const ghgSourceSchema = z.strictObject({
  id: code,
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  note: z.string().optional(),
});
export type GhgSource = z.infer<typeof ghgSourceSchema>;

export const obligationKinds = [
  "activity_data",
  "inventory_report",
  "mitigation_plan",
  "verification",
  "final_report",
] as const;
export type ObligationKind = (typeof obligationKinds)[number];

/** Which listed facilities a rule binds: all of them, only those with an emission quota, or the others. */
export const facilityScopes = ["all", "quota", "non_quota"] as const;
export type FacilityScope = (typeof facilityScopes)[number];

/** The years an obligation is about: the year before it is due, the two before, or its own year. */
export const coverKinds = ["previous_year", "two_preceding_years", "same_year"] as const;
export type CoverKind = (typeof coverKinds)[number];

export const ruleStatuses = ["confirmed", "provisional"] as const;
export type RuleStatus = (typeof ruleStatuses)[number];

/** Parts of a rule the sources may leave unconfirmed. */
export const ruleParts = ["recipient", "due", "fromYear", "recurrence", "facilities", "basis"] as const;

export const obligationRuleSchema = z.strictObject({
  code,
  kind: z.enum(obligationKinds),
  owed: text,
  recipient: text,
  facilities: z.enum(facilityScopes),
  fromYear: year,
  /** Last year the rule applies (a rule replaced by a later decree). */
  untilYear: year.optional(),
  /** Every year, or every two years counted from `fromYear` (2025, 2027…). */
  recurrence: z.strictObject({ every: z.union([z.literal(1), z.literal(2)]), fromYear: year.optional() }),
  /** Day and month of the year the obligation falls due. */
  due: z.strictObject({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12) }),
  covers: z.enum(coverKinds),
  basis: z.strictObject({
    vi: z.string().min(1),
    en: z.string().min(1).optional(),
    sources: z.array(code).min(1),
  }),
  status: z.enum(ruleStatuses),
  unconfirmed: z.array(z.enum(ruleParts)).optional(),
  note: z.string().min(1).optional(),
});
export type ObligationRule = z.infer<typeof obligationRuleSchema>;

export const obligationRulesFileSchema = z.strictObject({
  schema: z.literal("pepi-hub/ghg-obligation-rules@1"),
  sources: z.array(ghgSourceSchema).min(1),
  rules: z.array(obligationRuleSchema).min(1),
});
export type ObligationRulesFile = z.infer<typeof obligationRulesFileSchema>;

/** Meaning checks once the shape is right: each is located at the rule and field concerned. */
export function checkObligationRules(file: ObligationRulesFile): GhgCheckProblem[] {
  const problems: GhgCheckProblem[] = [];
  const sourceIds = new Set<string>();
  file.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) problems.push({ path: ["sources", i, "id"], message: `Nguồn “${s.id}” trùng` });
    sourceIds.add(s.id);
  });
  const codes = new Set<string>();
  file.rules.forEach((rule, i) => {
    const at = (...rest: (string | number)[]) => ["rules", i, ...rest];
    if (codes.has(rule.code)) problems.push({ path: at("code"), message: `Mã quy tắc “${rule.code}” trùng` });
    codes.add(rule.code);
    if (!isRealDay(rule.due.day, rule.due.month)) {
      problems.push({ path: at("due", "day"), message: `Không có ngày ${rule.due.day}/${rule.due.month}` });
    }
    if (rule.untilYear !== undefined && rule.untilYear < rule.fromYear) {
      problems.push({ path: at("untilYear"), message: "Năm kết thúc trước năm bắt đầu" });
    }
    if (rule.recurrence.every === 2 && rule.recurrence.fromYear === undefined) {
      problems.push({
        path: at("recurrence", "fromYear"),
        message: "Nghĩa vụ hai năm một lần phải nêu năm tính chu kỳ (fromYear)",
      });
    }
    rule.basis.sources.forEach((id, j) => {
      if (!sourceIds.has(id))
        problems.push({ path: at("basis", "sources", j), message: `Không có nguồn “${id}”` });
    });
    if (rule.status === "provisional" && !rule.note) {
      problems.push({
        path: at("note"),
        message: "Quy tắc tạm thời phải có ghi chú nói vì sao chưa xác nhận",
      });
    }
    if (rule.status === "provisional" && !rule.unconfirmed?.length) {
      problems.push({ path: at("unconfirmed"), message: "Quy tắc tạm thời phải nêu phần chưa xác nhận" });
    }
    if (rule.status === "confirmed" && rule.unconfirmed?.length) {
      problems.push({
        path: at("status"),
        message: `Quy tắc có phần chưa xác nhận (${rule.unconfirmed.join(", ")}) không thể là "confirmed"`,
      });
    }
  });
  return problems;
}

export function loadObligationRules(text: string, file: string): GhgLoadResult<ObligationRulesFile> {
  return loadGhgYaml(text, file, obligationRulesFileSchema, checkObligationRules);
}

function isRealDay(day: number, month: number): boolean {
  // A due date recurs every year: 29/2 would not exist in most of them.
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
