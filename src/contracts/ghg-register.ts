// Contracts of the greenhouse-gas facility register: the national lists, the province's facilities
// with their listings and events, and the import of a list annex compared with the register.
import { z } from "zod";
import { ministries, quotaSectors, sectors, thresholds } from "../domain/facility-lists/vocabulary.js";
import { obligationKinds } from "../domain/ghg/obligation-rules.js";
import { ghgReportStatusSchema } from "./ghg-reports.js";

const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
export const ghgSectorSchema = z.enum(keys(sectors));
export const ghgMinistrySchema = z.enum(keys(ministries));
export const ghgThresholdSchema = z.enum(keys(thresholds));
export const ghgQuotaSectorSchema = z.enum(keys(quotaSectors));

export const ghgListSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  signedOn: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  replacesCode: z.string().nullable(),
  source: z.string().nullable(),
  facilityCount: z.number().int(),
});
export type GhgList = z.infer<typeof ghgListSchema>;
export const ghgListsSchema = z.object({ items: z.array(ghgListSchema) });

/** The decision an annex comes from, as the department types it when it imports the file. */
export const ghgListInputSchema = z.object({
  code: z.string().trim().min(3).max(60),
  title: z.string().trim().min(3).max(500),
  signedOn: z.iso.date().nullable().optional(),
  effectiveFrom: z.iso.date().nullable().optional(),
  /** The code of the list it replaces (QĐ 13/2024 replaces 01/2022), when the register holds it. */
  replacesCode: z.string().trim().max(60).nullable().optional(),
  source: z.string().trim().max(500).nullable().optional(),
});
export type GhgListInput = z.infer<typeof ghgListInputSchema>;

export const ghgImportRequestSchema = z.object({
  list: ghgListInputSchema,
  /** An .xlsx annex (its first sheet) or a CSV, sent as base64. */
  fileName: z.string().trim().min(1).max(200),
  content: z.string().min(1).max(12_000_000),
  /** The ministry of an annex whose rows and headings do not name it (Phụ lục II: Bộ Công Thương). */
  ministry: ghgMinistrySchema.nullable().optional(),
});
export type GhgImportRequest = z.infer<typeof ghgImportRequestSchema>;

export const ghgFieldChangeSchema = z.object({
  field: z.enum(["name", "address", "sector", "subSector", "ministry"]),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const ghgImportChangeSchema = z.object({
  kind: z.enum(["added", "removed", "changed", "relisted", "unchanged"]),
  facilityId: z.string().nullable(),
  name: z.string(),
  taxCode: z.string().nullable(),
  /** The row of the file (none for a facility the file leaves out). */
  row: z.number().int().nullable(),
  address: z.string().nullable(),
  fields: z.array(ghgFieldChangeSchema),
});
export type GhgImportChange = z.infer<typeof ghgImportChangeSchema>;

export const ghgImportSchema = z.object({
  id: z.string(),
  status: z.enum(["pending", "confirmed", "discarded"]),
  list: ghgListInputSchema,
  fileName: z.string(),
  province: z.string(),
  counts: z.object({
    total: z.number().int(),
    taken: z.number().int(),
    outside: z.number().int(),
    unplaced: z.number().int(),
    added: z.number().int(),
    removed: z.number().int(),
    changed: z.number().int(),
    relisted: z.number().int(),
    unchanged: z.number().int(),
  }),
  unplaced: z.array(z.object({ row: z.number().int(), name: z.string(), address: z.string() })),
  changes: z.array(ghgImportChangeSchema),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type GhgImport = z.infer<typeof ghgImportSchema>;

export const ghgFacilityStatusSchema = z.enum(["active", "closed"]);

export const ghgFacilitySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  taxCode: z.string().nullable(),
  address: z.string(),
  sector: ghgSectorSchema,
  subSector: z.string().nullable(),
  ministry: ghgMinistrySchema,
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  status: ghgFacilityStatusSchema,
  /** Not on the latest list that covers it: it owes no report from that list's effect on. */
  delistedBy: z.string().nullable(),
  lists: z.array(z.string()),
  quotaStatus: z.enum(["none", "allocated"]),
  quotaSector: ghgQuotaSectorSchema.nullable(),
  rowVersion: z.number().int(),
});
export type GhgFacilitySummary = z.infer<typeof ghgFacilitySummarySchema>;

export const ghgFacilityQuerySchema = z.object({
  sector: ghgSectorSchema.optional(),
  ministry: ghgMinistrySchema.optional(),
  agencyId: z.uuid().optional(),
  listId: z.uuid().optional(),
  status: z.enum(["active", "closed", "delisted"]).optional(),
});
/** A facility as the register page lists it: its summary and the report it sent last. */
export const ghgFacilityListItemSchema = ghgFacilitySummarySchema.extend({
  latestReport: z
    .object({
      id: z.string(),
      kind: z.enum(obligationKinds),
      /** The year the obligation fell due in; the years it reports on are `periodFrom`–`periodTo`. */
      year: z.number().int(),
      periodFrom: z.number().int(),
      periodTo: z.number().int(),
      status: ghgReportStatusSchema,
    })
    .nullable(),
});
export type GhgFacilityListItem = z.infer<typeof ghgFacilityListItemSchema>;
export const ghgFacilityListSchema = z.object({ items: z.array(ghgFacilityListItemSchema) });

export const ghgEventKinds = [
  "listed",
  "delisted",
  "updated",
  "renamed",
  "transferred",
  "closed",
  "restarted",
] as const;
export const ghgEventSchema = z.object({
  id: z.string(),
  kind: z.enum(ghgEventKinds),
  occurredOn: z.string(),
  listCode: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

export const ghgFacilityDetailSchema = ghgFacilitySummarySchema.extend({
  listedAddress: z.string(),
  /** The commune of the current address among the province's communes, when one matches. */
  communeName: z.string().nullable(),
  threshold: ghgThresholdSchema.nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  listings: z.array(
    z.object({
      listCode: z.string(),
      annex: z.string().nullable(),
      rowNumber: z.string().nullable(),
      name: z.string(),
      taxCode: z.string().nullable(),
      address: z.string(),
      sector: ghgSectorSchema,
      subSector: z.string().nullable(),
      ministry: ghgMinistrySchema,
    }),
  ),
  events: z.array(ghgEventSchema),
});
export type GhgFacilityDetail = z.infer<typeof ghgFacilityDetailSchema>;

/** A change in a facility's life, kept as an event: renamed, a new owner, closed, restarted. */
export const ghgEventRequestSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("renamed"),
    occurredOn: z.iso.date(),
    name: z.string().trim().min(3).max(300),
    note: z.string().trim().max(1000).optional(),
    rowVersion: z.number().int(),
  }),
  z.object({
    kind: z.literal("transferred"),
    occurredOn: z.iso.date(),
    name: z.string().trim().min(3).max(300),
    taxCode: z.string().trim().min(3).max(20).nullable(),
    note: z.string().trim().max(1000).optional(),
    rowVersion: z.number().int(),
  }),
  z.object({
    kind: z.enum(["closed", "restarted"]),
    occurredOn: z.iso.date(),
    note: z.string().trim().min(3).max(1000),
    rowVersion: z.number().int(),
  }),
]);
export type GhgEventRequest = z.infer<typeof ghgEventRequestSchema>;

/** What the department edits without an event of the facility's life: contact, follow-up, threshold, quota, address. */
export const ghgFacilityUpdateSchema = z.object({
  rowVersion: z.number().int(),
  address: z.string().trim().min(3).max(500).optional(),
  contactName: z.string().trim().max(200).nullable().optional(),
  contactPhone: z.string().trim().max(50).nullable().optional(),
  contactEmail: z.email().nullable().optional(),
  agencyId: z.uuid().nullable().optional(),
  threshold: ghgThresholdSchema.nullable().optional(),
  quotaStatus: z.enum(["none", "allocated"]).optional(),
  quotaSector: ghgQuotaSectorSchema.nullable().optional(),
});
export type GhgFacilityUpdate = z.infer<typeof ghgFacilityUpdateSchema>;
