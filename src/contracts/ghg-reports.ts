// Contracts of a listed facility's greenhouse-gas reports: recorded when they arrive (or sent by
// the facility's own account), their versions (activity data, the facility's own emission factors,
// what it declared, the GWP set, and what PEPI Hub computed and flagged), their documents, and the
// province's appraisal (or, for a quota facility, the independent verification).
import { z } from "zod";
import "./zod-locale.js";

export const ghgReportStatuses = [
  "received",
  "under_appraisal",
  "information_requested",
  "returned",
  "accepted",
  "determined",
] as const;
export type GhgReportStatus = (typeof ghgReportStatuses)[number];
export const ghgReportStatusSchema = z.enum(ghgReportStatuses);

/** The workflow's steps (see src/domain/ghg/report-workflow.ts for who takes which, from where). */
export const ghgReportTransitions = [
  "start_appraisal",
  "request_information",
  "resume_appraisal",
  "return",
  "accept",
  "determine",
  "reopen",
] as const;
export type GhgReportTransition = (typeof ghgReportTransitions)[number];

/** Everything the caller may do on a report, as the detail lists it for the screen. */
export const ghgReportCommands = [
  ...ghgReportTransitions,
  "add_version",
  "change_gwp",
  "comment",
  "add_document",
  "set_appraisal",
  "set_verification",
] as const;
export type GhgReportCommand = (typeof ghgReportCommands)[number];

export const ghgDocumentKinds = [
  "report_scan",
  "report_signed",
  "information",
  "minutes",
  "result_letter",
  "verification",
  "other",
] as const;
export type GhgDocumentKind = (typeof ghgDocumentKinds)[number];

export const ghgGases = ["CO2", "CH4", "N2O"] as const;
export const ghgScopes = ["direct", "indirect_electricity"] as const;

const year = z.number().int().min(2000).max(2100);
const tco2e = z.number().min(0).max(1e12);
const name = z.string().trim().min(1).max(300);

// ---- Input -----------------------------------------------------------------------------------

/**
 * One line of activity data. Amount, year, unit, scope and gas are checked by the emissions
 * computation, which names the row and field of each problem: an amount may be sent as text
 * ("1.234,5") and is refused there when it is not a number.
 */
export const ghgActivityLineSchema = z.object({
  year: z.union([z.number(), z.string().max(10)]),
  label: z.string().trim().min(1).max(300),
  scope: z.string().max(40),
  amount: z.union([z.number(), z.string().max(40)]).nullable(),
  unit: z.string().trim().max(40),
  /** Codes of the factors applied (the facility's own, or a shipped grid factor such as grid-vn-2023). */
  factors: z.array(z.string().trim().min(1).max(60)).max(3).optional(),
  /** Instead of factors: CO2, CH4, N2O measured directly, or `other` in tCO2e. */
  gas: z.string().max(10).nullable().optional(),
});
export type GhgActivityLine = z.infer<typeof ghgActivityLineSchema>;

/** An emission factor the facility used, with where it comes from (refused without a source). */
export const ghgFactorInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "Mã hệ số chỉ gồm chữ không dấu, số, - và _")
    .max(60),
  name: z.string().trim().max(300).optional(),
  gas: z.enum(ghgGases),
  value: z.number().min(0).max(1e9),
  /** Mass of the gas per activity unit: tCO2/MWh, kgCH4/TJ. */
  unit: z.string().trim().min(1).max(40),
  source: z.string().trim().max(500).nullable().optional(),
  sourceUrl: z.string().trim().max(500).nullable().optional(),
  /** The legal document that publishes it (Quyết định 2626/QĐ-BTNMT…). */
  document: z.string().trim().max(500).nullable().optional(),
  validFrom: year,
  validTo: year,
});
export type GhgFactorInput = z.infer<typeof ghgFactorInputSchema>;

const byGas = z.object({ CO2: tco2e.nullable(), CH4: tco2e.nullable(), N2O: tco2e.nullable() }).partial();
const byScope = z.object({ direct: tco2e.nullable(), indirect_electricity: tco2e.nullable() }).partial();

/** What the facility declared for a year (tCO2e): compared with the computed figures, never replaced. */
export const ghgDeclaredYearSchema = z.object({
  year,
  total: tco2e.nullable().optional(),
  gases: byGas.optional(),
  scopes: byScope.optional(),
});
export type GhgDeclaredYear = z.infer<typeof ghgDeclaredYearSchema>;

const figures = {
  gwpCode: z.string().trim().min(1).max(20),
  lines: z.array(ghgActivityLineSchema).min(1).max(500),
  factors: z.array(ghgFactorInputSchema).max(200).default([]),
  declared: z.array(ghgDeclaredYearSchema).max(10).default([]),
};

export const ghgReportCreateSchema = z.object({
  ruleCode: z.string().trim().min(1).max(60),
  /** The year the obligation falls due in (2025 for the inventory report on 2023–2024). */
  year,
  receivedOn: z.iso.date(),
  ...figures,
});
export type GhgReportCreate = z.infer<typeof ghgReportCreateSchema>;

export const ghgReportVersionCreateSchema = z.object({
  rowVersion: z.number().int(),
  reason: z.string().trim().min(3).max(2000),
  ...figures,
});
export type GhgReportVersionCreate = z.infer<typeof ghgReportVersionCreateSchema>;

export const ghgGwpChangeSchema = z.object({
  rowVersion: z.number().int(),
  gwpCode: z.string().trim().min(1).max(20),
  /** Why the set changes (added to the version's reason, after what moved). */
  note: z.string().trim().max(1000).optional(),
});

export const ghgDeterminedSchema = z.object({
  years: z
    .array(z.object({ year, total: tco2e }))
    .min(1)
    .max(10),
  reason: z.string().trim().min(3).max(4000),
});
export type GhgDetermined = z.infer<typeof ghgDeterminedSchema>;

export const ghgTransitionSchema = z.object({
  rowVersion: z.number().int(),
  action: z.enum(ghgReportTransitions),
  /** What is asked (request_information), why it reopens or resumes; kept in the history. */
  note: z.string().trim().max(4000).optional(),
  /** request_information: the day the answer is due, after today. */
  dueOn: z.iso.date().optional(),
  /** return: what must be corrected. */
  findings: z.string().trim().max(8000).optional(),
  /** determine: the province's own figure by year and why. */
  determined: ghgDeterminedSchema.optional(),
});
export type GhgTransitionRequest = z.infer<typeof ghgTransitionSchema>;

export const ghgAppraisalBodies = ["council", "reviewers"] as const;
export const ghgAppraisalSchema = z.object({
  rowVersion: z.number().int(),
  appraisalBody: z.enum(ghgAppraisalBodies),
  names: z.array(name).min(1).max(20),
});

export const ghgVerificationSchema = z.object({
  rowVersion: z.number().int(),
  verifier: name,
  conclusion: z.string().trim().min(3).max(4000),
  verifiedOn: z.iso.date(),
});

export const ghgCommentSchema = z.object({ text: z.string().trim().min(1).max(4000) });

/** The text field sent with a document (multipart/form-data: kind and one file). */
export const ghgDocumentFieldsSchema = z.object({ kind: z.enum(ghgDocumentKinds) });

export const ghgReportParamsSchema = z.object({ id: z.uuid() });
export const ghgDocumentParamsSchema = z.object({ id: z.uuid(), documentId: z.uuid() });
/** The download's address, GET /api/ghg/reports/:id/documents/:fileId/file (fileId: a document's id). */
export const ghgDocumentFileParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });

// ---- Output ----------------------------------------------------------------------------------

const gasFigure = z.object({ tonnes: z.number(), co2e: z.number() });

export const ghgYearEmissionsSchema = z.object({
  year: z.number().int(),
  gases: z.object({ CO2: gasFigure, CH4: gasFigure, N2O: gasFigure }),
  other: z.number(),
  scopes: z.object({ direct: z.number(), indirect_electricity: z.number() }),
  total: z.number(),
});

export const ghgLineEmissionSchema = z.object({
  row: z.number().int(),
  year: z.number().int(),
  label: z.string(),
  scope: z.enum(ghgScopes),
  gas: z.enum(["CO2", "CH4", "N2O", "other"]),
  tonnes: z.number(),
  co2e: z.number(),
  factor: z
    .object({
      code: z.string(),
      value: z.number(),
      unit: z.string(),
      source: z.string().nullable().optional(),
      sourceUrl: z.string().nullable().optional(),
      document: z.string().nullable().optional(),
      validFrom: z.number().int(),
      validTo: z.number().int(),
      status: z.enum(["confirmed", "unconfirmed"]).optional(),
    })
    .optional(),
});

export const ghgProblemSchema = z.object({ row: z.number().int(), field: z.string(), message: z.string() });

export const ghgEmissionsResultSchema = z.object({
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  gwp: z.object({
    code: z.string(),
    name: z.string(),
    values: z.object({ CO2: z.number(), CH4: z.number(), N2O: z.number() }),
  }),
  years: z.array(ghgYearEmissionsSchema),
  lines: z.array(ghgLineEmissionSchema),
  /** Computed, but worth a look: an estimated (unconfirmed) factor used, for instance. */
  warnings: z.array(ghgProblemSchema),
});
export type GhgEmissionsResult = z.infer<typeof ghgEmissionsResultSchema>;

/**
 * What the appraiser should look at: a declared figure that differs from the computed one
 * (`declared`), a yearly total outside the sector's plausible range (`implausible`), an
 * estimated factor (`estimated_factor`). Flags never change a figure.
 */
export const ghgFlagSchema = z.object({
  kind: z.enum(["declared", "implausible", "estimated_factor"]),
  year: z.number().int().nullable(),
  /** declared: total, a gas or a scope. */
  what: z.string().nullable(),
  declared: z.number().nullable(),
  computed: z.number().nullable(),
  message: z.string(),
});
export type GhgFlag = z.infer<typeof ghgFlagSchema>;

export const ghgReportVersionSchema = z.object({
  number: z.number().int(),
  reason: z.string().nullable(),
  gwpCode: z.string(),
  lines: z.array(ghgActivityLineSchema),
  factors: z.array(ghgFactorInputSchema),
  declared: z.array(ghgDeclaredYearSchema),
  result: ghgEmissionsResultSchema,
  flags: z.array(ghgFlagSchema),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export type GhgReportVersion = z.infer<typeof ghgReportVersionSchema>;

export const ghgReportDocumentSchema = z.object({
  id: z.string(),
  kind: z.enum(ghgDocumentKinds),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  mediaType: z.string(),
  versionNumber: z.number().int().nullable(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

export const ghgReportEventSchema = z.object({
  id: z.string(),
  kind: z.enum(["status", "comment", "version", "document", "appraisal", "verification"]),
  fromStatus: ghgReportStatusSchema.nullable(),
  toStatus: ghgReportStatusSchema.nullable(),
  note: z.string().nullable(),
  dueOn: z.string().nullable(),
  /** The person's name (never a code). */
  actor: z.string().nullable(),
  at: z.string(),
});

/** On time when received by the rule's due date; `daysLate` counts the days after it. */
export const ghgTimelinessSchema = z.object({
  dueDate: z.string(),
  onTime: z.boolean(),
  daysLate: z.number().int().nullable(),
});

const ruleRef = z.object({
  code: z.string(),
  /** What is owed, as people read it. */
  name: z.string(),
  kind: z.string(),
  status: z.enum(["confirmed", "provisional"]),
});

export const ghgReportSummarySchema = z.object({
  id: z.string(),
  rule: ruleRef,
  year: z.number().int(),
  periodFrom: z.number().int(),
  periodTo: z.number().int(),
  status: ghgReportStatusSchema,
  receivedOn: z.string(),
  receivedVia: z.enum(["facility", "recorded"]),
  ...ghgTimelinessSchema.shape,
  currentVersion: z.number().int(),
  /** The current version's computed totals, by year. */
  totals: z.array(z.object({ year: z.number().int(), total: z.number() })),
  flagCount: z.number().int(),
});
export type GhgReportSummary = z.infer<typeof ghgReportSummarySchema>;

export const ghgFacilityRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.string(),
  quotaStatus: z.enum(["none", "allocated"]),
  quotaSector: z.string().nullable(),
});

export const ghgFacilityReportsSchema = z.object({
  facility: ghgFacilityRefSchema,
  items: z.array(ghgReportSummarySchema),
  /** Whether the caller may record a report for this facility. */
  canRecord: z.boolean(),
});
export type GhgFacilityReports = z.infer<typeof ghgFacilityReportsSchema>;

export const ghgReportDetailSchema = ghgReportSummarySchema.extend({
  facility: ghgFacilityRefSchema,
  /** Verification instead of appraisal (the facility holds a quota). */
  verificationPath: z.boolean(),
  informationDueOn: z.string().nullable(),
  appraisalBody: z.enum(ghgAppraisalBodies).nullable(),
  appraisers: z.array(z.string()),
  findings: z.string().nullable(),
  determined: ghgDeterminedSchema.nullable(),
  verification: z.object({ verifier: z.string(), conclusion: z.string(), verifiedOn: z.string() }).nullable(),
  rowVersion: z.number().int(),
  versions: z.array(ghgReportVersionSchema),
  documents: z.array(ghgReportDocumentSchema),
  events: z.array(ghgReportEventSchema),
  allowedActions: z.array(z.enum(ghgReportCommands)),
  /** The document kinds the caller may attach now. */
  documentKinds: z.array(z.enum(ghgDocumentKinds)),
});
export type GhgReportDetail = z.infer<typeof ghgReportDetailSchema>;

export const ghgGwpChangeResultSchema = z.object({
  report: ghgReportDetailSchema,
  /** A GWP change is stored as a new version whose reason says what moved. */
  change: z.object({
    stored: z.literal("new_version"),
    versionNumber: z.number().int(),
    summary: z.string(),
    changes: z.array(
      z.object({
        year: z.number().int(),
        what: z.string(),
        before: z.number(),
        after: z.number(),
        message: z.string(),
      }),
    ),
  }),
});
export type GhgGwpChangeResult = z.infer<typeof ghgGwpChangeResultSchema>;
