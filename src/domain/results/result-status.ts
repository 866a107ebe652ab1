// What a result is: which groups are in, which indicators could not be computed and why, and
// whether any rule behind it is provisional. A total, its band and a rank are given only for a
// complete result; otherwise each group is stated out of its own maximum
// ("Nhóm I: 51,06/70 điểm; nhóm II chờ kết quả khảo sát"). Every screen and document says it this way.
import { formatNumberVi, formatPointsVi } from "../text/format-vi.js";

export interface StatusGroupInput {
  code: string;
  points: number;
  maxPoints: number;
}

export interface StatusIndicatorInput {
  code: string;
  group: string;
  status: "computed" | "not_computable" | "not_assessed" | "not_applicable";
  reason?: string | null;
  /** Scored by another body: the citizens' survey of group II. */
  external?: boolean;
  provisional?: boolean;
}

export interface GroupStatus {
  code: string;
  points: number;
  maxPoints: number;
  /** in: every indicator computed; partial: some; missing: none. */
  state: "in" | "partial" | "missing";
  /** Indicators of the group not computed yet. */
  pending: string[];
  /** Every indicator of the group is scored by another body. */
  external: boolean;
}

export interface ResultStatus {
  complete: boolean;
  groups: GroupStatus[];
  notComputable: { code: string; reason: string | null }[];
  /** Some computed indicator rests on a provisional rule (points, scoring, formula). */
  provisional: boolean;
  /** Points of the groups that are in or partly in, out of their maxima. */
  scoredPoints: number;
  scoredMaxPoints: number;
}

export function resultStatus(input: {
  groups: StatusGroupInput[];
  indicators: StatusIndicatorInput[];
}): ResultStatus {
  const assessed = input.indicators.filter((i) => i.status !== "not_assessed");
  const groups = input.groups.map((g): GroupStatus => {
    const members = assessed.filter((i) => i.group === g.code);
    // Not applicable is scored by its rule: it is in, not awaited.
    const pending = members
      .filter((i) => i.status !== "computed" && i.status !== "not_applicable")
      .map((i) => i.code);
    const state = pending.length === 0 ? "in" : pending.length === members.length ? "missing" : "partial";
    return {
      code: g.code,
      points: g.points,
      maxPoints: g.maxPoints,
      state,
      pending,
      external: members.length > 0 && members.every((i) => i.external),
    };
  });
  const counted = groups.filter((g) => g.state !== "missing");
  return {
    complete: groups.every((g) => g.state === "in"),
    groups,
    notComputable: assessed
      .filter((i) => i.status === "not_computable")
      .map((i) => ({ code: i.code, reason: i.reason ?? null })),
    provisional: assessed.some((i) => i.status === "computed" && i.provisional),
    scoredPoints: Math.round(counted.reduce((sum, g) => sum + g.points, 0) * 100) / 100,
    scoredMaxPoints: Math.round(counted.reduce((sum, g) => sum + g.maxPoints, 0) * 100) / 100,
  };
}

/**
 * The one line that says what a result is: "73,33/100 điểm, xếp loại Khá" when complete, else
 * "Nhóm I: 51,06/70 điểm; nhóm II chờ kết quả khảo sát", with the indicators still missing in a group.
 */
export function resultHeadline(
  status: ResultStatus,
  total: { points: number; maxPoints: number; band: string | null },
): string {
  if (status.complete) {
    const band = total.band ? `, xếp loại ${total.band}` : "";
    return `${formatPointsVi(total.points)}/${formatPointsVi(total.maxPoints)} điểm${band}`;
  }
  if (status.groups.length === 0) return "chưa tính được";
  return status.groups
    .map((g, i) => {
      const name = `${i === 0 ? "Nhóm" : "nhóm"} ${g.code}`;
      if (g.state === "missing") return `${name} ${g.external ? "chờ kết quả khảo sát" : "chưa tính được"}`;
      const partial =
        g.state === "partial" ? ` (tạm tính, ${formatNumberVi(g.pending.length)} chỉ số chưa tính được)` : "";
      return `${name}: ${formatPointsVi(g.points)}/${formatPointsVi(g.maxPoints)} điểm${partial}`;
    })
    .join("; ");
}
