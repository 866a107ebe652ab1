// Words and formats shared by the cycle data exports (Excel and CSV).
import type { CycleExport } from "../../contracts/forms.js";

export const reviewStatusText: Record<string, string> = {
  pending: "Chờ xem xét",
  accepted: "Chấp nhận",
  questioned: "Cần làm rõ",
};

export const indicatorStatusText: Record<CycleExport["indicators"][number]["status"], string> = {
  computed: "Đã tính",
  not_computable: "Chưa tính được",
  not_assessed: "Không đánh giá",
  not_applicable: "Không áp dụng",
};

/** Excel keeps no time zone: times are written as the clock in Vietnam showed them. */
export const vietnamClock = (iso: string) => new Date(Date.parse(iso) + 7 * 3600 * 1000);

export const vietnamTimeText = (iso: string) => {
  const d = vietnamClock(iso).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`;
};

export const booleanText = (value: unknown) => (value === true ? "Có" : value === false ? "Không" : "");
