// The agencies a province starts from after the 2025 reorganisation: the departments of Nghị định
// 45/2025/NĐ-CP whose figures the index reads (transport now within Sở Xây dựng, planning and
// investment within Sở Tài chính, information and communications within Sở Khoa học và Công
// nghệ), the industrial-zone board, the statistics office, the police, the water utility and the
// provincial People's Committee. Every one is editable afterwards: a province renames its board
// ("Ban Quản lý Khu kinh tế") or its utility to what it is, and removes what it does not have.
import type { AgencyKind } from "../../contracts/agencies.js";
import { nameInSentence } from "../text/official-names.js";

export interface TemplateAgency {
  /** The agency's code in the installation (one province per installation). */
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  /** Whether the head signs off the figures before they go (the departments). */
  hasHeadSignOff: boolean;
}

export const agencyTemplate2025: readonly TemplateAgency[] = [
  {
    code: "UBND-TINH",
    name: "Ủy ban nhân dân tỉnh",
    shortName: "UBND tỉnh",
    kind: "provincial_committee",
    hasHeadSignOff: false,
  },
  {
    code: "SO-NNMT",
    name: "Sở Nông nghiệp và Môi trường",
    shortName: "Sở NN&MT",
    kind: "environment_department",
    hasHeadSignOff: false,
  },
  { code: "SO-XD", name: "Sở Xây dựng", shortName: "Sở XD", kind: "department", hasHeadSignOff: true },
  { code: "SO-YT", name: "Sở Y tế", shortName: "Sở YT", kind: "department", hasHeadSignOff: true },
  { code: "SO-CT", name: "Sở Công Thương", shortName: "Sở CT", kind: "department", hasHeadSignOff: true },
  { code: "SO-TC", name: "Sở Tài chính", shortName: "Sở TC", kind: "department", hasHeadSignOff: true },
  { code: "SO-NV", name: "Sở Nội vụ", shortName: "Sở NV", kind: "department", hasHeadSignOff: true },
  {
    code: "SO-KHCN",
    name: "Sở Khoa học và Công nghệ",
    shortName: "Sở KH&CN",
    kind: "department",
    hasHeadSignOff: true,
  },
  {
    code: "BQL-KCN",
    name: "Ban Quản lý các khu công nghiệp tỉnh",
    shortName: "BQL KCN",
    kind: "board",
    hasHeadSignOff: true,
  },
  {
    code: "THONG-KE",
    name: "Thống kê tỉnh",
    shortName: "Thống kê",
    kind: "statistics_office",
    hasHeadSignOff: true,
  },
  { code: "CONG-AN", name: "Công an tỉnh", shortName: "Công an", kind: "other", hasHeadSignOff: true },
  {
    code: "CAP-NUOC",
    name: "Công ty cấp nước, thoát nước đô thị",
    shortName: "Cấp thoát nước",
    kind: "utility",
    hasHeadSignOff: false,
  },
];

/** A commune's People's Committee, as an agency: "UBND phường Trung Tâm", code "UBND-XA-24820". */
export const communeAgency = (commune: { code: string; name: string }) => ({
  code: `UBND-XA-${commune.code}`,
  name: `UBND ${nameInSentence(commune.name)}`,
  shortName: `UBND ${nameInSentence(commune.name)}`.slice(0, 100),
  kind: "commune_committee" as const,
  hasHeadSignOff: false,
});
