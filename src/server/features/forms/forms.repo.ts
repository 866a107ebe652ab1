// Queries of the Excel forms and exports.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agencies, dataValues, users } from "../../db/schema.js";

/** Every value of a cycle with its agency's name and the name of who changed it last. */
export async function listValuesWithAuthors(db: DbOrTx, cycleId: string) {
  return db
    .select({ value: dataValues, agencyName: agencies.name, updatedByName: users.fullName })
    .from(dataValues)
    .innerJoin(agencies, eq(agencies.id, dataValues.agencyId))
    .leftJoin(users, eq(users.id, dataValues.updatedBy))
    .where(eq(dataValues.cycleId, cycleId));
}
