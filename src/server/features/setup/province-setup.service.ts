// The first start for a real province: the administrator chooses which of the 34 provinces the
// installation serves (once), which creates its agencies from the 2025 template; then imports its
// communes, wards and special zones from the official list, each with its People's Committee as
// a reporting agency. Each step is one transaction with its audit event: nothing half-imported.
import { randomUUID } from "node:crypto";
import type { ProvinceSetup } from "../../../contracts/setup.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import { agencyTemplate2025, communeAgency } from "../../../domain/org/agency-template.js";
import { type CommuneType, readCommuneList } from "../../../domain/org/commune-list.js";
import { formerCommuneCode, formerDistrictCode } from "../../../domain/org/former-units.js";
import { mergerEffectiveDate } from "../../../domain/org/province-merger.js";
import { provinceByCode, provincesOf } from "../../../domain/org/provinces.js";
import { nameInSentence, provincialCommittee } from "../../../domain/text/official-names.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as orgRepo from "../org-units/org-units.repo.js";
import { getMeta, setMeta } from "../system/app-meta.repo.js";
import * as repo from "./setup.repo.js";

const provinceKey = "province";

interface ChosenProvince {
  code: string;
  chosenAt: string;
}

/** The province this installation serves, once chosen. */
export async function chosenProvince(db: DbOrTx): Promise<ChosenProvince | undefined> {
  return getMeta<ChosenProvince>(db, provinceKey);
}

/** "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng": the department as its letterhead names it. */
export const departmentOf = (provinceName: string) =>
  `Sở Nông nghiệp và Môi trường ${nameInSentence(provinceName)}`;

export async function provinceSetup(db: Db, actor: Actor): Promise<ProvinceSetup> {
  const chosen = await chosenProvince(db);
  const province = chosen ? provinceByCode(chosen.code) : undefined;
  const unit = chosen ? await orgRepo.findOrgUnitByCode(db, chosen.code) : undefined;
  const communes = unit ? await communesOf(db, unit) : [];
  const count = (type: CommuneType) => communes.filter((c) => c.type === type).length;
  const agencyCount = unit ? await repo.countAgenciesIn(db, [unit.id, ...communes.map((c) => c.id)]) : 0;
  const formerCount = async (prefix: string) => (await repo.unitsWithCodePrefix(db, prefix)).length;
  return {
    province:
      chosen && province
        ? {
            code: province.code,
            name: province.name,
            committee: provincialCommittee(province.name),
            department: departmentOf(province.name),
            place: province.shortName,
            chosenAt: chosen.chosenAt,
          }
        : null,
    choices: provincesOf("34").map((p) => ({ code: p.code, name: p.name })),
    communes: { xa: count("xa"), phuong: count("phuong"), dac_khu: count("dac_khu") },
    formerUnits: {
      districts: unit ? await formerCount(formerDistrictCode(unit.code, "")) : 0,
      communes: unit ? await formerCount(formerCommuneCode(unit.code, "")) : 0,
    },
    agencies: agencyCount,
    allowedActions: can(actor, "orgUnit.manage") ? ["orgUnit.manage"] : [],
  };
}

/** The province's communes: org units under it, coded "<province>-<official code>". */
export async function communesOf(db: DbOrTx, province: { id: string; code: string }) {
  const rows = await repo.communeUnits(db, province.id);
  return rows.map((r) => ({
    ...r,
    officialCode: r.code.slice(province.code.length + 1),
    type: (/^phường/i.test(r.name) ? "phuong" : /^đặc khu/i.test(r.name) ? "dac_khu" : "xa") as CommuneType,
  }));
}

/** Chooses the province, once, and creates its agencies from the 2025 template. */
export async function chooseProvince(db: Db, provinceCode: string, ctx: AuditContext): Promise<void> {
  const province = provinceByCode(provinceCode);
  if (province?.era !== "34")
    throw new AppError("VALIDATION_FAILED", {}, [
      { field: "provinceCode", message: "Chọn một trong 34 tỉnh, thành phố từ ngày 01/7/2025" },
    ]);
  await db.transaction(async (tx) => {
    await repo.lockSetup(tx);
    const already = await chosenProvince(tx);
    if (already)
      throw new AppError("PROVINCE_ALREADY_CHOSEN", {
        province: provinceByCode(already.code)?.name ?? already.code,
      });
    const unit = await orgRepo.findOrgUnitByCode(tx, province.code);
    if (!unit) throw notFound("orgUnit");
    const taken = await repo.takenAgencyCodes(
      tx,
      agencyTemplate2025.map((a) => a.code),
    );
    const now = new Date();
    const created = agencyTemplate2025.filter((a) => !taken.has(a.code));
    await repo.insertAgencies(
      tx,
      created.map((a) => ({ ...a, orgUnitId: unit.id })),
      now,
    );
    await setMeta(tx, provinceKey, {
      code: province.code,
      chosenAt: now.toISOString(),
    } satisfies ChosenProvince);
    await recordAudit(tx, ctx, {
      type: "setup.province_chosen",
      entityId: unit.id,
      summary: `Thiết lập hệ thống cho ${province.name}: ${created.length} cơ quan theo cơ cấu từ ngày 01/7/2025`,
      after: { province: province.code, agencies: created.map((a) => a.code) },
    });
  });
}

/** The chosen province and its unit, with the setup's lock held until the transaction ends. */
export async function lockedProvince(tx: DbOrTx) {
  await repo.lockSetup(tx);
  const chosen = await chosenProvince(tx);
  const province = chosen ? provinceByCode(chosen.code) : undefined;
  const unit = province ? await orgRepo.findOrgUnitByCode(tx, province.code) : undefined;
  if (!province || !unit) throw new AppError("PROVINCE_NOT_CHOSEN");
  return { province, unit };
}

/** Imports the official list: every row checked, then all of it in one transaction, or none. */
export async function importCommunes(
  db: Db,
  rows: string[][],
  fileName: string,
  ctx: AuditContext,
): Promise<{ communes: number; agencies: number }> {
  return db.transaction(async (tx) => {
    const { province, unit } = await lockedProvince(tx);
    const existing = new Set((await communesOf(tx, unit)).map((c) => c.officialCode));
    const { communes, problems } = readCommuneList(rows, province, existing);
    const agencyCodes = communes.map((c) => communeAgency(c).code);
    const takenAgencies = await repo.takenAgencyCodes(tx, agencyCodes);
    communes.forEach((c, i) => {
      if (takenAgencies.has(agencyCodes[i]!))
        problems.push({
          row: c.row,
          field: "code",
          message: `Đã có cơ quan mã “${agencyCodes[i]}” (${c.name})`,
        });
    });
    if (problems.length > 0)
      throw new AppError(
        "LIST_FILE_INVALID",
        { file: fileName, count: problems.length },
        problems.map((p) => ({ field: p.field, row: p.row, message: p.message })),
      );
    const now = new Date();
    const unitRows = communes.map((c) => ({
      id: randomUUID(),
      code: `${unit.code}-${c.code}`,
      name: c.name,
      level: "commune",
      parentId: unit.id,
      validFrom: mergerEffectiveDate,
      validTo: null,
      successorId: null,
      createdAt: now,
      updatedAt: now,
    }));
    await orgRepo.insertOrgUnits(tx, unitRows);
    await repo.insertAgencies(
      tx,
      communes.map((c, i) => ({ ...communeAgency(c), orgUnitId: unitRows[i]!.id })),
      now,
    );
    await recordAudit(tx, ctx, {
      type: "setup.communes_imported",
      entityId: unit.id,
      summary: `Nạp ${communes.length} xã, phường, đặc khu của ${province.name} từ tệp “${fileName}”, mỗi đơn vị có UBND là cơ quan báo cáo`,
      after: { communes: communes.length, file: fileName },
    });
    return { communes: communes.length, agencies: communes.length };
  });
}
