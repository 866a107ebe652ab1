// The provincial departments that ceased in the 2025 reorganisation, with the department that took
// over their work, for reading a document written before it (a plan of 2023 gives tasks to "Sở
// Tài nguyên và Môi trường"). Only one step is confirmed by the reference notes the product
// relies on (../shared/reference/pgi-ghg-admin.md, C1): Nghị định 45/2025/NĐ-CP sets up Sở Nông
// nghiệp và Môi trường, whose functions come from the former Sở Tài nguyên và Môi trường and Sở
// Nông nghiệp và Phát triển nông thôn. The others are what the reorganisation is commonly known
// to have done; PEPI Hub proposes them and the person confirms, it never assigns them by itself.
// An installation's own record of a merger (an agency marked as merged into another,
// `agency-lineage.ts`) always comes before this table.

export interface FormerDepartment {
  /** The names a document writes it by, full and short. */
  names: readonly string[];
  /** The department that took over its work. */
  successor: string;
  /** The text that confirms it, when the reference notes do; null: a proposal only. */
  basis: string | null;
}

const decree45 = "Nghị định 45/2025/NĐ-CP";

export const formerDepartments2025: readonly FormerDepartment[] = [
  {
    names: ["Sở Tài nguyên và Môi trường", "Sở TN&MT", "Sở TNMT"],
    successor: "Sở Nông nghiệp và Môi trường",
    basis: decree45,
  },
  {
    names: ["Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "Sở NNPTNT"],
    successor: "Sở Nông nghiệp và Môi trường",
    basis: decree45,
  },
  { names: ["Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "Sở KHĐT"], successor: "Sở Tài chính", basis: null },
  { names: ["Sở Giao thông vận tải", "Sở GTVT"], successor: "Sở Xây dựng", basis: null },
  {
    names: ["Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT"],
    successor: "Sở Khoa học và Công nghệ",
    basis: null,
  },
  {
    names: ["Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", "Sở LĐTBXH"],
    successor: "Sở Nội vụ",
    basis: null,
  },
  { names: ["Ban Dân tộc tỉnh", "Ban Dân tộc"], successor: "Sở Dân tộc và Tôn giáo", basis: null },
];

/** A name compared as people mean it: case, spacing and the dash in "Lao động - Thương binh" aside. */
export const agencyNameKey = (name: string) =>
  name
    .normalize("NFC")
    .toLocaleLowerCase("vi-VN")
    .replace(/\s*[-–—]\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();

const byName = new Map(
  formerDepartments2025.flatMap((d) => d.names.map((name) => [agencyNameKey(name), d] as const)),
);

export function formerDepartment(name: string): FormerDepartment | null {
  return byName.get(agencyNameKey(name)) ?? null;
}

export interface InstallationAgency {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  active: boolean;
}

/**
 * The installation's agency that took over a department the 2025 reorganisation ended: the active
 * one named as its successor (the environment department also by its kind, whatever its name),
 * with whether the reference notes confirm the step. Null for a name that is no former
 * department (the police, a district's committee) or a successor the installation does not have.
 */
export function successorIn2025<A extends InstallationAgency>(
  name: string,
  agencies: readonly A[],
): { agency: A; former: FormerDepartment } | null {
  const former = formerDepartment(name);
  if (!former) return null;
  const key = agencyNameKey(former.successor);
  const active = agencies.filter((a) => a.active);
  const agency =
    active.find((a) => agencyNameKey(a.name) === key) ??
    (former.successor === "Sở Nông nghiệp và Môi trường"
      ? active.find((a) => a.kind === "environment_department")
      : undefined);
  return agency ? { agency, former } : null;
}
