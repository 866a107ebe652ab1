// Loads the demonstration province with one command. Loading twice changes nothing.
import { lastDayBeforeMerger, mergerEffectiveDate } from "../../../domain/org/province-merger.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { createAgency } from "../agencies/agencies.service.js";
import { createOrgUnit } from "../org-units/org-units.service.js";
import { createUser } from "../users/users.service.js";
import { hasMeta, setMeta } from "./app-meta.repo.js";
import { demoAgencies, demoCommunes, demoDistricts, demoProvince, demoUsers } from "./demo-data.js";
import { openDemoYears } from "./demo-years.js";

const demoMetaKey = "demo_loaded_at";

export interface DemoResult {
  alreadyLoaded: boolean;
  users: { username: string; role: string }[];
}

/** One transaction around everything (the services' own transactions become savepoints). */
export function loadDemo(
  db: Db,
  password: string,
  ctx: AuditContext,
  today = new Date(),
): Promise<DemoResult> {
  return db.transaction((tx) => loadDemoIn(tx as unknown as Db, password, ctx, today));
}

async function loadDemoIn(db: Db, password: string, ctx: AuditContext, today: Date): Promise<DemoResult> {
  if (await hasMeta(db, demoMetaKey)) return { alreadyLoaded: true, users: [] };

  const demo = { isDemo: true };
  const provinceId = await createOrgUnit(db, { ...demoProvince, level: "province" }, ctx, demo);
  const unitIds = new Map<string, string>([[demoProvince.code, provinceId]]);
  for (const district of demoDistricts) {
    const id = await createOrgUnit(
      db,
      { ...district, level: "district", parentId: provinceId, validTo: lastDayBeforeMerger },
      ctx,
      demo,
    );
    unitIds.set(district.code, id);
  }
  for (const commune of demoCommunes) {
    const id = await createOrgUnit(
      db,
      {
        code: commune.code,
        name: commune.name,
        level: "commune",
        parentId: provinceId,
        validFrom: mergerEffectiveDate,
      },
      ctx,
      demo,
    );
    unitIds.set(commune.code, id);
  }
  const agencyIds = new Map<string, string>();
  for (const agency of demoAgencies) {
    const id = await createAgency(
      db,
      {
        code: agency.code,
        name: agency.name,
        shortName: agency.shortName,
        kind: agency.kind,
        orgUnitId: unitIds.get(agency.unit ?? demoProvince.code)!,
        hasHeadSignOff: agency.hasHeadSignOff ?? false,
      },
      ctx,
      demo,
    );
    agencyIds.set(agency.code, id);
  }
  for (const user of demoUsers) {
    await createUser(
      db,
      {
        username: user.username,
        fullName: user.fullName,
        role: user.role,
        agencyId: user.agency ? agencyIds.get(user.agency)! : null,
        password,
      },
      ctx,
      demo,
    );
  }
  // Years dated from today: two approved for trends and comparisons, the current one in progress.
  const years = await openDemoYears(db, provinceId, agencyIds, today, ctx);
  await setMeta(db, demoMetaKey, new Date().toISOString());
  await recordAudit(db, ctx, {
    type: "system.demo_loaded",
    entityId: null,
    summary: `Nạp dữ liệu trình diễn: ${demoAgencies.length} cơ quan, ${demoUsers.length} người dùng, kỳ đánh giá các năm ${years.join(", ")}`,
  });
  return { alreadyLoaded: false, users: demoUsers.map(({ username, role }) => ({ username, role })) };
}
