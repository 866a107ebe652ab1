// The appraisal of a facility's greenhouse-gas report as a table: which step goes from which
// state to which, who takes it (the department appraising, or whoever sends the facility's
// figures), and what it needs (a note and a deadline, findings, the province's own figure with
// its reason). Pure. A quota facility is verified independently instead of appraised: its report
// goes from received to accepted once the verifier, the conclusion and the date are recorded.
import type {
  GhgDetermined,
  GhgDocumentKind,
  GhgReportCommand,
  GhgReportStatus,
  GhgReportTransition,
} from "../../contracts/ghg-reports.js";
import { formatDateVi } from "../text/format-vi.js";

/** appraise: the department (ghgReport.appraise); submit: the facility or the department recording for it. */
export type GhgRole = "appraise" | "submit";

interface Step {
  from: readonly GhgReportStatus[];
  to: GhgReportStatus;
  by: GhgRole;
  /** Which facilities: appraised by the province (non-quota), verified (quota), or both. */
  path: "appraisal" | "verification" | "both";
  /** In Vietnamese, for refusals and history: "bắt đầu thẩm định". */
  label: string;
}

/**
 * The steps. Accepted and determined are final; only the department reopens them (with a note),
 * back to appraisal (or to received for a quota facility), e.g. when a result letter must be
 * corrected. A facility's answer to a request or a return is a new version, not a step
 * (`statusAfterVersion`).
 */
export const reportSteps: Record<GhgReportTransition, Step> = {
  start_appraisal: {
    from: ["received"],
    to: "under_appraisal",
    by: "appraise",
    path: "appraisal",
    label: "bắt đầu thẩm định",
  },
  request_information: {
    from: ["under_appraisal"],
    to: "information_requested",
    by: "appraise",
    path: "appraisal",
    label: "yêu cầu bổ sung thông tin",
  },
  resume_appraisal: {
    from: ["information_requested"],
    to: "under_appraisal",
    by: "appraise",
    path: "appraisal",
    label: "tiếp tục thẩm định",
  },
  return: {
    from: ["under_appraisal"],
    to: "returned",
    by: "appraise",
    path: "appraisal",
    label: "trả lại báo cáo",
  },
  accept: {
    from: ["under_appraisal"],
    to: "accepted",
    by: "appraise",
    path: "appraisal",
    label: "chấp nhận báo cáo",
  },
  determine: {
    from: ["under_appraisal"],
    to: "determined",
    by: "appraise",
    path: "appraisal",
    label: "xác định số liệu phát thải của tỉnh",
  },
  reopen: {
    from: ["accepted", "determined"],
    to: "under_appraisal",
    by: "appraise",
    path: "both",
    label: "mở lại báo cáo",
  },
};

/** The verification path's steps, where they differ from the table. */
const verificationSteps: Partial<Record<GhgReportTransition, Pick<Step, "from" | "to">>> = {
  accept: { from: ["received"], to: "accepted" },
  return: { from: ["received"], to: "returned" },
  reopen: { from: ["accepted"], to: "received" },
};

export const finalStatuses: readonly GhgReportStatus[] = ["accepted", "determined"];

export const statusNamesVi: Record<GhgReportStatus, string> = {
  received: "đã nhận",
  under_appraisal: "đang thẩm định",
  information_requested: "đang yêu cầu bổ sung thông tin",
  returned: "đã trả lại",
  accepted: "đã chấp nhận",
  determined: "tỉnh đã xác định số liệu",
};

export interface ReportState {
  status: GhgReportStatus;
  /** The facility holds an emission quota: verified independently, not appraised. */
  quota: boolean;
  periodFrom: number;
  periodTo: number;
  /** Recorded verification (verifier, conclusion, date), for a quota facility's acceptance. */
  verified: boolean;
}

function stepOn(state: Pick<ReportState, "quota">, action: GhgReportTransition): Step | null {
  const step = reportSteps[action];
  if (!state.quota) return step.path === "verification" ? null : step;
  const own = verificationSteps[action];
  if (own) return { ...step, ...own, path: "verification" };
  return step.path === "appraisal" ? null : step;
}

export interface TransitionInput {
  note?: string | null;
  dueOn?: string | null;
  findings?: string | null;
  determined?: GhgDetermined | null;
}

export type TransitionVerdict =
  | { ok: true; to: GhgReportStatus; label: string }
  /** `refused`: not from this state, not on this facility's path, or the facility's role; `invalid`: a field missing. */
  | { ok: false; kind: "refused"; message: string }
  | { ok: false; kind: "invalid"; problems: { field: string; message: string }[] };

/** Whether a step may be taken now by someone with these roles, and what it needs. */
export function decideTransition(
  state: ReportState,
  action: GhgReportTransition,
  roles: readonly GhgRole[],
  input: TransitionInput,
  today: string,
): TransitionVerdict {
  const step = stepOn(state, action);
  const label = reportSteps[action].label;
  if (!step) {
    return {
      ok: false,
      kind: "refused",
      message: state.quota
        ? `Không thể ${label}: cơ sở được phân bổ hạn ngạch nên báo cáo được thẩm tra độc lập, không do tỉnh thẩm định`
        : `Không thể ${label}: chỉ áp dụng cho cơ sở được phân bổ hạn ngạch`,
    };
  }
  if (!roles.includes(step.by)) {
    return { ok: false, kind: "refused", message: `Chỉ Sở mới được ${label}` };
  }
  if (!step.from.includes(state.status)) {
    return {
      ok: false,
      kind: "refused",
      message: `Không thể ${label} khi báo cáo đang ở trạng thái “${statusNamesVi[state.status]}”`,
    };
  }
  const problems: { field: string; message: string }[] = [];
  const need = (field: string, value: string | null | undefined, message: string) => {
    if (!value?.trim()) problems.push({ field, message });
  };
  if (action === "request_information") {
    need("note", input.note, "Nêu thông tin cần cơ sở bổ sung");
    if (!input.dueOn) problems.push({ field: "dueOn", message: "Nêu hạn cơ sở gửi thông tin bổ sung" });
    else if (input.dueOn <= today)
      problems.push({
        field: "dueOn",
        message: `Hạn gửi thông tin bổ sung phải sau hôm nay (${formatDateVi(today)})`,
      });
  }
  if (action === "return")
    need("findings", input.findings, "Nêu các nội dung cơ sở phải sửa khi trả lại báo cáo");
  if (action === "reopen") need("note", input.note, "Nêu lý do mở lại báo cáo");
  if (action === "accept" && state.quota && !state.verified) {
    return {
      ok: false,
      kind: "refused",
      message:
        "Không thể chấp nhận báo cáo của cơ sở có hạn ngạch khi chưa ghi tổ chức thẩm tra, kết luận và ngày thẩm tra",
    };
  }
  if (action === "determine") problems.push(...determinedProblems(input.determined, state));
  if (problems.length > 0) return { ok: false, kind: "invalid", problems };
  return { ok: true, to: step.to, label };
}

function determinedProblems(
  determined: GhgDetermined | null | undefined,
  state: Pick<ReportState, "periodFrom" | "periodTo">,
): { field: string; message: string }[] {
  if (!determined) {
    return [
      { field: "determined", message: "Nêu số liệu phát thải (tCO2e) tỉnh xác định cho từng năm và lý do" },
    ];
  }
  const problems: { field: string; message: string }[] = [];
  if (!determined.reason?.trim())
    problems.push({ field: "determined.reason", message: "Nêu lý do tỉnh xác định số liệu" });
  if (determined.years.length === 0)
    problems.push({ field: "determined.years", message: "Nêu số liệu phát thải của ít nhất một năm" });
  const seen = new Set<number>();
  determined.years.forEach((y, i) => {
    const field = `determined.years[${i + 1}].year`;
    if (y.year < state.periodFrom || y.year > state.periodTo) {
      problems.push({
        field,
        message: `Năm ${y.year} nằm ngoài kỳ báo cáo ${state.periodFrom}–${state.periodTo}`,
      });
    } else if (seen.has(y.year)) problems.push({ field, message: `Năm ${y.year} đã có số liệu` });
    seen.add(y.year);
    if (!Number.isFinite(y.total) || y.total < 0)
      problems.push({
        field: `determined.years[${i + 1}].total`,
        message: "Số liệu phát thải không được âm",
      });
  });
  return problems;
}

/** Statuses in which new figures (a correction, an answer, a GWP change) may be sent. */
const openForVersions: readonly GhgReportStatus[] = [
  "received",
  "under_appraisal",
  "information_requested",
  "returned",
];

export function mayAddVersion(status: GhgReportStatus): boolean {
  return openForVersions.includes(status);
}

/**
 * Where a new version takes the report: an answer to a request or a corrected returned report
 * goes back to appraisal (back to received on the verification path); otherwise it stays.
 */
export function statusAfterVersion(state: Pick<ReportState, "status" | "quota">): GhgReportStatus {
  if (state.status === "information_requested" || state.status === "returned")
    return state.quota ? "received" : "under_appraisal";
  return state.status;
}

/** Kinds of documents only the department attaches (its minutes and its result letter). */
const departmentKinds: readonly GhgDocumentKind[] = ["minutes", "result_letter"];
const allKinds: readonly GhgDocumentKind[] = [
  "report_scan",
  "report_signed",
  "information",
  "minutes",
  "result_letter",
  "verification",
  "other",
];

/** The documents someone with these roles may attach now (the facility none once final). */
export function documentKindsFor(
  state: Pick<ReportState, "status">,
  roles: readonly GhgRole[],
): GhgDocumentKind[] {
  if (roles.includes("appraise")) return [...allKinds];
  if (!roles.includes("submit") || finalStatuses.includes(state.status)) return [];
  return allKinds.filter((k) => !departmentKinds.includes(k));
}

/** Everything the caller may do now, for the screen's buttons. */
export function allowedCommands(state: ReportState, roles: readonly GhgRole[]): GhgReportCommand[] {
  const commands: GhgReportCommand[] = [];
  for (const action of Object.keys(reportSteps) as GhgReportTransition[]) {
    const step = stepOn(state, action);
    if (step && roles.includes(step.by) && step.from.includes(state.status)) commands.push(action);
  }
  if (roles.includes("submit") && mayAddVersion(state.status)) commands.push("add_version", "change_gwp");
  if (roles.length > 0) commands.push("comment");
  if (documentKindsFor(state, roles).length > 0) commands.push("add_document");
  if (roles.includes("appraise") && !state.quota) commands.push("set_appraisal");
  if (roles.includes("appraise") && state.quota) commands.push("set_verification");
  return commands;
}
