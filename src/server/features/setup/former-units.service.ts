// The former districts and communes of the province (before 1 July 2025), each former commune
// with the commune, ward or special zone it became part of: the history the dashboard groups the
// communes by ("by former district area"). One transaction with its audit event: all or nothing.
import { randomUUID } from "node:crypto";
import { formerCommuneCode, formerDistrictCode, readFormerUnits } from "../../../domain/org/former-units.js";
import { lastDayBeforeMerger } from "../../../domain/org/province-merger.js";
import { nameInSentence } from "../../../domain/text/official-names.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import * as orgRepo from "../org-units/org-units.repo.js";
import { communesOf, lockedProvince } from "./province-setup.service.js";
import * as repo from "./setup.repo.js";

export async function importFormerUnits(
  db: Db,
  rows: string[][],
  fileName: string,
  ctx: AuditContext,
): Promise<{ districts: number; communes: number }> {
  return db.transaction(async (tx) => {
    const { province, unit } = await lockedProvince(tx);
    const current = new Map((await communesOf(tx, unit)).map((c) => [c.officialCode, c.id]));
    const formerPrefix = formerCommuneCode(unit.code, "");
    const existing = new Set(
      (await repo.unitsWithCodePrefix(tx, formerPrefix)).map((u) => u.code.slice(formerPrefix.length)),
    );
    const districtPrefix = formerDistrictCode(unit.code, "");
    const recordedDistricts = await repo.unitsWithCodePrefix(tx, districtPrefix);
    const { communes, problems } = readFormerUnits(
      rows,
      new Set(current.keys()),
      existing,
      new Map(recordedDistricts.map((d) => [d.code.slice(districtPrefix.length), d.name])),
    );
    if (problems.length > 0)
      throw new AppError(
        "LIST_FILE_INVALID",
        { file: fileName, count: problems.length },
        problems.map((p) => ({ field: p.field, row: p.row, message: p.message })),
      );
    const now = new Date();
    const former = { validFrom: null, validTo: lastDayBeforeMerger, createdAt: now, updatedAt: now };
    const districtIds = new Map(recordedDistricts.map((u) => [u.code, u.id]));
    const newDistricts = new Map<string, string>();
    for (const c of communes) {
      const code = formerDistrictCode(unit.code, c.districtCode);
      if (districtIds.has(code) || newDistricts.has(code)) continue;
      newDistricts.set(code, c.districtName);
      districtIds.set(code, randomUUID());
    }
    await orgRepo.insertOrgUnits(
      tx,
      [...newDistricts].map(([code, name]) => ({
        id: districtIds.get(code)!,
        code,
        name,
        level: "district",
        parentId: unit.id,
        successorId: null,
        ...former,
      })),
    );
    await orgRepo.insertOrgUnits(
      tx,
      communes.map((c) => ({
        id: randomUUID(),
        code: formerCommuneCode(unit.code, c.code),
        name: c.name,
        level: "commune",
        parentId: districtIds.get(formerDistrictCode(unit.code, c.districtCode))!,
        successorId: current.get(c.successorCode)!,
        ...former,
      })),
    );
    await recordAudit(tx, ctx, {
      type: "setup.former_units_imported",
      entityId: unit.id,
      summary: `Nạp ${communes.length} xã cũ và ${newDistricts.size} huyện cũ của ${nameInSentence(province.name)} (trước ngày 01/7/2025) từ tệp “${fileName}”`,
      after: { districts: newDistricts.size, communes: communes.length, file: fileName },
    });
    return { districts: newDistricts.size, communes: communes.length };
  });
}
