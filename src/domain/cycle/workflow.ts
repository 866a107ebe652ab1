// The states of a cycle and of each agency's submission, and which command may move them.
// Services ask here before changing anything, so a transition allowed in one place is allowed
// everywhere and an illegal one is refused with the state it was in.
import type { CycleStatus, SubmissionStatus } from "../../contracts/cycles.js";

export const submissionStatusVi: Record<SubmissionStatus, string> = {
  draft: "đang soạn",
  submitted: "đã gửi",
  returned: "bị trả lại",
  accepted: "đã chấp nhận",
};

export const cycleStatusVi: Record<CycleStatus, string> = {
  open: "đang thu thập số liệu",
  in_review: "chờ lãnh đạo phê duyệt",
  approved: "đã phê duyệt",
  sent_to_ministry: "đã gửi Bộ",
};

export type SubmissionCommand = "edit" | "requestSignOff" | "signOff" | "submit" | "return" | "accept";

/** From which states each command may start, and where it leaves the submission. */
export const submissionTransitions: Record<
  SubmissionCommand,
  { from: readonly SubmissionStatus[]; to: SubmissionStatus | "unchanged"; vi: string }
> = {
  edit: { from: ["draft", "returned"], to: "unchanged", vi: "sửa số liệu" },
  requestSignOff: { from: ["draft", "returned"], to: "unchanged", vi: "trình ký" },
  signOff: { from: ["draft", "returned"], to: "unchanged", vi: "ký duyệt" },
  submit: { from: ["draft", "returned"], to: "submitted", vi: "gửi số liệu" },
  return: { from: ["submitted", "accepted"], to: "returned", vi: "trả lại" },
  accept: { from: ["submitted"], to: "accepted", vi: "chấp nhận" },
};

export type CycleCommand =
  | "collect"
  | "sendForApproval"
  | "approve"
  | "sendBack"
  | "reopen"
  | "sendToMinistry";

export const cycleTransitions: Record<
  CycleCommand,
  { from: readonly CycleStatus[]; to: CycleStatus | "unchanged"; vi: string }
> = {
  /** Anything agencies or the coordinator do to figures happens while the cycle is open. */
  collect: { from: ["open"], to: "unchanged", vi: "thay đổi số liệu" },
  sendForApproval: { from: ["open"], to: "in_review", vi: "trình lãnh đạo phê duyệt" },
  approve: { from: ["in_review"], to: "approved", vi: "phê duyệt" },
  /** The leader sends it back to the coordinator without approving. */
  sendBack: { from: ["in_review"], to: "open", vi: "trả lại điều phối viên" },
  reopen: { from: ["in_review", "approved"], to: "open", vi: "mở lại" },
  sendToMinistry: { from: ["approved"], to: "sent_to_ministry", vi: "ghi nhận đã gửi Bộ" },
};

export const lockedCycleStatuses: readonly CycleStatus[] = ["approved", "sent_to_ministry"];

export function isCycleLocked(status: CycleStatus): boolean {
  return lockedCycleStatuses.includes(status);
}

export function submissionMay(command: SubmissionCommand, status: SubmissionStatus): boolean {
  return submissionTransitions[command].from.includes(status);
}

export function cycleMay(command: CycleCommand, status: CycleStatus): boolean {
  return cycleTransitions[command].from.includes(status);
}
