// What a start needs: reference data and one administrator on an empty database, and the kept
// results of approved cycles that have none yet.
import type { Db } from "../../db/client.js";
import { systemContext } from "../../platform/audit.js";
import { generatePassword } from "../../platform/passwords.js";
import { storeMissingApprovedResults } from "../cycles/approved-result.js";
import { loadShippedFrameworks } from "../frameworks/frameworks.service.js";
import { loadReferenceProvinces } from "../org-units/org-units.service.js";
import { loadShippedPublished } from "../published/published.service.js";
import { countActiveAdmins } from "../users/users.repo.js";
import { createUser } from "../users/users.service.js";

export interface BootstrapResult {
  /** Set when an administrator was created with a generated password (to be printed once). */
  createdAdmin?: { username: string; password: string | null };
}

export async function bootstrap(db: Db, adminInitialPassword: string | undefined): Promise<BootstrapResult> {
  const ctx = systemContext("bootstrap");
  await loadReferenceProvinces(db, ctx);
  await loadShippedFrameworks(db, ctx);
  await loadShippedPublished(db, ctx);
  await storeMissingApprovedResults(db, ctx);
  if ((await countActiveAdmins(db)) > 0) return {};
  const password = adminInitialPassword ?? generatePassword(20);
  // Given or generated, the first password is changed at the first sign-in.
  await createUser(db, { username: "admin", fullName: "Quản trị hệ thống", role: "admin", password }, ctx);
  return { createdAdmin: { username: "admin", password: adminInitialPassword ? null : password } };
}
