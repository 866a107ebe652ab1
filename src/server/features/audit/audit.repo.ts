import { and, count, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import type { AuditQuery } from "../../../contracts/audit.js";
import type { DbOrTx } from "../../db/client.js";
import { auditEvents } from "../../db/schema.js";

export type AuditEventRow = typeof auditEvents.$inferSelect;

export type AuditFilter = AuditQuery;

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export async function findAuditEvents(db: DbOrTx, filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.type) conditions.push(eq(auditEvents.type, filter.type));
  if (filter.entityType) conditions.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.actor)
    conditions.push(ilike(auditEvents.actorUsername, `%${filter.actor.replace(/[\\%_]/g, "\\$&")}%`));
  if (filter.from) conditions.push(gte(auditEvents.at, new Date(`${filter.from}T00:00:00+07:00`)));
  if (filter.to) conditions.push(lt(auditEvents.at, new Date(`${nextDay(filter.to)}T00:00:00+07:00`)));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}
