// A province with the agencies the PEPI framework names, and cycles opened through the real service.
import { randomBytes } from "node:crypto";
import type { AgencyKind } from "../../src/contracts/agencies.js";
import type { Db } from "../../src/server/db/client.js";
import { createAgency } from "../../src/server/features/agencies/agencies.service.js";
import { listAssignments } from "../../src/server/features/cycles/cycles.repo.js";
import { changeAssignments, openCycle } from "../../src/server/features/cycles/cycles.service.js";
import { createOrgUnit } from "../../src/server/features/org-units/org-units.service.js";
import { systemContext } from "../../src/server/platform/audit.js";

const ctx = systemContext("test");
const unique = () => randomBytes(3).toString("hex");

const agencyList = {
  environment: ["Sở Nông nghiệp và Môi trường", "environment_department", false],
  construction: ["Sở Xây dựng", "department", true],
  health: ["Sở Y tế", "department", false],
  industry: ["Sở Công Thương", "department", false],
  homeAffairs: ["Sở Nội vụ", "department", false],
  finance: ["Sở Tài chính", "department", false],
  zones: ["Ban Quản lý các khu công nghiệp tỉnh", "board", false],
  statistics: ["Thống kê tỉnh", "statistics_office", false],
  water: ["Công ty cổ phần Cấp thoát nước", "utility", false],
} as const satisfies Record<string, readonly [string, AgencyKind, boolean]>;

export type ProvinceAgencies = Record<keyof typeof agencyList | "communeA" | "communeB", string>;

export async function makeCycleProvince(
  db: Db,
  /** A real province's name, where published results must match it. */
  name?: string,
): Promise<{ provinceId: string; provinceName: string; agencies: ProvinceAgencies }> {
  const provinceName = name ?? `Tỉnh Chu Kỳ ${unique()}`;
  const provinceId = await createOrgUnit(
    db,
    { code: `TCK-${unique()}`, name: provinceName, level: "province" },
    ctx,
  );
  const agencies = {} as ProvinceAgencies;
  for (const [key, [name, kind, hasHeadSignOff]] of Object.entries(agencyList)) {
    agencies[key as keyof typeof agencyList] = await createAgency(
      db,
      { code: `CK-${unique()}`, name, kind, orgUnitId: provinceId, hasHeadSignOff },
      ctx,
    );
  }
  for (const key of ["communeA", "communeB"] as const) {
    const name = key === "communeA" ? "Xã Bắc" : "Xã Nam";
    const communeId = await createOrgUnit(
      db,
      { code: `XCK-${unique()}`, name, level: "commune", parentId: provinceId },
      ctx,
    );
    agencies[key] = await createAgency(
      db,
      {
        code: `CKX-${unique()}`,
        name: `UBND ${name}`,
        kind: "commune_committee",
        orgUnitId: communeId,
        hasHeadSignOff: false,
      },
      ctx,
    );
  }
  return { provinceId, provinceName, agencies };
}

export async function makeCycle(
  db: Db,
  provinceId: string,
  options: { year?: number; kind?: "assessment" | "history"; changeThresholdPct?: number } = {},
): Promise<string> {
  const year = options.year ?? 2023;
  const { id } = await openCycle(
    db,
    {
      frameworkCode: "PEPI-2782",
      orgUnitId: provinceId,
      year,
      kind: options.kind ?? "assessment",
      deadlines: {
        submissionDue: `${year + 1}-02-20`,
        reviewDue: `${year + 1}-03-10`,
        approvalDue: `${year + 1}-03-20`,
        ministryDue: `${year + 1}-03-30`,
      },
      changeThresholdPct: options.changeThresholdPct ?? 20,
    },
    ctx,
  );
  return id;
}

/**
 * A PEPI 2782 cycle (2023 unless told) with these figures assigned: agency id → element codes.
 * With `only`, nothing else is: the figures the plan gave other agencies are taken away.
 */
export async function makeAssignedCycle(
  db: Db,
  provinceId: string,
  assignments: Record<string, string[]>,
  options: { year?: number; kind?: "assessment" | "history"; only?: boolean } = {},
): Promise<string> {
  const year = options.year ?? 2023;
  const { id } = await openCycle(
    db,
    {
      frameworkCode: "PEPI-2782",
      orgUnitId: provinceId,
      year,
      kind: options.kind ?? "assessment",
      deadlines: { submissionDue: `${year + 1}-02-20` },
    },
    ctx,
  );
  const add = Object.entries(assignments).flatMap(([agencyId, elements]) =>
    elements.map((elementCode) => ({ agencyId, elementCode })),
  );
  const wanted = new Set(add.map((a) => `${a.agencyId}:${a.elementCode}`));
  const remove = options.only
    ? (await listAssignments(db, id))
        .filter((a) => !wanted.has(`${a.agencyId}:${a.elementCode}`))
        .map((a) => a.id)
    : [];
  await changeAssignments(db, id, { add, remove }, ctx);
  return id;
}
