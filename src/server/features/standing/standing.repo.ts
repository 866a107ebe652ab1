// Queries of the standing that no other feature asks.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { computations, frameworks, frameworkVersions } from "../../db/schema.js";

interface StoredResult {
  total?: unknown;
  maxTotal?: unknown;
  status?: { complete?: unknown; provisional?: unknown };
}

/**
 * The province's stored PEPI computations in force, one per year (an approved cycle's result, else
 * the latest computed by hand), as trend points;
 * an approved cycle's own stored result says which cycle it came from.
 * A result stored before results carried their status counts as incomplete and provisional.
 */
export async function listComputationTotals(db: DbOrTx, orgUnitId: string) {
  const rows = await db
    // Only the figures the trend draws, not the whole stored result (inputs, every indicator).
    .select({
      year: computations.year,
      cycleId: computations.cycleId,
      result: sql<StoredResult>`jsonb_build_object(
        'total', ${computations.result}->'total',
        'maxTotal', ${computations.result}->'maxTotal',
        'status', ${computations.result}->'status')`,
    })
    .from(computations)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, computations.frameworkVersionId))
    .innerJoin(frameworks, eq(frameworks.code, frameworkVersions.frameworkCode))
    .where(
      and(
        eq(computations.orgUnitId, orgUnitId),
        isNull(computations.supersededBy),
        eq(frameworks.kind, "pepi"),
      ),
    )
    .orderBy(asc(computations.year), asc(computations.createdAt));
  const byYear = new Map<number, { year: number; cycleId: string | null; own: OwnPoint }>();
  for (const row of rows) {
    const result = row.result as StoredResult;
    if (typeof result.total !== "number") continue;
    byYear.set(row.year, {
      year: row.year,
      cycleId: row.cycleId,
      own: {
        points: result.total,
        maxPoints: typeof result.maxTotal === "number" ? result.maxTotal : 100,
        complete: result.status?.complete === true,
        provisional: result.status?.provisional !== false,
        approved: row.cycleId !== null,
        source: row.cycleId ? "cycle" : "computation",
      },
    });
  }
  return [...byYear.values()];
}

interface OwnPoint {
  points: number;
  maxPoints: number;
  complete: boolean;
  provisional: boolean;
  approved: boolean;
  source: "cycle" | "computation";
}
