// Contracts of a plan's progress reports: the schedule the plan states (six-monthly, yearly, with
// the agencies' and the department's due days), the periods it gives, and each agency's report
// of a period, task by task, through the same workflow as a cycle's figures.
import { z } from "zod";
import { actionSchema } from "./auth.js";
import { submissionStatuses, timelinessSchema } from "./cycles.js";

export const reportKinds = ["half_year", "year"] as const;
export type ReportKind = (typeof reportKinds)[number];
export const taskProgressStatuses = ["not_started", "in_progress", "done", "delayed"] as const;
export type TaskProgressStatus = (typeof taskProgressStatuses)[number];

const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "Ngày theo dạng tháng-ngày, ví dụ 07-05");

export const scheduleEntrySchema = z.object({
  kind: z.enum(reportKinds),
  /** "07-05": the agencies report by 5 July. */
  agencyDue: monthDay,
  /** "07-10": the department compiles by 10 July. */
  departmentDue: monthDay,
  /** Seed 001's yearly report is due by 20/02 of the year after the one it reports on. */
  followingYear: z.boolean().default(false),
});
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

export const scheduleUpdateSchema = z.object({
  expectedRowVersion: z.number().int(),
  schedule: z.array(scheduleEntrySchema).max(2),
});

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

/** One agency's report of a period, as the period's list shows it. */
export const reportSummarySchema = z.object({
  agency: agencyRef,
  /** Null: nothing saved yet. */
  status: z.enum(submissionStatuses).nullable(),
  firstSubmittedAt: z.string().nullable(),
  timeliness: timelinessSchema,
  daysOverdue: z.number().int().nullable(),
  leads: z.number().int(),
  supports: z.number().int(),
  amendments: z.number().int(),
});

export const reportPeriodSchema = z.object({
  id: z.uuid(),
  kind: z.enum(reportKinds),
  year: z.number().int(),
  /** "6 tháng đầu năm 2024", "năm 2024". */
  label: z.string(),
  agencyDue: z.string(),
  departmentDue: z.string(),
  closedAt: z.string().nullable(),
  reports: z.array(reportSummarySchema),
});
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

export const planReportsSchema = z.object({
  schedule: z.array(scheduleEntrySchema),
  periods: z.array(reportPeriodSchema),
  allowedActions: z.array(actionSchema),
});
export type PlanReports = z.infer<typeof planReportsSchema>;

const taskRef = z.object({
  id: z.uuid(),
  /** "1.a": the section's number and the task's letter. */
  place: z.string(),
  body: z.string(),
  deadline: z.string().nullable(),
  recurring: z.boolean(),
});

const supportInput = z.object({
  agency: agencyRef,
  progress: z.string().nullable(),
  /** The state of the supporting agency's own report: its input counts once it is submitted. */
  reportStatus: z.enum(submissionStatuses).nullable(),
});

export const reportItemSchema = z.object({
  task: taskRef,
  role: z.enum(["lead", "support"]),
  /** For a task the agency leads; a supporting agency gives its input only. */
  status: z.enum(taskProgressStatuses).nullable(),
  progress: z.string().nullable(),
  /** Given to a lead: what each supporting agency wrote for this task. */
  supportInputs: z.array(supportInput),
  /** Given to a supporter: who answers for the task. */
  lead: z.array(agencyRef),
});

export const reportFigureSchema = z.object({
  targetId: z.uuid(),
  label: z.string(),
  unit: z.string(),
  /** The plan's value for the period's year. */
  target: z.number().nullable(),
  value: z.number().nullable(),
});

export const reportFileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

export const amendmentSchema = z.object({
  reason: z.string(),
  by: z.string().nullable(),
  at: z.string(),
});

export const planReportSchema = z.object({
  plan: z.object({ id: z.uuid(), title: z.string(), numberSymbol: z.string().nullable() }),
  period: reportPeriodSchema.omit({ reports: true }),
  agency: agencyRef.extend({ hasHeadSignOff: z.boolean() }),
  status: z.enum(submissionStatuses).nullable(),
  timeliness: timelinessSchema,
  daysOverdue: z.number().int().nullable(),
  signOffRequestedAt: z.string().nullable(),
  signedOffAt: z.string().nullable(),
  signedOffBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  items: z.array(reportItemSchema),
  figures: z.array(reportFigureSchema),
  difficulties: z.string().nullable(),
  proposals: z.string().nullable(),
  files: z.array(reportFileSchema),
  amendments: z.array(amendmentSchema),
  fileMaxBytes: z.number().int(),
  /** 0 while nothing is saved. */
  rowVersion: z.number().int(),
  allowedActions: z.array(z.string()),
});
export type PlanReport = z.infer<typeof planReportSchema>;

const longText = z.string().trim().max(4000).nullable().optional();

export const reportUpdateSchema = z.object({
  expectedRowVersion: z.number().int(),
  items: z
    .array(
      z.object({
        taskId: z.uuid(),
        status: z.enum(taskProgressStatuses).nullable().optional(),
        progress: longText,
      }),
    )
    .max(300),
  figures: z
    .array(z.object({ targetId: z.uuid(), value: z.number().min(-1e12).max(1e12).nullable() }))
    .max(100),
  difficulties: longText,
  proposals: longText,
  /** Required to change a report already accepted: the change is kept as an amendment. */
  amendmentReason: z.string().trim().max(1000).nullable().optional(),
});
export type ReportUpdate = z.infer<typeof reportUpdateSchema>;

export const reportCommands = ["requestSignOff", "signOff", "submit", "return", "accept"] as const;
export type ReportCommand = (typeof reportCommands)[number];
export const reportCommandSchema = z.object({
  expectedRowVersion: z.number().int(),
  /** Why it is returned (required on return). */
  reason: z.string().trim().max(2000).optional(),
});

export const reportParamsSchema = z.object({ id: z.uuid(), periodId: z.uuid(), agencyId: z.uuid() });
export const reportFileParamsSchema = reportParamsSchema.extend({ fileId: z.uuid() });
export const periodParamsSchema = z.object({ id: z.uuid(), periodId: z.uuid() });
