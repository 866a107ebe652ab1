// Administrative units: provinces (old and new), districts (before 1 July 2025), communes.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { z } from "zod";
import type { createOrgUnitRequestSchema } from "../../../contracts/org-units.js";
import { planProvinceUnits } from "../../../domain/org/province-merger.js";
import { parseCsv } from "../../../domain/text/csv.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { runtimePaths } from "../../platform/paths.js";
import * as repo from "./org-units.repo.js";

/** Loads the 63 former and 34 current provinces with their successor links, once. */
export async function loadReferenceProvinces(db: Db, ctx: AuditContext): Promise<number> {
  if ((await repo.countOrgUnits(db, "province")) > 0) return 0;
  const [header, ...rows] = parseCsv(readFileSync(runtimePaths.provincesCsv, "utf8"));
  if (header?.[0] !== "old_province" || header[1] !== "new_province") {
    throw new Error("provinces-2025.csv: unexpected header");
  }
  const plan = planProvinceUnits(rows.map(([oldName = "", newName = ""]) => ({ oldName, newName })));
  const idByCode = new Map(plan.map((unit) => [unit.code, randomUUID()]));
  const now = new Date();
  await db.transaction(async (tx) => {
    await repo.insertOrgUnits(
      tx,
      plan.map((unit) => ({
        id: idByCode.get(unit.code)!,
        code: unit.code,
        name: unit.name,
        level: "province",
        parentId: null,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        successorId: unit.successorCode ? idByCode.get(unit.successorCode)! : null,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await recordAudit(tx, ctx, {
      type: "orgUnit.reference_loaded",
      entityId: null,
      summary: `Nạp danh mục ${plan.length} tỉnh, thành phố (63 trước và 34 sau ngày 01/7/2025)`,
      after: { count: plan.length },
    });
  });
  return plan.length;
}

type CreateOrgUnit = z.infer<typeof createOrgUnitRequestSchema>;

export async function createOrgUnit(
  db: Db,
  input: CreateOrgUnit,
  ctx: AuditContext,
  options: { isDemo?: boolean } = {},
): Promise<string> {
  if (await repo.findOrgUnitByCode(db, input.code)) {
    throw new AppError("VALIDATION_FAILED", {}, [
      { field: "code", message: `Mã “${input.code}” đã được dùng` },
    ]);
  }
  for (const field of ["parentId", "successorId"] as const) {
    const id = input[field];
    if (id && !(await repo.findOrgUnit(db, id))) {
      throw new AppError("VALIDATION_FAILED", {}, [{ field, message: "Không có đơn vị hành chính này" }]);
    }
  }
  if (input.validFrom && input.validTo && input.validFrom > input.validTo) {
    throw new AppError("VALIDATION_FAILED", {}, [
      { field: "validTo", message: "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực" },
    ]);
  }
  const now = new Date();
  const row: repo.NewOrgUnitRow = {
    id: randomUUID(),
    code: input.code,
    name: input.name,
    level: input.level,
    parentId: input.parentId ?? null,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    successorId: input.successorId ?? null,
    isDemo: options.isDemo ?? false,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction(async (tx) => {
    await repo.insertOrgUnits(tx, [row]);
    await recordAudit(tx, ctx, {
      type: "orgUnit.created",
      entityId: row.id,
      summary: `Thêm đơn vị hành chính “${row.name}”`,
      after: row,
    });
  });
  return row.id;
}
