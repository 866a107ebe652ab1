// The one database schema, shared by PGlite and PostgreSQL. Migrations are generated from it
// with `npm run db:generate` and committed under ./migrations.
import { sql } from "drizzle-orm";
import {
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
    sourceUrl: text("source_url").notNull(),
    notes: text("notes"),
    importedAt: createdAt(),
    importedBy: uuid("imported_by"),
  },
  (t) => [uniqueIndex("published_results_kind_year_province_key").on(t.kind, t.year, t.province)],
);
