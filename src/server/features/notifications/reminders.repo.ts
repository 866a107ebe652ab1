// Queries behind the reminders: the cycles still running and where each agency stands.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencies, cycles, orgUnits, submissions } from "../../db/schema.js";

/** Assessment cycles that still owe reminders: collecting figures or waiting for approval. */
export async function runningCycles(db: DbOrTx) {
  return db
    .select({
      id: cycles.id,
      year: cycles.year,
      frameworkCode: cycles.frameworkCode,
      provinceName: orgUnits.name,
      status: cycles.status,
      submissionDue: cycles.submissionDue,
      reviewDue: cycles.reviewDue,
      approvalDue: cycles.approvalDue,
    })
    .from(cycles)
    .innerJoin(orgUnits, eq(orgUnits.id, cycles.orgUnitId))
    .where(and(eq(cycles.kind, "assessment"), inArray(cycles.status, ["open", "in_review"])))
    .orderBy(asc(cycles.createdAt));
}

export async function submissionStates(db: DbOrTx, cycleId: string) {
  return db
    .select({ agencyId: submissions.agencyId, agencyName: agencies.name, status: submissions.status })
    .from(submissions)
    .innerJoin(agencies, eq(agencies.id, submissions.agencyId))
    .where(eq(submissions.cycleId, cycleId))
    .orderBy(asc(agencies.name));
}
