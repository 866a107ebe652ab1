// Factories that create what a test needs through the real services, each with unique names.
import { randomBytes } from "node:crypto";
import type { Role } from "../../src/domain/auth/roles.js";
import type { Db } from "../../src/server/db/client.js";
import { createAgency } from "../../src/server/features/agencies/agencies.service.js";
import { createOrgUnit } from "../../src/server/features/org-units/org-units.service.js";
import { createUser } from "../../src/server/features/users/users.service.js";
import { systemContext } from "../../src/server/platform/audit.js";

const ctx = systemContext("test");
export const testPassword = "MatKhauSo2026";
const unique = () => randomBytes(3).toString("hex");

export async function makeProvince(db: Db, name = `Tỉnh Thử ${unique()}`): Promise<string> {
  return createOrgUnit(db, { code: `T-${unique()}`, name, level: "province" }, ctx);
}

export async function makeAgency(
  db: Db,
  overrides: { name?: string; orgUnitId?: string; kind?: "department" | "environment_department" } = {},
): Promise<string> {
  const orgUnitId = overrides.orgUnitId ?? (await makeProvince(db));
  return createAgency(
    db,
    {
      code: `AG-${unique()}`,
      name: overrides.name ?? `Sở Thử Nghiệm ${unique()}`,
      kind: overrides.kind ?? "department",
      orgUnitId,
      hasHeadSignOff: false,
    },
    ctx,
  );
}

export async function makeUser(
  db: Db,
  role: Role,
  agencyId: string | null = null,
): Promise<{ id: string; username: string; password: string }> {
  const username = `${role.replace("_", "")}.${unique()}`;
  const { id } = await createUser(
    db,
    { username, fullName: `Người dùng ${username}`, role, agencyId, password: testPassword },
    ctx,
    { preparedPassword: true },
  );
  return { id, username, password: testPassword };
}
