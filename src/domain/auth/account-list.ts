// Accounts created in bulk from a sheet, one row per person (a commune's reporter, its chairman):
// user name, full name, role, the agency by its code, an e-mail address, and for a greenhouse-gas
// facility's own account the facility by its tax code (“Mã số thuế cơ sở”). Every row is checked and
// every problem named with its row; a sheet with any problem creates no account at all.
import { slugify } from "../text/slug.js";
import { type Role, requiresAgency, requiresFacility, roleNamesVi, roles } from "./roles.js";

export interface AccountRow {
  username: string;
  fullName: string;
  role: Role;
  agencyCode: string | null;
  email: string | null;
  /** The tax code of the facility, for a facility's own account. */
  facilityTaxCode: string | null;
  /** Its row in the file, counting the header as row 1. */
  row: number;
}

export interface AccountProblem {
  row: number;
  field: "username" | "fullName" | "role" | "agency" | "email" | "facility" | "file";
  message: string;
}

/** An administrator is made one at a time, by another administrator, never from a sheet. */
export const bulkRoles: readonly Role[] = roles.filter((r) => r !== "admin");

const headerWords: Record<"username" | "fullName" | "role" | "agency" | "email" | "facility", RegExp> = {
  username: /^(tên đăng nhập|ten dang nhap|username|tài khoản)$/iu,
  fullName: /^(họ và tên|họ tên|ho va ten|full name|name)$/iu,
  role: /^(vai trò|vai tro|role)$/iu,
  agency: /^(mã cơ quan|ma co quan|cơ quan|agency|agency code)$/iu,
  email: /^(thư điện tử|email|e-mail|thư)$/iu,
  facility: /^(mã số thuế cơ sở|ma so thue co so|mst cơ sở|cơ sở|facility tax code)$/iu,
};

const roleBySlug = new Map<string, Role>(
  roles.flatMap((role) => [
    [slugify(roleNamesVi[role]), role],
    [slugify(role), role],
  ]),
);

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const usernamePattern = /^[a-z0-9_.-]{3,60}$/;

export function readAccountList(
  rows: string[][],
  /** Agency codes of the installation, active ones only. */
  agencyCodes: ReadonlySet<string>,
  /** User names already taken. */
  takenUsernames: ReadonlySet<string>,
  /** Tax codes of the register's greenhouse-gas facilities. */
  facilityTaxCodes: ReadonlySet<string> = new Set(),
): { accounts: AccountRow[]; problems: AccountProblem[] } {
  const [header = [], ...body] = rows;
  const find = (word: keyof typeof headerWords) =>
    header.findIndex((cell) => headerWords[word].test(cell.trim().replace(/\s+/g, " ")));
  const columns = {
    username: find("username"),
    fullName: find("fullName"),
    role: find("role"),
    agency: find("agency"),
    email: find("email"),
    facility: find("facility"),
  };
  if (columns.username < 0 || columns.fullName < 0 || columns.role < 0)
    return {
      accounts: [],
      problems: [
        {
          row: 1,
          field: "file",
          message:
            "Dòng đầu phải là tiêu đề có các cột “Tên đăng nhập”, “Họ và tên”, “Vai trò”, “Mã cơ quan”",
        },
      ],
    };
  const problems: AccountProblem[] = [];
  const accounts: AccountRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === "")) return;
    const cell = (column: number) => (column >= 0 ? (cells[column] ?? "").trim() : "");
    const before = problems.length;
    const username = cell(columns.username).toLowerCase();
    if (!usernamePattern.test(username))
      problems.push({
        row,
        field: "username",
        message: username
          ? `Tên đăng nhập “${username}” chỉ gồm 3–60 chữ thường không dấu, số và - _ .`
          : "Thiếu tên đăng nhập",
      });
    else if (seen.has(username))
      problems.push({
        row,
        field: "username",
        message: `Tên đăng nhập “${username}” trùng với dòng ${seen.get(username)}`,
      });
    else if (takenUsernames.has(username))
      problems.push({ row, field: "username", message: `Tên đăng nhập “${username}” đã có người dùng` });
    if (username) seen.set(username, seen.get(username) ?? row);
    const fullName = cell(columns.fullName).replace(/\s+/g, " ");
    if (fullName.length < 2 || fullName.length > 200)
      problems.push({
        row,
        field: "fullName",
        message: fullName ? "Họ và tên dài quá 200 ký tự" : "Thiếu họ và tên",
      });
    const role = roleBySlug.get(slugify(cell(columns.role)));
    if (!role || !bulkRoles.includes(role))
      problems.push({
        row,
        field: "role",
        message:
          role === "admin"
            ? "Tài khoản quản trị hệ thống được tạo riêng từng người, không tạo từ danh sách"
            : `Vai trò “${cell(columns.role)}” không có; dùng: ${bulkRoles.map((r) => roleNamesVi[r]).join(", ")}`,
      });
    const agencyCode = cell(columns.agency) || null;
    const facilityTaxCode = cell(columns.facility).replace(/\s+/g, "") || null;
    const forFacility = role !== undefined && requiresFacility(role);
    if (forFacility && agencyCode)
      problems.push({
        row,
        field: "agency",
        message: `Tài khoản của cơ sở phát thải không thuộc cơ quan nào: để trống mã cơ quan`,
      });
    else if (agencyCode && !agencyCodes.has(agencyCode))
      problems.push({ row, field: "agency", message: `Không có cơ quan đang hoạt động mã “${agencyCode}”` });
    else if (!agencyCode && role && requiresAgency(role))
      problems.push({ row, field: "agency", message: `Vai trò ${roleNamesVi[role]} cần mã cơ quan` });
    if (forFacility && !facilityTaxCode)
      problems.push({
        row,
        field: "facility",
        message: `Vai trò ${roleNamesVi.facility} cần mã số thuế cơ sở`,
      });
    else if (forFacility && facilityTaxCode && !facilityTaxCodes.has(facilityTaxCode))
      problems.push({
        row,
        field: "facility",
        message: `Không có cơ sở phát thải khí nhà kính mã số thuế “${facilityTaxCode}” trong danh mục`,
      });
    else if (!forFacility && facilityTaxCode)
      problems.push({
        row,
        field: "facility",
        message: `Chỉ vai trò ${roleNamesVi.facility} mới ghi mã số thuế cơ sở`,
      });
    const email = cell(columns.email) || null;
    if (email && (!emailPattern.test(email) || email.length > 200))
      problems.push({ row, field: "email", message: `Thư điện tử “${email}” không đúng dạng` });
    if (problems.length > before || !role) return;
    accounts.push({ username, fullName, role, agencyCode, email, facilityTaxCode, row });
  });
  if (accounts.length === 0 && problems.length === 0)
    problems.push({ row: 2, field: "file", message: "Danh sách không có tài khoản nào" });
  return { accounts, problems };
}
