// Importing a national list annex into the province's register. Reading picks the province's rows
// by address and refuses a file with any error (nothing kept); a readable file is compared with
// the register and kept pending. Confirming compares again (the register must not have moved),
// then applies everything in one transaction: the list, new facilities, changed ones, listings,
// delisted ones (never deleted), an event per facility and one audit event.
import { randomUUID } from "node:crypto";
import type {
  GhgImport,
  GhgImportChange,
  GhgImportRequest,
  GhgListInput,
} from "../../../contracts/ghg-register.js";
import { type AnnexRow, readAnnex } from "../../../domain/facility-lists/annex-reader.js";
import { compareWithRegister, type ListChange } from "../../../domain/facility-lists/list-diff.js";
import type { Ministry } from "../../../domain/facility-lists/vocabulary.js";
import type { Province } from "../../../domain/org/provinces.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { readSheetRows } from "../../reports/sheet-rows.js";
import { ownProvinceNow } from "../pgi/pgi.service.js";
import { communeMatcher } from "./ghg-communes.js";
import * as repo from "./ghg-register.repo.js";

interface StoredImport {
  rows: AnnexRow[];
  ministries: Ministry[];
  unplaced: GhgImport["unplaced"];
  province: string;
  outside: number;
  total: number;
}

const refuse = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", {}, [{ field, message }]);

async function registerNow(db: DbOrTx) {
  return (await repo.allFacilities(db)).map((f) => ({
    id: f.id,
    name: f.name,
    taxCode: f.taxCode,
    listedAddress: f.listedAddress,
    sector: f.sector,
    subSector: f.subSector,
    ministry: f.ministry,
    delisted: f.delistedByListId !== null,
  }));
}

function changeView(change: ListChange): GhgImportChange {
  if (change.kind === "removed")
    return {
      kind: "removed",
      facilityId: change.facilityId,
      name: change.name,
      taxCode: null,
      row: null,
      address: null,
      fields: [],
    };
  const row = change.row;
  return {
    kind: change.kind,
    facilityId: change.kind === "added" ? null : change.facilityId,
    name: change.kind === "added" ? row.name : change.name,
    taxCode: row.taxCode,
    row: row.line,
    address: row.address,
    fields: change.kind === "added" ? [] : change.fields,
  };
}

function countsOf(stored: StoredImport, changes: ListChange[]): GhgImport["counts"] {
  const n = (kind: ListChange["kind"]) => changes.filter((c) => c.kind === kind).length;
  return {
    total: stored.total,
    taken: stored.rows.length,
    outside: stored.outside,
    unplaced: stored.unplaced.length,
    added: n("added"),
    removed: n("removed"),
    changed: n("changed"),
    relisted: n("relisted"),
    unchanged: n("unchanged"),
  };
}

export function importView(row: repo.ImportRow): GhgImport {
  const stored = row.rows as StoredImport;
  return {
    id: row.id,
    status: row.status as GhgImport["status"],
    list: row.list as GhgListInput,
    fileName: row.fileName,
    province: stored.province,
    counts: row.counts as GhgImport["counts"],
    unplaced: stored.unplaced,
    changes: (row.changes as ListChange[]).map(changeView),
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

/** The province of the 34 the department works for; its facilities are the ones taken. */
export async function departmentProvince(db: Db): Promise<Province> {
  const province = await ownProvinceNow(db);
  if (!province) throw new AppError("GHG_PROVINCE_UNKNOWN");
  return province;
}

export async function readListFile(db: Db, input: GhgImportRequest, ctx: AuditContext): Promise<GhgImport> {
  if (!/\.(xlsx|csv)$/i.test(input.fileName)) throw refuse("fileName", "Chỉ nhận tệp Excel .xlsx hoặc .csv");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.content))
    throw refuse("content", "Nội dung tệp không phải là base64 hợp lệ");
  if (input.list.replacesCode && !(await repo.findListByCode(db, input.list.replacesCode)))
    throw refuse(
      "list.replacesCode",
      `Sổ chưa có danh mục “${input.list.replacesCode}” mà danh mục này thay thế`,
    );
  const province = await departmentProvince(db);
  const sheet = await heavyWork.run(() =>
    readSheetRows(input.fileName, Buffer.from(input.content, "base64")),
  );
  const reading = readAnnex(sheet, { province, ministry: input.ministry ?? undefined });
  if (reading.issues.length)
    throw new AppError(
      "CSV_INVALID",
      { file: input.fileName, count: reading.issues.length },
      reading.issues.slice(0, 200).map((i) => ({ field: i.column, row: i.row, message: i.message })),
    );
  const stored: StoredImport = {
    rows: reading.rows,
    ministries: reading.ministries,
    unplaced: reading.unplaced,
    province: province.shortName,
    outside: reading.outside,
    total: reading.total,
  };
  const changes = compareWithRegister(await registerNow(db), reading.rows, reading.ministries);
  const row: repo.ImportRow = {
    id: randomUUID(),
    list: input.list,
    fileName: input.fileName,
    status: "pending",
    rows: stored,
    changes,
    counts: countsOf(stored, changes),
    createdBy: ctx.actorUserId,
    createdAt: new Date(),
    decidedBy: null,
    decidedAt: null,
  };
  const counts = row.counts as GhgImport["counts"];
  await db.transaction(async (tx) => {
    await repo.insertImport(tx, row);
    await recordAudit(tx, ctx, {
      type: "ghg.list_compared",
      entityId: row.id,
      summary: `Đọc danh mục ${input.list.code} (tệp “${input.fileName}”): ${counts.taken} cơ sở trên địa bàn, ${counts.added} mới, ${counts.changed} thay đổi, ${counts.removed} ra khỏi danh mục; chờ xác nhận`,
      after: { counts },
    });
  });
  return importView(row);
}

/** What a comparison says, independent of how the database orders a stored object's keys. */
const fingerprint = (changes: ListChange[]) =>
  changes
    .map((c) => {
      const v = changeView(c);
      return [v.kind, v.facilityId, v.row, ...v.fields.map((f) => `${f.field}=${f.before}>${f.after}`)].join(
        "|",
      );
    })
    .join("\n");

async function pendingImport(tx: DbOrTx, id: string) {
  const row = await repo.findImport(tx, id, "update");
  if (!row) throw notFound("ghgListImport");
  const list = row.list as GhgListInput;
  if (row.status !== "pending")
    throw new AppError("GHG_IMPORT_DECIDED", {
      list: list.code,
      decision: row.status === "confirmed" ? "xác nhận" : "hủy",
    });
  return { row, list };
}

export async function discardImport(db: Db, id: string, ctx: AuditContext): Promise<GhgImport> {
  return db.transaction(async (tx) => {
    const { row, list } = await pendingImport(tx, id);
    await repo.decideImport(tx, id, "discarded", ctx.actorUserId);
    await recordAudit(tx, ctx, {
      type: "ghg.import_discarded",
      entityId: id,
      summary: `Hủy lần nhập danh mục ${list.code} từ tệp “${row.fileName}”`,
    });
    return importView((await repo.findImport(tx, id))!);
  });
}

export async function confirmImport(db: Db, id: string, ctx: AuditContext): Promise<GhgImport> {
  const communeOf = await communeMatcher(db);
  return db.transaction(async (tx) => {
    const { row, list } = await pendingImport(tx, id);
    const stored = row.rows as StoredImport;
    const changes = compareWithRegister(await registerNow(tx), stored.rows, stored.ministries);
    if (fingerprint(changes) !== fingerprint(row.changes as ListChange[]))
      throw new AppError("GHG_IMPORT_STALE", { list: list.code });
    const listId = await ensureList(tx, list);
    const on = list.effectiveFrom ?? list.signedOn ?? new Date().toISOString().slice(0, 10);
    await applyChanges(tx, changes, { listId, on, userId: ctx.actorUserId, communeOf });
    await repo.decideImport(tx, id, "confirmed", ctx.actorUserId);
    const counts = row.counts as GhgImport["counts"];
    await recordAudit(tx, ctx, {
      type: "ghg.list_imported",
      entityId: listId,
      summary: `Xác nhận danh mục ${list.code} (tệp “${row.fileName}”): ${counts.added} cơ sở mới, ${counts.changed} thay đổi, ${counts.relisted} trở lại danh mục, ${counts.removed} ra khỏi danh mục`,
      after: { importId: id, counts },
    });
    return importView((await repo.findImport(tx, id))!);
  });
}

async function ensureList(tx: DbOrTx, list: GhgListInput): Promise<string> {
  const found = await repo.findListByCode(tx, list.code);
  if (found) return found.id;
  const replaces = list.replacesCode ? await repo.findListByCode(tx, list.replacesCode) : undefined;
  const id = randomUUID();
  await repo.insertList(tx, {
    id,
    code: list.code,
    title: list.title,
    signedOn: list.signedOn ?? null,
    effectiveFrom: list.effectiveFrom ?? null,
    replacesListId: replaces?.id ?? null,
    source: list.source ?? null,
  });
  return id;
}

const listedFields = (row: AnnexRow) => ({
  name: row.name,
  address: row.address,
  sector: row.sector,
  subSector: row.subSector,
  ministry: row.ministry,
});

async function applyChanges(
  tx: DbOrTx,
  changes: ListChange[],
  at: { listId: string; on: string; userId: string | null; communeOf: (address: string) => string | null },
) {
  const facilities: Parameters<typeof repo.insertFacilities>[1] = [];
  const listings: Parameters<typeof repo.insertListings>[1] = [];
  const events: Parameters<typeof repo.insertEvents>[1] = [];
  const event = (facilityId: string, kind: string, before: unknown, after: unknown) =>
    events.push({
      id: randomUUID(),
      facilityId,
      kind,
      occurredOn: at.on,
      listId: at.listId,
      before,
      after,
      recordedBy: at.userId,
    });
  for (const change of changes) {
    if (change.kind === "removed") {
      const f = (await repo.findFacility(tx, change.facilityId))!;
      await repo.updateFacility(tx, f.id, {
        delistedByListId: at.listId,
        rowVersion: f.rowVersion + 1,
        updatedAt: new Date(),
      });
      event(f.id, "delisted", null, null);
      continue;
    }
    const row = change.row;
    const facilityId = change.kind === "added" ? randomUUID() : change.facilityId;
    listings.push({
      id: randomUUID(),
      facilityId,
      listId: at.listId,
      rowNumber: row.number ?? String(row.line),
      name: row.name,
      taxCode: row.taxCode,
      address: row.address,
      sector: row.sector,
      subSector: row.subSector,
      ministry: row.ministry,
    });
    if (change.kind === "added") {
      facilities.push({
        id: facilityId,
        name: row.name,
        taxCode: row.taxCode,
        address: row.address,
        communeId: at.communeOf(row.address),
        listedAddress: row.address,
        listedProvinceCode: row.listedProvinceCode,
        sector: row.sector,
        subSector: row.subSector,
        ministry: row.ministry,
      });
      event(facilityId, "listed", null, listedFields(row));
      continue;
    }
    if (change.kind === "unchanged") continue;
    const f = (await repo.findFacility(tx, facilityId))!;
    // The current address follows the list unless the department changed it since the last list.
    const address = f.address === f.listedAddress ? row.address : f.address;
    await repo.updateFacility(tx, facilityId, {
      name: row.name,
      address,
      ...(address === f.address ? {} : { communeId: at.communeOf(address) }),
      listedAddress: row.address,
      listedProvinceCode: row.listedProvinceCode,
      sector: row.sector,
      subSector: row.subSector,
      ministry: row.ministry,
      delistedByListId: null,
      rowVersion: f.rowVersion + 1,
      updatedAt: new Date(),
    });
    const before = Object.fromEntries(change.fields.map((c) => [c.field, c.before]));
    const after = Object.fromEntries(change.fields.map((c) => [c.field, c.after]));
    event(facilityId, change.kind === "relisted" ? "listed" : "updated", before, after);
  }
  await repo.insertFacilities(tx, facilities);
  await repo.insertListings(tx, listings);
  await repo.insertEvents(tx, events);
}
