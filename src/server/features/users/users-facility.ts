// A facility's own account names its greenhouse-gas facility and belongs to no agency; no other
// account names a facility. A closed or delisted facility may still get its account: it keeps its
// earlier reports and may owe one for the years it was listed.
import { type Role, requiresFacility, roleNamesVi } from "../../../domain/auth/roles.js";
import type { DbOrTx } from "../../db/client.js";
import { AppError } from "../../platform/errors.js";
import { findFacility } from "../ghg-register/ghg-register.repo.js";

const refuse = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", {}, [{ field, message }]);

export const facilityRoleName = roleNamesVi.facility;

/** The role's facility rules, before anything is written; refusals name the field. */
export async function checkFacilityForRole(
  db: DbOrTx,
  role: Role,
  facilityId: string | null | undefined,
  agencyId: string | null | undefined,
): Promise<void> {
  if (!requiresFacility(role)) {
    if (facilityId)
      throw refuse(
        "facilityId",
        `Chỉ tài khoản vai trò “${facilityRoleName}” mới gắn với một cơ sở (trường facilityId); vai trò “${roleNamesVi[role]}” để trống`,
      );
    return;
  }
  if (!facilityId)
    throw refuse("facilityId", `Vai trò “${facilityRoleName}” phải chọn cơ sở của mình (trường facilityId)`);
  if (agencyId)
    throw refuse(
      "agencyId",
      `Tài khoản của cơ sở phát thải không thuộc cơ quan nào: để trống trường cơ quan (agencyId)`,
    );
  if (!(await findFacility(db, facilityId)))
    throw refuse(
      "facilityId",
      "Không có cơ sở phát thải khí nhà kính này trong danh mục (trường facilityId)",
    );
}
