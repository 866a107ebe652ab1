// Contracts of the yearly cycle: opening a year, assignments, an agency's form and its
// submission workflow, review, approval and the coordinator's dashboard.
import { z } from "zod";
import { agencyKindSchema } from "./agencies.js";
import { actionSchema } from "./auth.js";
import { resultStatusSchema } from "./frameworks.js";

const text = z.object({ vi: z.string(), en: z.string().optional() });
const isoDate = z.iso.date();

export const cycleStatuses = ["open", "in_review", "approved", "sent_to_ministry"] as const;
export const cycleStatusSchema = z.enum(cycleStatuses);
export type CycleStatus = z.infer<typeof cycleStatusSchema>;

export const submissionStatuses = ["draft", "submitted", "returned", "accepted"] as const;
export const submissionStatusSchema = z.enum(submissionStatuses);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

export const reviewStatusSchema = z.enum(["pending", "accepted", "questioned"]);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

export const deadlinesSchema = z.object({
  /** Agencies send their figures by this day (e.g. 20/02 or 28/02). */
  submissionDue: isoDate,
  reviewDue: isoDate.nullable().default(null),
  approvalDue: isoDate.nullable().default(null),
  /** The dossier reaches the Ministry by this day (e.g. 30/3). */
  ministryDue: isoDate.nullable().default(null),
});
export type Deadlines = z.infer<typeof deadlinesSchema>;

export const createCycleRequestSchema = z.object({
  frameworkCode: z.string().min(1).max(100),
  /** Left out: the edition that applies to the year. */
  editionCode: z.string().min(1).max(100).optional(),
  orgUnitId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(["assessment", "history"]).default("assessment"),
  deadlines: deadlinesSchema,
  changeThresholdPct: z.number().int().min(1).max(1000).default(20),
});
export type CreateCycleRequest = z.input<typeof createCycleRequestSchema>;

export const updateCycleRequestSchema = z.object({
  rowVersion: z.number().int(),
  deadlines: deadlinesSchema.optional(),
  changeThresholdPct: z.number().int().min(1).max(1000).optional(),
});

export const cycleSummarySchema = z.object({
  id: z.uuid(),
  frameworkCode: z.string(),
  frameworkName: text,
  editionCode: z.string(),
  orgUnit: z.object({ id: z.uuid(), name: z.string() }),
  year: z.number().int(),
  kind: z.enum(["assessment", "history"]),
  status: cycleStatusSchema,
  deadlines: deadlinesSchema,
  changeThresholdPct: z.number().int(),
  approvedAt: z.string().nullable(),
  rowVersion: z.number().int(),
  createdAt: z.string(),
  agencyCount: z.number().int(),
  acceptedCount: z.number().int(),
  allowedActions: z.array(actionSchema),
});
export type CycleSummary = z.infer<typeof cycleSummarySchema>;
export const cycleListSchema = z.object({ items: z.array(cycleSummarySchema) });

export const assignmentSchema = z.object({
  id: z.uuid(),
  agency: z.object({
    id: z.uuid(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: agencyKindSchema,
  }),
  elementCode: z.string(),
  elementName: z.string(),
  indicatorCodes: z.array(z.string()),
  note: z.string().nullable(),
});
export type AssignmentView = z.infer<typeof assignmentSchema>;

export const submissionSummarySchema = z.object({
  id: z.uuid(),
  agency: z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() }),
  status: submissionStatusSchema,
  needsSignOff: z.boolean(),
  signedOffAt: z.string().nullable(),
  /** Sent to the head for sign-off ("Trình ký") and not signed since. */
  signOffRequestedAt: z.string().nullable(),
  /** Why an earlier sign-off no longer holds. */
  signOffResetNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  firstSubmittedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  /** Since when the coordinator enters the figures from the agency's letter. */
  onBehalfSince: z.string().nullable(),
  /** Proposed as missing for approval, with why; `missingAcceptedAt` once the leader approved. */
  missingReason: z.string().nullable(),
  missingAcceptedAt: z.string().nullable(),
  rowVersion: z.number().int(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;

export const cycleDetailSchema = cycleSummarySchema.extend({
  assignments: z.array(assignmentSchema),
  /** Elements the framework needs that no agency of the province was found to report. */
  unassigned: z.array(
    z.object({ code: z.string(), name: z.string(), expectedAgencies: z.array(z.string()) }),
  ),
  submissions: z.array(submissionSummarySchema),
});
export type CycleDetail = z.infer<typeof cycleDetailSchema>;

export const changeAssignmentsRequestSchema = z.object({
  add: z
    .array(
      z.object({
        agencyId: z.uuid(),
        elementCode: z.string().min(1).max(100),
        note: z.string().max(500).optional(),
      }),
    )
    .max(500)
    .default([]),
  remove: z.array(z.uuid()).max(500).default([]),
});

export const reasonRequestSchema = z.object({ reason: z.string().trim().min(3).max(2000) });

/** The longest text a list cell may hold, on the page and in an Excel form alike. */
export const maxListCellText = 1000;

/** One item of a list as entered (a facility, a landfill…): field code → value, bounded. */
export const listRowSchema = z
  .record(z.string().max(64), z.union([z.string().max(maxListCellText), z.number(), z.boolean(), z.null()]))
  .refine((row) => Object.keys(row).length <= 50, "Mỗi dòng danh sách có tối đa 50 trường");

export const valueInputSchema = z.object({
  element: z.string().min(1).max(100),
  /** A number as typed (1.234,5 or 1,234.5); null or empty clears it. */
  number: z.string().max(60).nullable().optional(),
  list: z.array(listRowSchema).max(20_000).nullable().optional(),
  /** The version the editor started from (null for a new value); another version is a conflict. */
  baseVersion: z.number().int().nullable(),
  /** Why it changed, when it changes after a return or by review. */
  reason: z.string().max(1000).optional(),
});
export type ValueInput = z.infer<typeof valueInputSchema>;

export const saveValuesRequestSchema = z.object({ values: z.array(valueInputSchema).min(1).max(500) });

export const saveExplanationRequestSchema = z.object({
  /** `element:<code>` or `indicator:<code>`. */
  subject: z
    .string()
    .max(120)
    .regex(/^(element|indicator):[A-Za-z0-9_.-]+$/),
  body: z.string().trim().max(4000),
  /**
   * The saved text the editor started from ("" when there was none): another text saved since
   * is a conflict, as for figures, not something to overwrite.
   */
  previousBody: z.string().trim().max(4000),
});

/** The department's explanation of one indicator's change. */
export const indicatorExplanationRequestSchema = saveExplanationRequestSchema.omit({ subject: true });

export const commentRequestSchema = z.object({
  subject: z
    .string()
    .max(120)
    .regex(/^(element|indicator|evidence):[A-Za-z0-9_.-]+$/),
  body: z.string().trim().min(1).max(4000),
});

export const reviewValueRequestSchema = z.object({
  element: z.string().min(1).max(100),
  status: reviewStatusSchema,
});

const listFieldSchema = z.object({
  code: z.string(),
  name: text,
  type: z.enum(["boolean", "number", "text"]),
});

export const formElementSchema = z.object({
  code: z.string(),
  name: text,
  description: z.string().nullable(),
  unit: z.string().nullable(),
  kind: z.enum(["number", "list"]),
  integer: z.boolean(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  shared: z.boolean(),
  fields: z.array(listFieldSchema),
  /** Reported by another agency (e.g. a shared figure of the statistics office): shown, not edited. */
  readOnly: z.boolean(),
  reportedBy: z.array(z.string()),
  /** This agency's part, or the sum of every part for a read-only element. */
  number: z.string().nullable(),
  list: z.array(listRowSchema).nullable(),
  version: z.number().int().nullable(),
  reviewStatus: reviewStatusSchema.nullable(),
  updatedAt: z.string().nullable(),
  lastYear: z.number().nullable(),
  changePct: z.number().nullable(),
  /** Moved past the threshold: a note on why is welcome, never required (the indicator is explained). */
  changeNoteSuggested: z.boolean(),
  /** The agency's own note on this figure. */
  explanation: z.string().nullable(),
  problems: z.array(z.string()),
  /** Recorded as having no data this year, with why: not asked for again. */
  noData: z.object({ reason: z.string(), at: z.string() }).nullable(),
  /** Last changed by the coordinator from the agency's letter, not by the agency itself. */
  enteredOnBehalf: z.boolean(),
  /** Changed after the figures were last returned: what the reviewer looks at again. */
  changedSinceReturn: z.boolean(),
});
export type FormElement = z.infer<typeof formElementSchema>;

export const formIndicatorSchema = z.object({
  code: z.string(),
  name: text,
  unit: z.string(),
  unitLabel: z.string().nullable(),
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  formula: z.string().nullable(),
  evidenceExpected: z.array(z.string()),
  elements: z.array(z.string()),
  /** Computed live from every agency's figures so far. */
  value: z.number().nullable(),
  reason: z.string().nullable(),
  lastYear: z.number().nullable(),
  changePct: z.number().nullable(),
  worsened: z.boolean(),
  /** This form's agency explains the indicator's change, and must before sending. */
  explanationRequired: z.boolean(),
  /** The one explanation of the indicator's change in this cycle, whoever wrote it. */
  explanation: z.string().nullable(),
  /** Who explains the indicator: the agency responsible for it, or the department. */
  explainedBy: z.string(),
  /** This form's agency is the one that explains it. */
  explainedHere: z.boolean(),
});
export type FormIndicator = z.infer<typeof formIndicatorSchema>;

export const commentSchema = z.object({
  id: z.uuid(),
  subject: z.string(),
  authorName: z.string(),
  authorRole: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type CommentView = z.infer<typeof commentSchema>;

export const evidenceSchema = z.object({
  id: z.uuid(),
  indicatorCode: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  mediaType: z.string(),
  sha256: z.string(),
  docNumber: z.string().nullable(),
  docDate: z.string().nullable(),
  issuer: z.string().nullable(),
  reviewStatus: z.enum(["pending", "accepted", "rejected"]),
  reviewNote: z.string().nullable(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
  /** Set when the agency withdrew it; withdrawn documents stay listed for the record. */
  withdrawnAt: z.string().nullable().optional(),
  /** Other documents of the cycle with the very same content: "“file” (chỉ số 07, Sở Y tế)". */
  sameContentAs: z.array(z.string()).default([]),
});
export type EvidenceView = z.infer<typeof evidenceSchema>;

export const submissionIssueSchema = z.object({ field: z.string(), message: z.string() });

/** A letter an agency sent its figures by. */
export const agencyLetterSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  docNumber: z.string(),
  docDate: z.string(),
  note: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});
export type AgencyLetter = z.infer<typeof agencyLetterSchema>;

export const agencyFormSchema = z.object({
  cycle: cycleSummarySchema,
  agency: z.object({ id: z.uuid(), name: z.string(), hasHeadSignOff: z.boolean() }),
  submission: submissionSummarySchema,
  indicators: z.array(formIndicatorSchema),
  elements: z.array(formElementSchema),
  comments: z.array(commentSchema),
  evidence: z.array(evidenceSchema),
  /** Letters the agency sent its figures by, on which the coordinator entered them. */
  letters: z.array(agencyLetterSchema),
  /** What still stops the submission (empty when it can be sent). */
  issues: z.array(submissionIssueSchema),
  allowedActions: z.array(actionSchema),
});
export type AgencyForm = z.infer<typeof agencyFormSchema>;

export const valueVersionSchema = z.object({
  version: z.number().int(),
  number: z.string().nullable(),
  list: z.array(listRowSchema).nullable(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
  reason: z.string().nullable(),
});
export const valueHistorySchema = z.object({ element: z.string(), versions: z.array(valueVersionSchema) });

// Evidence documents: the fields sent with the file (multipart/form-data), and their review.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);

export const uploadEvidenceFieldsSchema = z.object({
  indicatorCode: z.string().trim().min(1).max(50),
  /** Số hiệu văn bản, e.g. 123/QĐ-UBND. */
  docNumber: optionalText(100),
  docDate: z
    .union([isoDate, z.literal("")])
    .optional()
    .transform((v) => v || null),
  /** Cơ quan ban hành. */
  issuer: optionalText(300),
});
export type UploadEvidenceFields = z.output<typeof uploadEvidenceFieldsSchema>;

export const reviewEvidenceRequestSchema = z
  .object({
    status: z.enum(["accepted", "rejected"]),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((r) => r.status === "accepted" || (r.note ?? "").length >= 3, {
    path: ["note"],
    message: "Cần ghi lý do khi không chấp nhận tài liệu minh chứng",
  });
export type ReviewEvidenceRequest = z.infer<typeof reviewEvidenceRequestSchema>;

export const evidenceListSchema = z.object({
  items: z.array(evidenceSchema),
  /** The largest file the server takes (EVIDENCE_MAX_MB), for the upload form's hint. */
  maxBytes: z.number().int(),
});
export type EvidenceList = z.infer<typeof evidenceListSchema>;

export const timelinessSchema = z.enum(["on_time", "late", "overdue", "not_due"]);
export type Timeliness = z.infer<typeof timelinessSchema>;

const agencyRef = z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() });

export const dashboardAgencySchema = z.object({
  agency: agencyRef,
  status: submissionStatusSchema,
  assigned: z.number().int(),
  filled: z.number().int(),
  completenessPct: z.number(),
  firstSubmittedAt: z.string().nullable(),
  /** on time / late (submitted after the deadline) / overdue (not yet submitted, past it) / not due. */
  timeliness: timelinessSchema,
  /** Days past the deadline: when it was submitted late, or until today when still missing. */
  daysOverdue: z.number().int().nullable(),
  /** Indicators expecting evidence from this agency that have none attached. */
  evidenceMissing: z.array(z.string()),
  evidenceUnreviewed: z.number().int(),
  returnReason: z.string().nullable(),
  /** For a commune: the former districts (before 1 July 2025) of the communes it was made of. */
  formerDistricts: z.array(z.string()),
});
export type DashboardAgency = z.infer<typeof dashboardAgencySchema>;

export const dashboardIndicatorSchema = z.object({
  code: z.string(),
  name: text,
  unit: z.string(),
  unitLabel: z.string().nullable(),
  status: z.enum(["computed", "not_computable", "not_assessed", "not_applicable"]),
  value: z.number().nullable(),
  reason: z.string().nullable(),
  points: z.number(),
  maxPoints: z.number(),
  lastYear: z.number().nullable(),
  changePct: z.number().nullable(),
  worsened: z.boolean(),
  /** Scored by another body (the citizens' survey): no agency of the province can act on it. */
  external: z.boolean(),
  /** The agencies that report what it is computed from. */
  agencies: z.array(z.string()),
  /** The framework states what it scores when not applicable, so it may be marked so. */
  markableNotApplicable: z.boolean(),
  /** The one explanation of its change, who writes it, and whether one is due and missing. */
  explanation: z.string().nullable(),
  explainedBy: z.string(),
  explanationDue: z.boolean(),
});

export const dashboardSchema = z.object({
  cycle: cycleSummarySchema,
  today: z.string(),
  frameworkVersion: z.number().int(),
  agencies: z.array(dashboardAgencySchema),
  totals: z.object({
    agencies: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    overdue: z.number().int(),
    completenessPct: z.number(),
  }),
  indicators: z.array(dashboardIndicatorSchema),
  total: z.object({
    points: z.number(),
    maxPoints: z.number(),
    band: text.nullable(),
    /** Where the band stands among the edition's bands, best first (0), for its colour. */
    bandPosition: z.object({ index: z.number().int(), count: z.number().int() }).nullable(),
    complete: z.boolean(),
    status: resultStatusSchema,
  }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const overdueItemSchema = z.object({
  cycleId: z.uuid(),
  year: z.number().int(),
  province: z.string(),
  agency: agencyRef,
  status: submissionStatusSchema,
  submissionDue: z.string(),
  daysOverdue: z.number().int(),
  returnReason: z.string().nullable(),
});
export const overdueListSchema = z.object({ today: z.string(), items: z.array(overdueItemSchema) });
export type OverdueItem = z.infer<typeof overdueItemSchema>;

/** Why an indicator does not apply to the province, and the document that shows it. */
export const notApplicableRequestSchema = z.object({
  reason: z.string().trim().min(1, "Nêu lý do chỉ số không áp dụng").max(1000),
  evidence: z
    .string()
    .trim()
    .min(1, "Nêu căn cứ: văn bản, số liệu xác nhận (số, ngày, cơ quan ban hành)")
    .max(500),
});

export const baselineRequestSchema = z.object({
  indicators: z.record(z.string().max(100), z.number().finite().nullable()),
});

export const historyImportRequestSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The CSV text (UTF-8): columns ma, gia_tri and, when needed, co_quan. */
  content: z.string().min(1).max(2_000_000),
});
export const historyImportResultSchema = z.object({
  elements: z.number().int(),
  indicators: z.number().int(),
});

/** The letter an agency sent its figures by, on which the coordinator enters them for it. */
export const uploadLetterFieldsSchema = z.object({
  /** Số hiệu văn bản, e.g. 123/SXD-KHTC. */
  docNumber: z.string().trim().min(1, "Nhập số hiệu văn bản").max(100),
  docDate: isoDate,
  note: optionalText(1000),
});
export type UploadLetterFields = z.output<typeof uploadLetterFieldsSchema>;

/** Why an assigned figure is not there this year. */
export const noDataRequestSchema = z.object({
  reason: z.string().trim().min(5, "Nêu rõ lý do (ít nhất 5 ký tự)").max(1000),
});

/** Sending for approval with agencies that have not sent: each named with why. */
export const sendForApprovalRequestSchema = z.object({
  missing: z
    .array(
      z.object({
        agencyId: z.uuid(),
        reason: z.string().trim().min(5, "Nêu rõ lý do (ít nhất 5 ký tự)").max(1000),
      }),
    )
    .max(500)
    .default([]),
});
export type SendForApprovalRequest = z.infer<typeof sendForApprovalRequestSchema>;

/** What awaits an agency head's sign-off, across the years still collecting. */
export const signOffQueueSchema = z.object({
  items: z.array(
    z.object({
      cycleId: z.uuid(),
      year: z.number().int(),
      agencyId: z.uuid(),
      agencyName: z.string(),
      requestedAt: z.string(),
      requestedBy: z.string().nullable(),
      submissionDue: z.string().nullable(),
    }),
  ),
});
export type SignOffQueue = z.infer<typeof signOffQueueSchema>;

/** Accepting an agency's figures: what becomes of the documents nobody reviewed yet. */
export const acceptSubmissionRequestSchema = z.object({
  unreviewedEvidence: z.enum(["accept"]).optional(),
});

/** Every value marked "Cần làm rõ" across the agencies one may read. */
export const followUpListSchema = z.object({
  items: z.array(
    z.object({
      agencyId: z.uuid(),
      agencyName: z.string(),
      element: z.string(),
      elementName: z.string(),
      number: z.string().nullable(),
      listRows: z.number().int().nullable(),
      updatedAt: z.string(),
      lastComment: z.object({ authorName: z.string(), body: z.string(), at: z.string() }).nullable(),
    }),
  ),
});
export type FollowUpList = z.infer<typeof followUpListSchema>;

/** The coordinator's reminder to every late agency. */
export const remindOverdueResultSchema = z.object({
  reminded: z.number().int(),
  people: z.number().int(),
  alreadyToday: z.number().int(),
  withoutAccounts: z.array(z.string()),
});
export type RemindOverdueResult = z.infer<typeof remindOverdueResultSchema>;

/** One figure's parts, agency by agency, and the province's figure they add up to. */
export const elementPartsSchema = z.object({
  element: z.object({
    code: z.string(),
    name: z.string(),
    unit: z.string(),
    kind: z.enum(["number", "list"]),
  }),
  /** The sum of the numbers entered so far; for a list, its rows in all. */
  total: z.number().nullable(),
  totalRows: z.number().int().nullable(),
  parts: z.array(
    z.object({
      agency: z.object({ id: z.uuid(), name: z.string() }),
      value: z.number().nullable(),
      listRows: z.number().int().nullable(),
      /** Entered, not yet reported, or recorded as not existing this year. */
      state: z.enum(["entered", "missing", "no_data"]),
      noDataReason: z.string().nullable(),
    }),
  ),
  missing: z.number().int(),
});
export type ElementParts = z.infer<typeof elementPartsSchema>;
