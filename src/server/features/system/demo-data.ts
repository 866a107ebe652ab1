// The demonstration province: a fictitious province with the agencies the seed documents name
// (after the 2025 reorganisation) and one user per role. Everything is marked as demonstration.
import type { AgencyKind } from "../../../contracts/agencies.js";
import type { Role } from "../../../domain/auth/roles.js";

export const demoProvince = { code: "DEMO-tinh-minh-hoa", name: "Tỉnh Minh Họa (dữ liệu trình diễn)" };

/** Districts existed until 30/6/2025; communes and wards from 1/7/2025. */
export const demoDistricts = [
  { code: "DEMO-huyen-dong-son", name: "Huyện Đông Sơn (trình diễn)" },
  { code: "DEMO-huyen-tay-son", name: "Huyện Tây Sơn (trình diễn)" },
];
export const demoCommunes = [
  {
    code: "DEMO-phuong-trung-tam",
    name: "Phường Trung Tâm (trình diễn)",
    formerDistrict: "DEMO-huyen-dong-son",
  },
  { code: "DEMO-xa-dong-son", name: "Xã Đông Sơn (trình diễn)", formerDistrict: "DEMO-huyen-dong-son" },
  { code: "DEMO-xa-tay-son", name: "Xã Tây Sơn (trình diễn)", formerDistrict: "DEMO-huyen-tay-son" },
];

export interface DemoAgency {
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  unit?: string;
  hasHeadSignOff?: boolean;
}

export const demoAgencies: DemoAgency[] = [
  {
    code: "DEMO-UBND-TINH",
    name: "Ủy ban nhân dân tỉnh",
    shortName: "UBND tỉnh",
    kind: "provincial_committee",
  },
  {
    code: "DEMO-SO-NNMT",
    name: "Sở Nông nghiệp và Môi trường",
    shortName: "Sở NN&MT",
    kind: "environment_department",
  },
  { code: "DEMO-SO-XD", name: "Sở Xây dựng", shortName: "Sở XD", kind: "department", hasHeadSignOff: true },
  { code: "DEMO-SO-YT", name: "Sở Y tế", shortName: "Sở YT", kind: "department" },
  { code: "DEMO-SO-CT", name: "Sở Công Thương", shortName: "Sở CT", kind: "department" },
  { code: "DEMO-SO-NV", name: "Sở Nội vụ", shortName: "Sở NV", kind: "department" },
  { code: "DEMO-SO-TC", name: "Sở Tài chính", shortName: "Sở TC", kind: "department" },
  { code: "DEMO-BQL-KCN", name: "Ban Quản lý các khu công nghiệp tỉnh", shortName: "BQL KCN", kind: "board" },
  { code: "DEMO-THONG-KE", name: "Thống kê tỉnh", shortName: "Thống kê", kind: "statistics_office" },
  {
    code: "DEMO-CAP-THOAT-NUOC",
    name: "Công ty cổ phần Cấp thoát nước tỉnh",
    shortName: "Cấp thoát nước",
    kind: "utility",
  },
  {
    code: "DEMO-UBND-PHUONG-TT",
    name: "UBND Phường Trung Tâm",
    shortName: "UBND P. Trung Tâm",
    kind: "commune_committee",
    unit: "DEMO-phuong-trung-tam",
  },
  {
    code: "DEMO-UBND-XA-DS",
    name: "UBND Xã Đông Sơn",
    shortName: "UBND X. Đông Sơn",
    kind: "commune_committee",
    unit: "DEMO-xa-dong-son",
  },
];

export const demoUsers: { username: string; fullName: string; role: Role; agency: string | null }[] = [
  { username: "demo.quantri", fullName: "Quản trị (trình diễn)", role: "admin", agency: "DEMO-SO-NNMT" },
  {
    username: "demo.dieuphoi",
    fullName: "Điều phối viên (trình diễn)",
    role: "coordinator",
    agency: "DEMO-SO-NNMT",
  },
  {
    username: "demo.xaydung",
    fullName: "Cán bộ Sở Xây dựng (trình diễn)",
    role: "reporter",
    agency: "DEMO-SO-XD",
  },
  {
    username: "demo.giamdocxd",
    fullName: "Giám đốc Sở Xây dựng (trình diễn)",
    role: "agency_head",
    agency: "DEMO-SO-XD",
  },
  { username: "demo.yte", fullName: "Cán bộ Sở Y tế (trình diễn)", role: "reporter", agency: "DEMO-SO-YT" },
  {
    username: "demo.taichinh",
    fullName: "Cán bộ Sở Tài chính (trình diễn)",
    role: "reporter",
    agency: "DEMO-SO-TC",
  },
  {
    username: "demo.thongke",
    fullName: "Cán bộ Thống kê tỉnh (trình diễn)",
    role: "reporter",
    agency: "DEMO-THONG-KE",
  },
  {
    username: "demo.phuongtt",
    fullName: "Cán bộ UBND Phường Trung Tâm (trình diễn)",
    role: "reporter",
    agency: "DEMO-UBND-PHUONG-TT",
  },
  {
    username: "demo.lanhdao",
    fullName: "Phó Chủ tịch UBND tỉnh (trình diễn)",
    role: "leader",
    agency: "DEMO-UBND-TINH",
  },
  { username: "demo.bo", fullName: "Cán bộ Bộ NN&MT (trình diễn)", role: "ministry_viewer", agency: null },
];
