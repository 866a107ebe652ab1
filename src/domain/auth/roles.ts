// The roles a person can hold in PEPI Hub. Names are stable identifiers stored in the database.
export const roles = [
  "admin",
  "coordinator",
  "reporter",
  "agency_head",
  "leader",
  "ministry_viewer",
  "facility",
] as const;
export type Role = (typeof roles)[number];

/** Roles whose work is inside one agency: they must belong to one and see only its data. */
export const agencyBoundRoles: readonly Role[] = ["reporter", "agency_head"];

export function requiresAgency(role: Role): boolean {
  return agencyBoundRoles.includes(role);
}

/** How a role is named to people in the audit trail and in messages. */
export const roleNamesVi: Record<Role, string> = {
  admin: "quản trị hệ thống",
  coordinator: "điều phối viên",
  reporter: "cán bộ báo cáo",
  agency_head: "lãnh đạo cơ quan",
  leader: "lãnh đạo UBND tỉnh",
  ministry_viewer: "Bộ NN&MT (xem)",
  facility: "cơ sở phát thải khí nhà kính",
};

/** Roles whose work is one greenhouse-gas facility's: they must name it and see only its records. */
export function requiresFacility(role: Role): boolean {
  return role === "facility";
}
