// The one database schema, for the embedded and an external PostgreSQL. Migrations are generated from it
// with `npm run db:generate` and committed under ./migrations.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/** Province, district (kept for years before 1 July 2025) or commune, with validity and successor. */
export const orgUnits = pgTable(
  "org_units",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    level: text("level").notNull(),
    parentId: uuid("parent_id"),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    successorId: uuid("successor_id"),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("org_units_code_key").on(t.code), index("org_units_parent_idx").on(t.parentId)],
);

/** A body that reports or reviews: a department, a board, the statistics office, a utility, a commune. */
export const agencies = pgTable(
  "agencies",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    kind: text("kind").notNull(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    hasHeadSignOff: boolean("has_head_sign_off").notNull().default(false),
    active: boolean("active").notNull().default(true),
    isDemo: boolean("is_demo").notNull().default(false),
    /**
     * The agency it was merged into (Sở Giao thông vận tải into Sở Xây dựng in 2025): what it
     * reported is found under its successor's lineage. No foreign key: a restore inserts agencies
     * in pages, and a successor may come after the agency that names it; the service checks it.
     */
    successorAgencyId: uuid("successor_agency_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("agencies_code_key").on(t.code)],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey(),
    username: text("username").notNull(),
    fullName: text("full_name").notNull(),
    email: text("email"),
    role: text("role").notNull(),
    agencyId: uuid("agency_id").references(() => agencies.id),
    /** For a facility's own account: the one greenhouse-gas facility whose records it sees. */
    facilityId: uuid("facility_id").references((): AnyPgColumn => ghgFacilities.id),
    passwordHash: text("password_hash").notNull(),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    active: boolean("active").notNull().default(true),
    isDemo: boolean("is_demo").notNull().default(false),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_username_key").on(t.username), index("users_agency_idx").on(t.agencyId)],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Failed login counters keyed by user name and by client address, shared by all app instances. */
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  firstFailureAt: timestamp("first_failure_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

/** Append-only trail of every change of state or data. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    type: text("type").notNull(),
    actorUserId: uuid("actor_user_id"),
    actorUsername: text("actor_username"),
    requestId: text("request_id"),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    agencyId: uuid("agency_id"),
    summary: text("summary").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    index("audit_events_actor_idx").on(t.actorUserId),
  ],
);

/** Small key-value facts about this installation (e.g. when demonstration data was loaded). */
export const appMeta = pgTable("app_meta", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(sql`now()`),
});

/** An index method (PEPI under 2782, PEPI under 383, PGI, a province's own); its content is versioned. */
export const frameworks = pgTable("frameworks", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  currentVersion: integer("current_version").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Every version of a framework ever in force, as the file it came from and its parsed definition. */
export const frameworkVersions = pgTable(
  "framework_versions",
  {
    id: uuid("id").primaryKey(),
    frameworkCode: text("framework_code")
      .notNull()
      .references(() => frameworks.code),
    version: integer("version").notNull(),
    sourceName: text("source_name").notNull(),
    sourceText: text("source_text").notNull(),
    definition: jsonb("definition").notNull(),
    note: text("note"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("framework_versions_code_version_key").on(t.frameworkCode, t.version)],
);

/** One computation of a province-year under one framework version; later versions add rows. */
export const computations = pgTable(
  "computations",
  {
    id: uuid("id").primaryKey(),
    frameworkVersionId: uuid("framework_version_id")
      .notNull()
      .references(() => frameworkVersions.id),
    editionCode: text("edition_code").notNull(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    year: integer("year").notNull(),
    inputs: jsonb("inputs").notNull(),
    result: jsonb("result").notNull(),
    totalHundredths: integer("total_hundredths"),
    /** The approved cycle this result was stored from; null for a computation entered by hand. */
    cycleId: uuid("cycle_id").references(() => cycles.id),
    /** Set when the cycle it was stored from was reopened: no longer the approved result. */
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    /** Set when a recomputation under a newer version replaced this one. */
    supersededBy: uuid("superseded_by"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("computations_unit_year_idx").on(t.orgUnitId, t.year)],
);

/** Results published by another body (PEPI by the Ministry, PGI by VCCI), imported with their source. */
export const publishedResults = pgTable(
  "published_results",
  {
    id: uuid("id").primaryKey(),
    kind: text("kind").notNull(),
    year: integer("year").notNull(),
    province: text("province").notNull(),
    // Kept as numeric text so that 73.33 stays 73.33 (no binary floating point in storage).
    totalScore: numeric("total_score"),
    rank: integer("rank"),
    band: text("band"),
    parts: jsonb("parts").notNull(),
    partRanks: jsonb("part_ranks").notNull(),
    decision: text("decision"),
    // PGI: the components under a sub-index where VCCI publishes them ({ PGI3: { "…": 5.1 } }).
    components: jsonb("components").notNull().default({}),
    sourceUrl: text("source_url").notNull(),
    notes: text("notes"),
    importedAt: createdAt(),
    importedBy: uuid("imported_by"),
  },
  (t) => [uniqueIndex("published_results_kind_year_province_key").on(t.kind, t.year, t.province)],
);

/**
 * The province's own green-index targets, set on its PGI page (a plan's targets live with the
 * plan): for a year, the total or one sub-index, as a score, a rank or both.
 */
export const pgiTargets = pgTable(
  "pgi_targets",
  {
    id: uuid("id").primaryKey(),
    provinceCode: text("province_code").notNull(),
    year: integer("year").notNull(),
    /** `total`, or a sub-index: `PGI1` … `PGI4`. */
    part: text("part").notNull(),
    score: numeric("score"),
    rank: integer("rank"),
    note: text("note"),
    updatedBy: uuid("updated_by"),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("pgi_targets_province_year_part_key").on(t.provinceCode, t.year, t.part)],
);

/** A coordinator's mark that an indicator does not apply to the province, with its grounds. */
export type NotApplicableMarks = Record<
  string,
  { reason: string; evidence: string; markedBy: string | null; markedAt: string }
>;

/**
 * One assessment year of one province under one framework edition. `kind: history` holds a past
 * year's figures entered afterwards as a comparison base; it never goes through the workflow.
 */
export const cycles = pgTable(
  "cycles",
  {
    id: uuid("id").primaryKey(),
    frameworkCode: text("framework_code")
      .notNull()
      .references(() => frameworks.code),
    editionCode: text("edition_code").notNull(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id),
    year: integer("year").notNull(),
    kind: text("kind").notNull().default("assessment"),
    status: text("status").notNull(),
    submissionDue: date("submission_due").notNull(),
    reviewDue: date("review_due"),
    approvalDue: date("approval_due"),
    ministryDue: date("ministry_due"),
    /** A change from last year larger than this (in percent) needs an explanation. */
    changeThresholdPct: integer("change_threshold_pct").notNull().default(20),
    /** Indicator values of a history year known only as results (code to value). */
    indicatorBaseline: jsonb("indicator_baseline").notNull().default({}),
    /** Indicators the coordinator marked not applicable: code to reason and evidence (who, when). */
    notApplicable: jsonb("not_applicable").$type<NotApplicableMarks>().notNull().default({}),
    approvedBy: uuid("approved_by"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    rowVersion: integer("row_version").notNull().default(1),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("cycles_framework_unit_year_key").on(t.frameworkCode, t.orgUnitId, t.year)],
);

/** Which agency reports which data element in a cycle; several agencies may each report a part. */
export const cycleAssignments = pgTable(
  "cycle_assignments",
  {
    id: uuid("id").primaryKey(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    elementCode: text("element_code").notNull(),
    /** What this agency's part is, when several agencies report parts of one element. */
    note: text("note"),
    /** Recorded as having no data this year, and why: the figure is not asked for again. */
    noDataReason: text("no_data_reason"),
    noDataBy: uuid("no_data_by"),
    noDataAt: timestamp("no_data_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("cycle_assignments_cycle_element_agency_key").on(t.cycleId, t.elementCode, t.agencyId),
    index("cycle_assignments_agency_idx").on(t.agencyId),
  ],
);

/** One agency's answers in one cycle: draft → submitted → returned | accepted. */
export const submissions = pgTable(
  "submissions",
  {
    id: uuid("id").primaryKey(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    status: text("status").notNull().default("draft"),
    signedOffBy: uuid("signed_off_by"),
    signedOffAt: timestamp("signed_off_at", { withTimezone: true }),
    /** Sent to the head for sign-off ("Trình ký"); the head's queue lists it until signed. */
    signOffRequestedAt: timestamp("sign_off_requested_at", { withTimezone: true }),
    signOffRequestedBy: uuid("sign_off_requested_by"),
    /** Why an earlier sign-off no longer holds (a return, a change after it), for both sides. */
    signOffResetNote: text("sign_off_reset_note"),
    submittedBy: uuid("submitted_by"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** When it was first submitted: timeliness is judged on this, not on a resubmission. */
    firstSubmittedAt: timestamp("first_submitted_at", { withTimezone: true }),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    returnReason: text("return_reason"),
    acceptedBy: uuid("accepted_by"),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    /** Since when the coordinator enters this agency's figures from its letter (agency_letters). */
    onBehalfSince: timestamp("on_behalf_since", { withTimezone: true }),
    onBehalfBy: uuid("on_behalf_by"),
    /**
     * Proposed by the coordinator as missing when the cycle goes for approval, with why; accepted
     * by the leader's approval. Cleared when the cycle comes back to the coordinator.
     */
    missingReason: text("missing_reason"),
    missingAcceptedBy: uuid("missing_accepted_by"),
    missingAcceptedAt: timestamp("missing_accepted_at", { withTimezone: true }),
    rowVersion: integer("row_version").notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("submissions_cycle_agency_key").on(t.cycleId, t.agencyId)],
);

/** A reported figure (number) or list (rows) of one agency for one data element. */
export const dataValues = pgTable(
  "data_values",
  {
    id: uuid("id").primaryKey(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    elementCode: text("element_code").notNull(),
    // Exact decimal as text: 83108003.5 stays 83108003.5.
    valueNumber: numeric("value_number"),
    valueList: jsonb("value_list"),
    /** The coordinator's verdict on this value: pending, accepted or questioned. */
    reviewStatus: text("review_status").notNull().default("pending"),
    version: integer("version").notNull().default(1),
    updatedBy: uuid("updated_by"),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("data_values_cycle_agency_element_key").on(t.cycleId, t.agencyId, t.elementCode)],
);

/** Every version a value has had: who, when, from what to what, why. */
export const dataValueVersions = pgTable(
  "data_value_versions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    valueId: uuid("value_id")
      .notNull()
      .references(() => dataValues.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    valueNumber: numeric("value_number"),
    valueList: jsonb("value_list"),
    changedBy: uuid("changed_by"),
    changedByName: text("changed_by_name"),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    reason: text("reason"),
  },
  (t) => [uniqueIndex("data_value_versions_value_version_key").on(t.valueId, t.version)],
);

/** An agency's explanation of a change from last year, for an element or an indicator. */
export const explanations = pgTable(
  "explanations",
  {
    id: uuid("id").primaryKey(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    /** `element:<code>`: an agency's note on one of its figures (indicators: indicator_explanations). */
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("explanations_cycle_agency_subject_key").on(t.cycleId, t.agencyId, t.subject)],
);

/**
 * Why an indicator moved from last year: one per indicator and cycle, written by the agency
 * responsible for the indicator, or by the department (`agency_id` null). Figure-level notes
 * stay in `explanations`.
 */
export const indicatorExplanations = pgTable(
  "indicator_explanations",
  {
    id: uuid("id").primaryKey(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    indicatorCode: text("indicator_code").notNull(),
    body: text("body").notNull(),
    agencyId: uuid("agency_id").references(() => agencies.id),
    updatedBy: uuid("updated_by"),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("indicator_explanations_cycle_indicator_key").on(t.cycleId, t.indicatorCode)],
);

/** A thread on one value or document of a submission between the coordinator and the agency. */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: uuid("id").primaryKey(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    /** `element:<code>`, `indicator:<code>` or `evidence:<id>`. */
    subject: text("subject").notNull(),
    authorId: uuid("author_id"),
    authorName: text("author_name").notNull(),
    authorRole: text("author_role").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("review_comments_cycle_agency_idx").on(t.cycleId, t.agencyId)],
);

/** A document supporting an indicator's figures; the file itself lives on disk under its SHA-256. */
export const evidence = pgTable(
  "evidence",
  {
    id: uuid("id").primaryKey(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    indicatorCode: text("indicator_code").notNull(),
    fileName: text("file_name").notNull(),
    sha256: text("sha256").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    mediaType: text("media_type").notNull(),
    docNumber: text("doc_number"),
    docDate: date("doc_date"),
    issuer: text("issuer"),
    reviewStatus: text("review_status").notNull().default("pending"),
    reviewNote: text("review_note"),
    reviewedBy: uuid("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    uploadedBy: uuid("uploaded_by"),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
    /** Withdrawn documents stay listed in the history but not in the submission. */
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [index("evidence_cycle_agency_idx").on(t.cycleId, t.agencyId)],
);

/**
 * A letter an agency sent its figures by (paper, scan or official e-mail): the ground on which
 * the coordinator enters them on the agency's behalf. Kept with the submission, never withdrawn.
 */
export const agencyLetters = pgTable(
  "agency_letters",
  {
    id: uuid("id").primaryKey(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    fileName: text("file_name").notNull(),
    sha256: text("sha256").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    mediaType: text("media_type").notNull(),
    docNumber: text("doc_number").notNull(),
    docDate: date("doc_date").notNull(),
    note: text("note"),
    uploadedBy: uuid("uploaded_by"),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agency_letters_cycle_agency_idx").on(t.cycleId, t.agencyId)],
);

/**
 * The self-assessment report as issued: its number and date, and the signed PDF (scanned or
 * digitally signed). Once recorded, the dossier carries this file instead of generating one.
 */
export const issuedReports = pgTable("issued_reports", {
  cycleId: uuid("cycle_id")
    .primaryKey()
    .references(() => cycles.id, { onDelete: "cascade" }),
  docNumber: text("doc_number").notNull(),
  docDate: date("doc_date").notNull(),
  fileName: text("file_name").notNull(),
  sha256: text("sha256").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  uploadedBy: uuid("uploaded_by"),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
});

/** In-app messages to one person (reminders, returns, approvals), read or not. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);

/**
 * E-mails waiting to be sent, written in the same transaction as what caused them. The dedupe key
 * makes a reminder exist once; a worker claims, sends and marks each row so none goes twice.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid("id").primaryKey(),
    dedupeKey: text("dedupe_key").notNull(),
    kind: text("kind").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    toAddress: text("to_address"),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    cycleId: uuid("cycle_id").references(() => cycles.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id"),
    /** pending, sending, sent, failed (gave up after retries) or unsent (no address or no SMTP). */
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("outbox_messages_dedupe_key").on(t.dedupeKey),
    index("outbox_messages_status_idx").on(t.status, t.nextAttemptAt),
  ],
);

/**
 * The editable text of a cycle's official documents (request letter, self-assessment report):
 * what the coordinator changed from the generated defaults. No row means the defaults.
 */
export const documentDrafts = pgTable(
  "document_drafts",
  {
    id: uuid("id").primaryKey(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    /** request_letter or report. */
    kind: text("kind").notNull(),
    fields: jsonb("fields").notNull(),
    rowVersion: integer("row_version").notNull().default(1),
    updatedBy: uuid("updated_by"),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("document_drafts_cycle_kind_key").on(t.cycleId, t.kind)],
);

/**
 * Raw figures of the former provinces a merged province was made of (and the merged province's
 * own figures where a sum would be wrong), for the comparison base of the first years after the
 * 2025 merger. One row per province, year, framework and figure; an import replaces a province's
 * year whole.
 */
export const formerProvinceFigures = pgTable(
  "former_province_figures",
  {
    id: uuid("id").primaryKey(),
    /** The registry code: `VN63-…` for a former province, `VN34-…` for the merged one itself. */
    provinceCode: text("province_code").notNull(),
    year: integer("year").notNull(),
    frameworkCode: text("framework_code").notNull(),
    code: text("code").notNull(),
    valueNumber: numeric("value_number").notNull(),
    source: text("source"),
    fileName: text("file_name").notNull(),
    recordedBy: uuid("recorded_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("former_province_figures_key").on(t.provinceCode, t.year, t.frameworkCode, t.code)],
);

/**
 * An improvement plan as it is issued (kế hoạch): number and symbol, date, issuer, title, the
 * years it covers, what it is about, its state, and the plan it implements (the department's
 * plan under the province's). No foreign key to the plan it implements: a restore inserts plans
 * in pages, and a plan may come before the one it implements; the service checks it.
 */
export const plans = pgTable("plans", {
  id: uuid("id").primaryKey(),
  numberSymbol: text("number_symbol"),
  issuedOn: date("issued_on"),
  issuer: text("issuer").notNull(),
  title: text("title").notNull(),
  periodFrom: integer("period_from").notNull(),
  periodTo: integer("period_to").notNull(),
  scope: text("scope").notNull(),
  status: text("status").notNull(),
  parentPlanId: uuid("parent_plan_id"),
  /** The rule a target is judged by: a live figure short of its year's value by more than this share is at risk. */
  atRiskBelowPercent: integer("at_risk_below_percent").notNull().default(90),
  /** When the agencies and the department report: [{ kind, agencyDue "07-05", departmentDue, followingYear }]. */
  reportSchedule: jsonb("report_schedule").notNull().default([]),
  rowVersion: integer("row_version").notNull().default(1),
  createdBy: uuid("created_by"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The issued document of a plan (the signed or published text), kept in the evidence area by its content. */
export const planDocuments = pgTable("plan_documents", {
  planId: uuid("plan_id")
    .primaryKey()
    .references(() => plans.id, { onDelete: "cascade" }),
  fileName: text("file_name").notNull(),
  sha256: text("sha256").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  mediaType: text("media_type").notNull(),
  uploadedBy: uuid("uploaded_by"),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A plan's target: what measures it (a PEPI indicator, the PEPI total or rank, a PGI score or
 * rank, or a measure of the plan's own with its unit and direction), its baseline and its value
 * for each year of the plan.
 */
export const planTargets = pgTable(
  "plan_targets",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    measure: text("measure").notNull(),
    /** "PEPI-2782:07" for an indicator (framework and code), "PGI1" for a sub-index, null otherwise. */
    measureRef: text("measure_ref"),
    /** Only for a measure of the plan's own. */
    name: text("name"),
    unit: text("unit"),
    direction: text("direction"),
    baselineValue: numeric("baseline_value"),
    baselineYear: integer("baseline_year").notNull(),
    baselineSource: text("baseline_source"),
    /** [{ year, value }], value as numeric text. */
    yearly: jsonb("yearly").notNull(),
  },
  (t) => [index("plan_targets_plan_idx").on(t.planId)],
);

/** A section of a plan's tasks ("1. Chỉ số thành phần 1: …"). */
export const planSections = pgTable(
  "plan_sections",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    number: text("number").notNull(),
    title: text("title").notNull(),
  },
  (t) => [index("plan_sections_plan_idx").on(t.planId)],
);

/** A lettered task of a section, with what it serves and its deadline or "thường xuyên". */
export const planTasks = pgTable(
  "plan_tasks",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => planSections.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    letter: text("letter").notNull(),
    body: text("body").notNull(),
    deadline: date("deadline"),
    recurring: boolean("recurring").notNull().default(false),
    /** The plan's targets it serves (their ids). */
    targetIds: jsonb("target_ids").notNull(),
    /** PEPI indicators it serves ("PEPI-2782:07") and PGI sub-indices ("PGI1"). */
    measures: jsonb("measures").notNull(),
  },
  (t) => [
    index("plan_tasks_plan_idx").on(t.planId),
    uniqueIndex("plan_tasks_letter_key").on(t.sectionId, t.letter),
  ],
);

/** Who answers for a task (lead, possibly several for their own parts) and who supports. */
export const planTaskAgencies = pgTable(
  "plan_task_agencies",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => planTasks.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    role: text("role").notNull(),
  },
  (t) => [
    uniqueIndex("plan_task_agencies_key").on(t.taskId, t.agencyId),
    index("plan_task_agencies_agency_idx").on(t.agencyId),
  ],
);

/** A reporting period of a plan (six months or a year of one of its years), from its schedule. */
export const planReportPeriods = pgTable(
  "plan_report_periods",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    year: integer("year").notNull(),
    agencyDue: date("agency_due").notNull(),
    departmentDue: date("department_due").notNull(),
    /** Closed by the department once compiled: no report of it changes any more. */
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: uuid("closed_by"),
  },
  (t) => [uniqueIndex("plan_report_periods_key").on(t.planId, t.kind, t.year)],
);

/** An agency's progress report of a period: the same states and sign-off as a cycle's submission. */
export const planReports = pgTable(
  "plan_reports",
  {
    id: uuid("id").primaryKey(),
    periodId: uuid("period_id")
      .notNull()
      .references(() => planReportPeriods.id, { onDelete: "cascade" }),
    agencyId: uuid("agency_id")
      .notNull()
      .references(() => agencies.id),
    status: text("status").notNull().default("draft"),
    difficulties: text("difficulties"),
    proposals: text("proposals"),
    signOffRequestedAt: timestamp("sign_off_requested_at", { withTimezone: true }),
    signedOffBy: uuid("signed_off_by"),
    signedOffAt: timestamp("signed_off_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** Timeliness is judged on the first submission, not on a resubmission after a return. */
    firstSubmittedAt: timestamp("first_submitted_at", { withTimezone: true }),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    returnReason: text("return_reason"),
    acceptedBy: uuid("accepted_by"),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    rowVersion: integer("row_version").notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("plan_reports_period_agency_key").on(t.periodId, t.agencyId)],
);

/**
 * A task's line in a report. The task is referred to by id without a foreign key, because a
 * plan's tasks are saved whole (kept ids survive); removing a task that has reports is refused.
 */
export const planReportItems = pgTable(
  "plan_report_items",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => planReports.id, { onDelete: "cascade" }),
    taskId: uuid("task_id").notNull(),
    status: text("status"),
    progress: text("progress"),
  },
  (t) => [
    uniqueIndex("plan_report_items_key").on(t.reportId, t.taskId),
    index("plan_report_items_task_idx").on(t.taskId),
  ],
);

/** A figure reported for a target of the plan's own measure, for the period's year. */
export const planReportFigures = pgTable(
  "plan_report_figures",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => planReports.id, { onDelete: "cascade" }),
    targetId: uuid("target_id").notNull(),
    value: numeric("value").notNull(),
  },
  (t) => [uniqueIndex("plan_report_figures_key").on(t.reportId, t.targetId)],
);

/** A document attached to a report, kept in the evidence area by its content. */
export const planReportFiles = pgTable(
  "plan_report_files",
  {
    id: uuid("id").primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => planReports.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    sha256: text("sha256").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    mediaType: text("media_type").notNull(),
    uploadedBy: uuid("uploaded_by"),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_report_files_report_idx").on(t.reportId)],
);

/** A change to a report already accepted, with why and what it was before. */
export const planReportAmendments = pgTable(
  "plan_report_amendments",
  {
    id: uuid("id").primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => planReports.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    before: jsonb("before").notNull(),
    amendedBy: uuid("amended_by"),
    amendedAt: timestamp("amended_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_report_amendments_report_idx").on(t.reportId)],
);

/**
 * The words of a period's synthesis for the chairman that the coordinator changed from the
 * generated defaults (issuer, number, introduction, assessment, the department's proposals,
 * signer). No row means the defaults; the figures always come from the period's reports.
 */
export const planSyntheses = pgTable("plan_syntheses", {
  periodId: uuid("period_id")
    .primaryKey()
    .references(() => planReportPeriods.id, { onDelete: "cascade" }),
  fields: jsonb("fields").notNull(),
  rowVersion: integer("row_version").notNull().default(1),
  updatedBy: uuid("updated_by"),
  updatedAt: updatedAt(),
});

/**
 * The chairman's conclusions on a period's synthesis (kết luận, chỉ đạo) with the document's
 * number and date, and the section of the plan its chosen directives became (no foreign key: a
 * plan's tasks are saved whole and the section may be renumbered or removed later).
 */
export const planConclusions = pgTable("plan_conclusions", {
  periodId: uuid("period_id")
    .primaryKey()
    .references(() => planReportPeriods.id, { onDelete: "cascade" }),
  numberSymbol: text("number_symbol").notNull().default(""),
  issuedOn: date("issued_on").notNull(),
  author: text("author").notNull(),
  body: text("body").notNull(),
  sectionId: uuid("section_id"),
  rowVersion: integer("row_version").notNull().default(1),
  recordedBy: uuid("recorded_by"),
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A national list of facilities that must inventory greenhouse gases (QĐ 01/2022/QĐ-TTg,
 * QĐ 13/2024/QĐ-TTg, later lists), with the list it replaces.
 */
export const ghgLists = pgTable(
  "ghg_lists",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    signedOn: date("signed_on"),
    effectiveFrom: date("effective_from"),
    replacesListId: uuid("replaces_list_id"),
    source: text("source"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("ghg_lists_code_key").on(t.code)],
);

/**
 * A facility of the province on a national list: as the register keeps it now (the name and
 * address may have changed since it was listed; each listing keeps what the list wrote).
 * `ministry` is the managing ministry as the list names it (Giao thông vận tải stays so after
 * the 2025 merger into Xây dựng). A facility dropped from the latest list is delisted, never deleted.
 */
export const ghgFacilities = pgTable(
  "ghg_facilities",
  {
    id: uuid("id").primaryKey(),
    name: text("name").notNull(),
    taxCode: text("tax_code"),
    address: text("address").notNull(),
    communeId: uuid("commune_id").references(() => orgUnits.id),
    listedAddress: text("listed_address").notNull(),
    /** The province (of the 63 or the 34) the listed address names. */
    listedProvinceCode: text("listed_province_code"),
    sector: text("sector").notNull(),
    subSector: text("sub_sector"),
    ministry: text("ministry").notNull(),
    /** `emissions_3000` (≥ 3.000 tCO2e), `energy_1000_toe`, `waste_65000_t`, or null when unknown. */
    threshold: text("threshold"),
    /** `none`, `allocated`; with `quotaSector` thermal_power, steel or cement. */
    quotaStatus: text("quota_status").notNull().default("none"),
    quotaSector: text("quota_sector"),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    agencyId: uuid("agency_id").references(() => agencies.id),
    /** `active` or `closed`. */
    status: text("status").notNull().default("active"),
    /** The list that no longer names it (it owes no report from that list's effect on). */
    delistedByListId: uuid("delisted_by_list_id").references(() => ghgLists.id),
    rowVersion: integer("row_version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("ghg_facilities_tax_code_key").on(t.taxCode).where(sql`tax_code is not null`),
    index("ghg_facilities_agency_idx").on(t.agencyId),
  ],
);

/** A facility as one list wrote it: annex, row, name, address, sector and ministry. */
export const ghgFacilityListings = pgTable(
  "ghg_facility_listings",
  {
    id: uuid("id").primaryKey(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => ghgFacilities.id, { onDelete: "cascade" }),
    listId: uuid("list_id")
      .notNull()
      .references(() => ghgLists.id),
    annex: text("annex"),
    rowNumber: text("row_number"),
    name: text("name").notNull(),
    taxCode: text("tax_code"),
    address: text("address").notNull(),
    sector: text("sector").notNull(),
    subSector: text("sub_sector"),
    ministry: text("ministry").notNull(),
  },
  (t) => [uniqueIndex("ghg_facility_listings_key").on(t.facilityId, t.listId)],
);

/** A facility's life: listed, delisted, updated by a list, renamed, transferred, closed, restarted. */
export const ghgFacilityEvents = pgTable(
  "ghg_facility_events",
  {
    id: uuid("id").primaryKey(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => ghgFacilities.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    occurredOn: date("occurred_on").notNull(),
    listId: uuid("list_id").references(() => ghgLists.id),
    before: jsonb("before"),
    after: jsonb("after"),
    note: text("note"),
    recordedBy: uuid("recorded_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("ghg_facility_events_facility_idx").on(t.facilityId)],
);

/**
 * A list file read and compared with the register: `pending` until the department confirms it
 * (then `confirmed`, applied whole) or discards it. Keeps the province's rows and the changes shown.
 */
export const ghgListImports = pgTable("ghg_list_imports", {
  id: uuid("id").primaryKey(),
  /** The list's code, title, dates and the list it replaces, as the department entered them. */
  list: jsonb("list").notNull(),
  fileName: text("file_name").notNull(),
  status: text("status").notNull().default("pending"),
  rows: jsonb("rows").notNull(),
  changes: jsonb("changes").notNull(),
  counts: jsonb("counts").notNull(),
  createdBy: uuid("created_by"),
  createdAt: createdAt(),
  decidedBy: uuid("decided_by"),
  decidedAt: timestamp("decided_at", { withTimezone: true }),
});

/** The review of the province's list every two years by the sector departments: a task with its due date. */
export const ghgReviews = pgTable("ghg_reviews", {
  id: uuid("id").primaryKey(),
  listId: uuid("list_id").references(() => ghgLists.id),
  title: text("title").notNull(),
  dueOn: date("due_on").notNull(),
  agencyIds: jsonb("agency_ids").notNull().default([]),
  /** `planned`, `in_progress`, `done`. */
  status: text("status").notNull().default("planned"),
  note: text("note"),
  rowVersion: integer("row_version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * An obligation rule as the province keeps it: seeded from `frameworks/ghg/obligation-rules.yaml`
 * (`shipped`), editable by the department (`rule`), so a provisional date can be corrected when a
 * source confirms it. Both are validated with the rule schema of `domain/ghg/obligation-rules.ts`.
 */
export const ghgObligationRules = pgTable("ghg_obligation_rules", {
  code: text("code").primaryKey(),
  rule: jsonb("rule").notNull(),
  shipped: jsonb("shipped").notNull(),
  /** The sources the rule's basis names, as the shipped file lists them. */
  sources: jsonb("sources").notNull().default([]),
  editedBy: uuid("edited_by"),
  editedAt: timestamp("edited_at", { withTimezone: true }),
  rowVersion: integer("row_version").notNull().default(1),
});

/**
 * A facility's report on one obligation (rule and year): recorded when it arrives or sent by the
 * facility's own account, then appraised by the province (or, for a quota facility, verified
 * independently). `status`: received, under_appraisal, information_requested, returned,
 * accepted, determined (the province's own figure, with its reason). The figures live in versions.
 */
export const ghgReports = pgTable(
  "ghg_reports",
  {
    id: uuid("id").primaryKey(),
    facilityId: uuid("facility_id")
      .notNull()
      .references(() => ghgFacilities.id),
    ruleCode: text("rule_code").notNull(),
    kind: text("kind").notNull(),
    /** The year the obligation falls due in; the years it reports on are `periodFrom`–`periodTo`. */
    year: integer("year").notNull(),
    periodFrom: integer("period_from").notNull(),
    periodTo: integer("period_to").notNull(),
    status: text("status").notNull().default("received"),
    /** The day the province received it: timeliness is judged on it against the due date. */
    receivedOn: date("received_on").notNull(),
    /** `recorded` by the department, or sent by the `facility` itself. */
    receivedVia: text("received_via").notNull(),
    /** When information is requested: the day it is due back. */
    informationDueOn: date("information_due_on"),
    /** `council` (hội đồng thẩm định) or `reviewers` (chuyên gia, cán bộ thẩm định), with their names. */
    appraisalBody: text("appraisal_body"),
    appraisers: jsonb("appraisers").notNull().default([]),
    findings: text("findings"),
    /** The province's own figure by year (tCO2e) and why, when it determines one. */
    determined: jsonb("determined"),
    /** For a quota facility: the independent verifier, its conclusion and its date. */
    verifier: text("verifier"),
    verificationConclusion: text("verification_conclusion"),
    verifiedOn: date("verified_on"),
    currentVersion: integer("current_version").notNull().default(1),
    rowVersion: integer("row_version").notNull().default(1),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("ghg_reports_obligation_key").on(t.facilityId, t.ruleCode, t.year),
    index("ghg_reports_year_idx").on(t.year),
  ],
);

/**
 * One version of a report's figures: the activity data, the facility's own emission factors
 * (each with its source), what it declared, the GWP set, and what PEPI Hub computed and flagged.
 * A correction is a new version with its reason; earlier versions are kept.
 */
export const ghgReportVersions = pgTable(
  "ghg_report_versions",
  {
    id: uuid("id").primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => ghgReports.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    reason: text("reason"),
    gwpCode: text("gwp_code").notNull(),
    lines: jsonb("lines").notNull(),
    factors: jsonb("factors").notNull().default([]),
    declared: jsonb("declared").notNull().default([]),
    /** The computed emissions (years, gases, scopes, lines) and the flags raised on them. */
    result: jsonb("result").notNull(),
    flags: jsonb("flags").notNull().default([]),
    recordedBy: uuid("recorded_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("ghg_report_versions_key").on(t.reportId, t.number)],
);

/**
 * A document of a report: the report itself (stamped scan or digitally signed file), an
 * answer to a request, the appraisal minutes, the result letter, the verification report.
 */
export const ghgReportDocuments = pgTable(
  "ghg_report_documents",
  {
    id: uuid("id").primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => ghgReports.id, { onDelete: "cascade" }),
    /** The version it came with, when it came with one. */
    versionNumber: integer("version_number"),
    kind: text("kind").notNull(),
    fileName: text("file_name").notNull(),
    sha256: text("sha256").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    mediaType: text("media_type").notNull(),
    uploadedBy: uuid("uploaded_by"),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("ghg_report_documents_report_idx").on(t.reportId)],
);

/** A report's history: each change of state with its note and deadline, and each comment. */
export const ghgReportEvents = pgTable(
  "ghg_report_events",
  {
    id: uuid("id").primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => ghgReports.id, { onDelete: "cascade" }),
    /** `status`, `comment`, `version`, `document`, `appraisal` (who appraises) or `verification`. */
    kind: text("kind").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    note: text("note"),
    dueOn: date("due_on"),
    actorId: uuid("actor_id"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("ghg_report_events_report_idx").on(t.reportId, t.at)],
);

/**
 * The department's report on greenhouse-gas work for a year (to the chairman, after seed 002):
 * the words around the register's figures (issuer, number, date, the letters sent to facilities
 * and departments, the list reported to the Ministry, what remains, signer), saved whole.
 */
export const ghgWorkReports = pgTable("ghg_work_reports", {
  year: integer("year").primaryKey(),
  fields: jsonb("fields").notNull(),
  rowVersion: integer("row_version").notNull().default(1),
  updatedBy: uuid("updated_by"),
  updatedAt: updatedAt(),
});
