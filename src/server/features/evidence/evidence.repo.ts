// Queries of evidence documents.
import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencies, evidence, users } from "../../db/schema.js";

export type EvidenceRow = typeof evidence.$inferSelect;
export type NewEvidence = typeof evidence.$inferInsert;

const withUploader = { evidence, uploaderName: users.fullName };
export type EvidenceWithUploader = { evidence: EvidenceRow; uploaderName: string | null };

export async function findEvidence(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<EvidenceRow | undefined> {
  const query = db.select().from(evidence).where(eq(evidence.id, id));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

export async function findEvidenceView(db: DbOrTx, id: string): Promise<EvidenceWithUploader | undefined> {
  const [row] = await db
    .select(withUploader)
    .from(evidence)
    .leftJoin(users, eq(users.id, evidence.uploadedBy))
    .where(eq(evidence.id, id));
  return row;
}

/** An agency's documents in a cycle: current ones first, then withdrawn; newest first in each. */
export async function listAgencyEvidence(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  includeWithdrawn: boolean,
): Promise<EvidenceWithUploader[]> {
  const scope = and(eq(evidence.cycleId, cycleId), eq(evidence.agencyId, agencyId));
  return db
    .select(withUploader)
    .from(evidence)
    .leftJoin(users, eq(users.id, evidence.uploadedBy))
    .where(includeWithdrawn ? scope : and(scope, isNull(evidence.withdrawnAt)))
    .orderBy(
      sql`${evidence.withdrawnAt} is not null`,
      asc(evidence.indicatorCode),
      desc(evidence.uploadedAt),
    );
}

export async function insertEvidence(db: DbOrTx, row: NewEvidence): Promise<void> {
  await db.insert(evidence).values(row);
}

export async function updateEvidence(db: DbOrTx, id: string, change: Partial<NewEvidence>): Promise<void> {
  await db.update(evidence).set(change).where(eq(evidence.id, id));
}

/** An agency's documents in force that nobody has reviewed yet, locked for the verdict. */
export async function listUnreviewedEvidence(db: DbOrTx, cycleId: string, agencyId: string) {
  return db
    .select({ id: evidence.id, fileName: evidence.fileName, indicatorCode: evidence.indicatorCode })
    .from(evidence)
    .where(
      and(
        eq(evidence.cycleId, cycleId),
        eq(evidence.agencyId, agencyId),
        isNull(evidence.withdrawnAt),
        eq(evidence.reviewStatus, "pending"),
      ),
    )
    .orderBy(asc(evidence.indicatorCode), asc(evidence.fileName))
    .for("update");
}

/** Documents of the cycle still in force with this content (every content when not said). */
export async function findSameContent(db: DbOrTx, cycleId: string, sha256?: string) {
  return db
    .select({
      id: evidence.id,
      sha256: evidence.sha256,
      agencyId: evidence.agencyId,
      indicatorCode: evidence.indicatorCode,
      fileName: evidence.fileName,
      agencyName: agencies.name,
    })
    .from(evidence)
    .innerJoin(agencies, eq(agencies.id, evidence.agencyId))
    .where(
      and(
        eq(evidence.cycleId, cycleId),
        sha256 ? eq(evidence.sha256, sha256) : undefined,
        isNull(evidence.withdrawnAt),
      ),
    );
}

/** A cycle's documents still in force, for the dashboard's counts. */
export async function listCycleEvidence(db: DbOrTx, cycleId: string) {
  return db
    .select({
      agencyId: evidence.agencyId,
      indicatorCode: evidence.indicatorCode,
      reviewStatus: evidence.reviewStatus,
    })
    .from(evidence)
    .where(and(eq(evidence.cycleId, cycleId), isNull(evidence.withdrawnAt)));
}

/** A cycle's documents that count: neither withdrawn nor refused, by indicator then agency. */
export async function listEvidenceInForce(db: DbOrTx, cycleId: string) {
  return db
    .select({ evidence, agencyName: agencies.name, agencyShortName: agencies.shortName })
    .from(evidence)
    .innerJoin(agencies, eq(agencies.id, evidence.agencyId))
    .where(
      and(eq(evidence.cycleId, cycleId), isNull(evidence.withdrawnAt), ne(evidence.reviewStatus, "rejected")),
    )
    .orderBy(asc(evidence.indicatorCode), asc(agencies.name), asc(evidence.uploadedAt));
}
