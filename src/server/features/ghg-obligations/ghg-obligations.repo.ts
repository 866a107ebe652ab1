// The only queries of the greenhouse-gas obligations: the rules as kept, the register facts a
// facility's standing is derived from, the reports received (read only: the reports feature writes
// them), the reviews of the list.
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  agencies,
  auditEvents,
  ghgFacilities,
  ghgFacilityEvents,
  ghgFacilityListings,
  ghgLists,
  ghgObligationRules,
  ghgReports,
  ghgReviews,
  outboxMessages,
  users,
} from "../../db/schema.js";

export type RuleRow = typeof ghgObligationRules.$inferSelect;
export type ReviewRow = typeof ghgReviews.$inferSelect;

export const allRules = (db: DbOrTx) =>
  db
    .select({ row: ghgObligationRules, editedByName: users.fullName })
    .from(ghgObligationRules)
    .leftJoin(users, eq(users.id, ghgObligationRules.editedBy));

export async function findRule(db: DbOrTx, code: string, lock?: "update"): Promise<RuleRow | undefined> {
  const query = db.select().from(ghgObligationRules).where(eq(ghgObligationRules.code, code));
  return (await (lock ? query.for("update") : query))[0];
}

/** Adds a rule unless one with its code is kept; says whether it was added. */
export async function insertRuleIfNew(db: DbOrTx, row: typeof ghgObligationRules.$inferInsert) {
  const added = await db
    .insert(ghgObligationRules)
    .values(row)
    .onConflictDoNothing({ target: ghgObligationRules.code })
    .returning({ code: ghgObligationRules.code });
  return added.length > 0;
}

export const updateRule = (
  db: DbOrTx,
  code: string,
  values: Partial<typeof ghgObligationRules.$inferInsert>,
) => db.update(ghgObligationRules).set(values).where(eq(ghgObligationRules.code, code));

/** When each rule's shipped version last changed (the seeding's audit events). */
export async function shippedChanges(db: DbOrTx): Promise<Map<string, Date>> {
  const rows = await db
    .select({ code: auditEvents.entityId, at: auditEvents.at })
    .from(auditEvents)
    .where(eq(auditEvents.type, "ghg.obligation_rule_shipped"))
    .orderBy(asc(auditEvents.at));
  return new Map(rows.flatMap((r) => (r.code ? [[r.code, r.at] as const] : [])));
}

const facilitiesWhere = (db: DbOrTx, where?: SQL) =>
  db
    .select({ facility: ghgFacilities, agencyName: agencies.name })
    .from(ghgFacilities)
    .leftJoin(agencies, eq(agencies.id, ghgFacilities.agencyId))
    .where(where)
    .orderBy(asc(ghgFacilities.name));

export const facilitiesIn = (db: DbOrTx, ids?: string[]) =>
  facilitiesWhere(db, ids ? inArray(ghgFacilities.id, ids) : undefined);

export const listingDates = (db: DbOrTx, facilityIds?: string[]) =>
  db
    .select({
      facilityId: ghgFacilityListings.facilityId,
      code: ghgLists.code,
      effectiveFrom: ghgLists.effectiveFrom,
      signedOn: ghgLists.signedOn,
    })
    .from(ghgFacilityListings)
    .innerJoin(ghgLists, eq(ghgLists.id, ghgFacilityListings.listId))
    .where(facilityIds ? inArray(ghgFacilityListings.facilityId, facilityIds) : undefined);

export const lifeEvents = (db: DbOrTx, facilityIds?: string[]) =>
  db
    .select({
      facilityId: ghgFacilityEvents.facilityId,
      kind: ghgFacilityEvents.kind,
      occurredOn: ghgFacilityEvents.occurredOn,
    })
    .from(ghgFacilityEvents)
    .where(
      and(
        inArray(ghgFacilityEvents.kind, ["closed", "restarted"]),
        facilityIds ? inArray(ghgFacilityEvents.facilityId, facilityIds) : undefined,
      ),
    );

export const lists = (db: DbOrTx) => db.select().from(ghgLists);

export const reportsOf = (db: DbOrTx, where: { facilityId?: string; years?: number[] }) =>
  db
    .select({
      facilityId: ghgReports.facilityId,
      ruleCode: ghgReports.ruleCode,
      year: ghgReports.year,
      receivedOn: ghgReports.receivedOn,
      status: ghgReports.status,
    })
    .from(ghgReports)
    .where(
      and(
        where.facilityId ? eq(ghgReports.facilityId, where.facilityId) : undefined,
        where.years ? inArray(ghgReports.year, where.years) : undefined,
      ),
    );

export const listReviews = (db: DbOrTx) =>
  db
    .select({ review: ghgReviews, listCode: ghgLists.code })
    .from(ghgReviews)
    .leftJoin(ghgLists, eq(ghgLists.id, ghgReviews.listId))
    .orderBy(desc(ghgReviews.dueOn));

export async function findReview(db: DbOrTx, id: string, lock?: "update"): Promise<ReviewRow | undefined> {
  const query = db.select().from(ghgReviews).where(eq(ghgReviews.id, id));
  return (await (lock ? query.for("update") : query))[0];
}

export const insertReview = (db: DbOrTx, row: typeof ghgReviews.$inferInsert) =>
  db.insert(ghgReviews).values(row);
export const updateReview = (db: DbOrTx, id: string, values: Partial<typeof ghgReviews.$inferInsert>) =>
  db.update(ghgReviews).set(values).where(eq(ghgReviews.id, id));

export const agencyNames = (db: DbOrTx) => db.select({ id: agencies.id, name: agencies.name }).from(agencies);

export const listExists = async (db: DbOrTx, id: string) =>
  (await db.select({ id: ghgLists.id }).from(ghgLists).where(eq(ghgLists.id, id))).length > 0;

/** Queues an e-mail once ever (its dedupe key); says whether it was new. */
export async function insertOutboxOnce(db: DbOrTx, row: typeof outboxMessages.$inferInsert) {
  const added = await db
    .insert(outboxMessages)
    .values(row)
    .onConflictDoNothing({ target: outboxMessages.dedupeKey })
    .returning({ id: outboxMessages.id });
  return added.length > 0;
}
