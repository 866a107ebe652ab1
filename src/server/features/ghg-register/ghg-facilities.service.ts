// The register's facilities: the list with its filters, one facility with its listings and its
// life (events), a change in that life (renamed, a new owner, closed, restarted) kept as an event
// with what it was before, and the department's own details (contact, follow-up, threshold,
// quota). Each change is guarded by the facility's row version and written with its audit event.
import { randomUUID } from "node:crypto";
import type {
  GhgEventRequest,
  GhgFacilityDetail,
  GhgFacilitySummary,
  GhgFacilityUpdate,
  GhgList,
} from "../../../contracts/ghg-register.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, changedFields, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import { communeMatcher } from "./ghg-communes.js";
import * as repo from "./ghg-register.repo.js";

type Summary = GhgFacilitySummary;

function summaryOf(
  f: repo.FacilityRow,
  agencyName: string | null,
  lists: string[],
  delistedBy: string | null,
): Summary {
  return {
    id: f.id,
    name: f.name,
    taxCode: f.taxCode,
    address: f.address,
    sector: f.sector as Summary["sector"],
    subSector: f.subSector,
    ministry: f.ministry as Summary["ministry"],
    agencyId: f.agencyId,
    agencyName,
    status: f.status as Summary["status"],
    delistedBy,
    lists,
    quotaStatus: f.quotaStatus as Summary["quotaStatus"],
    quotaSector: f.quotaSector as Summary["quotaSector"],
    rowVersion: f.rowVersion,
  };
}

export async function listLists(db: Db): Promise<GhgList[]> {
  const [lists, counts] = await Promise.all([repo.listLists(db), repo.facilityCountsByList(db)]);
  const codeOf = new Map(lists.map((l) => [l.id, l.code]));
  return lists.map((l) => ({
    id: l.id,
    code: l.code,
    title: l.title,
    signedOn: l.signedOn,
    effectiveFrom: l.effectiveFrom,
    replacesCode: l.replacesListId ? (codeOf.get(l.replacesListId) ?? null) : null,
    source: l.source,
    facilityCount: counts.get(l.id) ?? 0,
  }));
}

export async function facilityDetail(db: DbOrTx, id: string): Promise<GhgFacilityDetail> {
  const f = await repo.findFacility(db, id);
  if (!f) throw notFound("ghgFacility");
  // One after another: inside a transaction the queries share one connection.
  const listings = await repo.listingsOf(db, id);
  const events = await repo.eventsOf(db, id);
  const lists = await repo.listLists(db);
  const agencyName = f.agencyId ? await repo.agencyName(db, f.agencyId) : null;
  const communeName = f.communeId ? await repo.orgUnitName(db, f.communeId) : null;
  const delistedBy = f.delistedByListId
    ? (lists.find((l) => l.id === f.delistedByListId)?.code ?? null)
    : null;
  return {
    ...summaryOf(
      f,
      agencyName,
      listings.map((l) => l.listCode),
      delistedBy,
    ),
    listedAddress: f.listedAddress,
    communeName,
    threshold: f.threshold as GhgFacilityDetail["threshold"],
    contactName: f.contactName,
    contactPhone: f.contactPhone,
    contactEmail: f.contactEmail,
    listings: listings.map(({ listing: l, listCode }) => ({
      listCode,
      annex: l.annex,
      rowNumber: l.rowNumber,
      name: l.name,
      taxCode: l.taxCode,
      address: l.address,
      sector: l.sector as Summary["sector"],
      subSector: l.subSector,
      ministry: l.ministry as Summary["ministry"],
    })),
    events: events.map(({ event: e, listCode }) => ({
      id: e.id,
      kind: e.kind as GhgFacilityDetail["events"][number]["kind"],
      occurredOn: e.occurredOn,
      listCode,
      before: e.before ?? null,
      after: e.after ?? null,
      note: e.note,
      recordedAt: e.recordedAt.toISOString(),
    })),
  };
}

async function lockFacility(tx: DbOrTx, id: string, rowVersion: number) {
  const f = await repo.findFacility(tx, id, "update");
  if (!f) throw notFound("ghgFacility");
  if (f.rowVersion !== rowVersion) throw new AppError("STALE_UPDATE", { entity: "ghgFacility" });
  return f;
}

const refuse = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", {}, [{ field, message }]);

const eventWords = {
  renamed: "đổi tên",
  transferred: "chuyển cho chủ mới",
  closed: "ngừng hoạt động",
  restarted: "hoạt động trở lại",
} as const;

export async function recordEvent(db: Db, id: string, input: GhgEventRequest, ctx: AuditContext) {
  return db.transaction(async (tx) => {
    const f = await lockFacility(tx, id, input.rowVersion);
    let before: Record<string, unknown>;
    let after: Record<string, unknown>;
    if (input.kind === "renamed") {
      if (input.name === f.name) throw refuse("name", "Tên mới trùng tên hiện tại của cơ sở");
      before = { name: f.name };
      after = { name: input.name };
    } else if (input.kind === "transferred") {
      before = { name: f.name, taxCode: f.taxCode };
      after = { name: input.name, taxCode: input.taxCode };
      if (input.taxCode && input.taxCode !== f.taxCode && (await repo.facilityByTaxCode(tx, input.taxCode)))
        throw refuse("taxCode", `Mã số thuế ${input.taxCode} đã thuộc một cơ sở khác trong sổ`);
    } else {
      const target = input.kind === "closed" ? "closed" : "active";
      if (f.status === target)
        throw refuse("kind", input.kind === "closed" ? "Cơ sở đã ngừng hoạt động" : "Cơ sở đang hoạt động");
      before = { status: f.status };
      after = { status: target };
    }
    await repo.updateFacility(tx, id, { ...after, rowVersion: f.rowVersion + 1, updatedAt: new Date() });
    await repo.insertEvents(tx, [
      {
        id: randomUUID(),
        facilityId: id,
        kind: input.kind,
        occurredOn: input.occurredOn,
        before,
        after,
        note: input.note ?? null,
        recordedBy: ctx.actorUserId,
      },
    ]);
    await recordAudit(tx, ctx, {
      type: "ghg.facility_event_recorded",
      entityId: id,
      summary: `Cơ sở “${f.name}” ${eventWords[input.kind]}`,
      before,
      after,
    });
    return facilityDetail(tx, id);
  });
}

export async function updateFacility(db: Db, id: string, input: GhgFacilityUpdate, ctx: AuditContext) {
  const communeOf = input.address ? await communeMatcher(db) : null;
  return db.transaction(async (tx) => {
    const f = await lockFacility(tx, id, input.rowVersion);
    const { rowVersion: _, ...rest } = input;
    const values: typeof rest & { communeId?: string | null } = rest;
    if (communeOf && input.address && input.address !== f.address)
      values.communeId = communeOf(input.address);
    if (values.agencyId && !(await repo.agencyName(tx, values.agencyId)))
      throw refuse("agencyId", "Không tìm thấy cơ quan theo dõi cơ sở");
    const quotaStatus = values.quotaStatus ?? f.quotaStatus;
    const quotaSector = values.quotaSector === undefined ? f.quotaSector : values.quotaSector;
    if (quotaStatus === "allocated" && !quotaSector)
      throw refuse(
        "quotaSector",
        "Cơ sở được phân bổ hạn ngạch cần ghi rõ ngành (nhiệt điện, sắt thép, xi măng)",
      );
    if (quotaStatus === "none") values.quotaSector = null;
    const diff = changedFields(f as unknown as Record<string, unknown>, values);
    if (!diff) return facilityDetail(tx, id);
    await repo.updateFacility(tx, id, { ...values, rowVersion: f.rowVersion + 1, updatedAt: new Date() });
    await recordAudit(tx, ctx, {
      type: "ghg.facility_updated",
      entityId: id,
      summary: `Sửa thông tin cơ sở “${f.name}”`,
      before: diff.before,
      after: diff.after,
    });
    return facilityDetail(tx, id);
  });
}
