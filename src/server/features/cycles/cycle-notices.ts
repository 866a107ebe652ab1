// What the people concerned are told when a submission or the cycle moves: the agency when its
// figures are returned or accepted, the coordinators when figures arrive or the leader decides,
// the leaders when the cycle awaits approval. Written in the transaction of the move itself; the
// coordinators hear of arriving figures as one message a day (submissions-digest.ts).
import type { DbOrTx } from "../../db/client.js";
import { queueNotification } from "../notifications/notify.js";
import { digestSubmission } from "./submissions-digest.js";

interface CycleRef {
  id: string;
  year: number;
  rowVersion: number;
}

const formLink = (cycleId: string, agencyId: string) => `/cycles/${cycleId}/agencies/${agencyId}`;

type SubmissionEvent = "sign_off_requested" | "signed_off" | "submitted" | "returned" | "accepted";

/** Who hears of each move of a submission, and what they read. */
function submissionNotice(
  event: SubmissionEvent,
  year: number,
  agencyId: string,
  agencyName: string,
  detail: { reason?: string; signOffReset?: string; onBehalf?: string },
) {
  const agency = { agencyId };
  switch (event) {
    // Sent by the coordinator from the agency's letter: the agency is the one to be told. (Sent by
    // the agency itself, the coordinators hear of it in the day's digest instead.)
    case "submitted":
      return {
        recipients: agency,
        title: `Số liệu năm ${year} đã được gửi thay`,
        body: `Sở Nông nghiệp và Môi trường đã nhập và gửi số liệu năm ${year} của ${agencyName} theo ${(detail.onBehalf ?? "").replace(/^Nhập thay cơ quan theo /, "")}.`,
      };
    case "sign_off_requested":
      return {
        recipients: { ...agency, roles: ["agency_head" as const] },
        title: `Số liệu năm ${year} chờ ký duyệt`,
        body: `Cán bộ của ${agencyName} trình ký số liệu kỳ đánh giá năm ${year}. Đề nghị lãnh đạo cơ quan xem và ký duyệt để gửi Sở Nông nghiệp và Môi trường.`,
      };
    case "signed_off":
      return {
        recipients: { ...agency, roles: ["reporter" as const] },
        title: `Số liệu năm ${year} đã được ký duyệt`,
        body: `Lãnh đạo ${agencyName} đã ký duyệt số liệu năm ${year}. Có thể gửi số liệu cho Sở Nông nghiệp và Môi trường.`,
      };
    case "returned":
      return {
        recipients: agency,
        title: `Số liệu năm ${year} bị trả lại`,
        body: `Sở Nông nghiệp và Môi trường trả lại số liệu của ${agencyName}: ${detail.reason ?? ""}. Đề nghị sửa và gửi lại.${
          detail.signOffReset ? ` ${detail.signOffReset}` : ""
        }`,
      };
    case "accepted":
      return {
        recipients: agency,
        title: `Số liệu năm ${year} đã được chấp nhận`,
        body: `Số liệu của ${agencyName} cho kỳ đánh giá năm ${year} đã được chấp nhận.`,
      };
  }
}

export async function noticeOfSubmission(
  tx: DbOrTx,
  event: SubmissionEvent,
  cycle: CycleRef,
  submission: { id: string; agencyId: string; rowVersion: number },
  agencyName: string,
  detail: { reason?: string; signOffReset?: string; onBehalf?: string } = {},
) {
  // Figures arriving are told to the coordinators once a day, not once per agency.
  if (event === "submitted" && !detail.onBehalf) return digestSubmission(tx, cycle);
  return queueNotification(tx, {
    ...submissionNotice(event, cycle.year, submission.agencyId, agencyName, detail),
    kind: `submission.${event}`,
    // One message per move: the submission's row version makes each return a new one.
    dedupeKey: `submission:${submission.id}:${event}:${submission.rowVersion}`,
    link: formLink(cycle.id, submission.agencyId),
    cycleId: cycle.id,
    agencyId: submission.agencyId,
  });
}

export async function noticeOfCycle(
  tx: DbOrTx,
  event: "sent_for_approval" | "approved" | "sent_back",
  cycle: CycleRef,
  reason?: string,
  /** Agencies proposed as missing, each with why. */
  missing: string[] = [],
) {
  const link = `/cycles/${cycle.id}`;
  const dedupeKey = `cycle:${cycle.id}:${event}:${cycle.rowVersion}`;
  const base = { kind: `cycle.${event}`, dedupeKey, link, cycleId: cycle.id };
  if (event === "sent_for_approval")
    return queueNotification(tx, {
      ...base,
      recipients: { roles: ["leader"] },
      title: `Kỳ đánh giá năm ${cycle.year} chờ phê duyệt`,
      body:
        missing.length === 0
          ? `Mọi cơ quan đã được chấp nhận số liệu năm ${cycle.year}. Đề nghị lãnh đạo xem xét, phê duyệt.`
          : `Số liệu năm ${cycle.year} đã được chấp nhận, trừ ${missing.length} cơ quan chưa có số liệu: ${missing.join("; ")}. Đề nghị lãnh đạo xem xét, phê duyệt và chấp nhận thiếu số liệu của các cơ quan này.`,
    });
  return queueNotification(tx, {
    ...base,
    recipients: { roles: ["coordinator"] },
    title:
      event === "approved"
        ? `Kỳ đánh giá năm ${cycle.year} đã được phê duyệt`
        : `Lãnh đạo trả lại kỳ đánh giá năm ${cycle.year}`,
    body:
      event === "approved"
        ? `Lãnh đạo đã phê duyệt kết quả tự đánh giá năm ${cycle.year}; số liệu đã khóa.`
        : `Lãnh đạo trả lại kỳ đánh giá năm ${cycle.year}: ${reason ?? ""}`,
  });
}
