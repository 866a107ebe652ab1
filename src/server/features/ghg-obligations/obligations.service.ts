// A facility's obligations year by year, each with how it was met (judged on the day the province
// received the report, from ghg_reports), and the facilities late or missing in a year grouped by
// the department that follows them. The standing is derived from the register each time.
import type { GhgCalendar, GhgObligationItem, GhgOverdue } from "../../../contracts/ghg-obligations.js";
import { provinceToday } from "../../../domain/cycle/reminders.js";
import { type Obligation, obligationCalendar, obligationsFor } from "../../../domain/ghg/obligations.js";
import {
  firstListedYear,
  fulfilmentOf,
  type RegisterFacts,
  standingOf,
} from "../../../domain/ghg/standing.js";
import type { DbOrTx } from "../../db/client.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as repo from "./ghg-obligations.repo.js";
import { currentObligationRules } from "./obligation-rules.service.js";

export interface FacilityFacts {
  id: string;
  name: string;
  agencyId: string | null;
  agencyName: string | null;
  contactEmail: string | null;
  facts: RegisterFacts;
}

/** The register facts of some facilities (all when no ids), one query per table. */
export async function loadFacts(db: DbOrTx, ids?: string[]): Promise<FacilityFacts[]> {
  const rows = await repo.facilitiesIn(db, ids);
  const listings = await repo.listingDates(db, ids);
  const events = await repo.lifeEvents(db, ids);
  const lists = new Map((await repo.lists(db)).map((l) => [l.id, l]));
  return rows.map(({ facility: f, agencyName }) => {
    const delistedBy = f.delistedByListId ? lists.get(f.delistedByListId) : undefined;
    return {
      id: f.id,
      name: f.name,
      agencyId: f.agencyId,
      agencyName: agencyName ?? null,
      contactEmail: f.contactEmail?.trim() || null,
      facts: {
        listings: listings
          .filter((l) => l.facilityId === f.id)
          .map((l) => ({ list: l.code, effectiveFrom: l.effectiveFrom ?? l.signedOn })),
        delistedFrom: delistedBy ? (delistedBy.effectiveFrom ?? delistedBy.signedOn) : null,
        events: events.filter((e) => e.facilityId === f.id),
        quotaStatus: f.quotaStatus,
      },
    };
  });
}

type Report = Awaited<ReturnType<typeof repo.reportsOf>>[number];
const reportKey = (facilityId: string, ruleCode: string, year: number) => `${facilityId}|${ruleCode}|${year}`;
export const reportIndex = (reports: Report[]) =>
  new Map(reports.map((r) => [reportKey(r.facilityId, r.ruleCode, r.year), r]));

function judged(
  facilityId: string,
  o: Obligation,
  reports: Map<string, Report>,
  today: string,
): GhgObligationItem {
  const report = reports.get(reportKey(facilityId, o.ruleCode, o.year));
  return {
    ...o,
    fulfilment: fulfilmentOf(o.dueDate, report?.receivedOn ?? null, today),
    receivedOn: report?.receivedOn ?? null,
    reportStatus: report?.status ?? null,
  };
}

export async function facilityCalendar(
  db: DbOrTx,
  id: string,
  query: { from?: number; to?: number },
  now = new Date(),
): Promise<GhgCalendar> {
  const [facility] = await loadFacts(db, [id]);
  if (!facility) throw notFound("ghgFacility");
  const rules = await currentObligationRules(db);
  const today = provinceToday(now);
  const thisYear = Number(today.slice(0, 4));
  const from = query.from ?? Math.min(firstListedYear(facility.facts) ?? thisYear, thisYear);
  const to = query.to ?? thisYear + 1;
  if (to < from || to - from > 30)
    throw new AppError("VALIDATION_FAILED", {}, [
      { field: "to", message: "Khoảng năm không hợp lệ: năm cuối phải từ năm đầu đến năm đầu + 30" },
    ]);
  const reports = reportIndex(await repo.reportsOf(db, { facilityId: id }));
  const years = obligationCalendar(standingOf(facility.facts), rules, from, to);
  return {
    facilityId: id,
    from,
    to,
    today,
    years: years.map((y) => ({ ...y, owed: y.owed.map((o) => judged(id, o, reports, today)) })),
  };
}

export async function overdueByAgency(
  db: DbOrTx,
  year: number | undefined,
  now = new Date(),
  /** Only the facilities this agency follows (a sector department's view). */
  agencyId?: string,
): Promise<GhgOverdue> {
  const today = provinceToday(now);
  const theYear = year ?? Number(today.slice(0, 4));
  const rules = await currentObligationRules(db);
  const facilities = await loadFacts(db);
  const reports = reportIndex(await repo.reportsOf(db, { years: [theYear] }));
  const groups = new Map<string, GhgOverdue["agencies"][number]>();
  for (const f of facilities) {
    if (agencyId !== undefined && f.agencyId !== agencyId) continue;
    const items = obligationsFor(standingOf(f.facts), rules, theYear)
      .owed.map((o) => judged(f.id, o, reports, today))
      .filter((o) => o.fulfilment === "late" || o.fulfilment === "missing");
    if (items.length === 0) continue;
    const key = f.agencyId ?? "";
    const group = groups.get(key) ?? {
      agencyId: f.agencyId,
      agencyName: f.agencyName,
      facilityCount: 0,
      missing: 0,
      late: 0,
      facilities: [],
    };
    groups.set(key, group);
    group.facilityCount += 1;
    group.facilities.push({
      id: f.id,
      name: f.name,
      items: items.map((o) => ({
        ruleCode: o.ruleCode,
        owed: o.owed.vi,
        dueDate: o.dueDate,
        fulfilment: o.fulfilment as "late" | "missing",
        receivedOn: o.receivedOn,
        provisional: o.status === "provisional",
      })),
    });
    for (const o of items) group[o.fulfilment as "late" | "missing"] += 1;
  }
  const agencies = [...groups.values()].sort(
    (a, b) =>
      Number(a.agencyId === null) - Number(b.agencyId === null) ||
      (a.agencyName ?? "").localeCompare(b.agencyName ?? "", "vi"),
  );
  return { year: theYear, today, agencies };
}
