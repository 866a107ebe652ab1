// The former provinces' figures of a merged province: read by year, replaced by province and year.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { formerProvinceFigures } from "../../db/schema.js";

export type FormerFigureRow = typeof formerProvinceFigures.$inferSelect;

export async function listFigures(db: DbOrTx, year: number, frameworkCode: string) {
  return db
    .select()
    .from(formerProvinceFigures)
    .where(and(eq(formerProvinceFigures.year, year), eq(formerProvinceFigures.frameworkCode, frameworkCode)));
}

/** The years that have figures, with how many each. */
export async function yearsWithFigures(db: DbOrTx) {
  return db
    .select({ year: formerProvinceFigures.year, count: sql<number>`count(*)::int` })
    .from(formerProvinceFigures)
    .groupBy(formerProvinceFigures.year);
}

export async function replaceFigures(
  db: DbOrTx,
  key: { year: number; frameworkCode: string; provinceCodes: string[] },
  rows: (typeof formerProvinceFigures.$inferInsert)[],
): Promise<number> {
  const removed = await db
    .delete(formerProvinceFigures)
    .where(
      and(
        eq(formerProvinceFigures.year, key.year),
        eq(formerProvinceFigures.frameworkCode, key.frameworkCode),
        inArray(formerProvinceFigures.provinceCode, key.provinceCodes),
      ),
    )
    .returning({ id: formerProvinceFigures.id });
  if (rows.length > 0) await db.insert(formerProvinceFigures).values(rows);
  return removed.length;
}
