// What the people concerned are told when a submission or the cycle moves: the agency when its
// figures are returned or accepted, the coordinators when figures arrive or the leader decides,
// the leaders when the cycle awaits approval. Written in the transaction of the move itself.
import type { DbOrTx } from "../../db/client.js";
import { queueNotification } from "../notifications/notify.js";

interface CycleRef {
  id: string;
  year: number;
  rowVersion: number;
}

const formLink = (cycleId: string, agencyId: string) => `/cycles/${cycleId}/agencies/${agencyId}`;

export async function noticeOfSubmission(
  tx: DbOrTx,
  event: "submitted" | "returned" | "accepted",
  cycle: CycleRef,
  submission: { id: string; agencyId: string; rowVersion: number },
  agencyName: string,
  reason?: string,
) {
  // One message per move: the submission's row version makes each return a new one.
  const dedupeKey = `submission:${submission.id}:${event}:${submission.rowVersion}`;
  const link = formLink(cycle.id, submission.agencyId);
  const base = {
    kind: `submission.${event}`,
    dedupeKey,
    link,
    cycleId: cycle.id,
    agencyId: submission.agencyId,
  };
  if (event === "submitted")
    return queueNotification(tx, {
      ...base,
      recipients: { roles: ["coordinator"] },
      title: `${agencyName} đã gửi số liệu năm ${cycle.year}`,
      body: `${agencyName} đã gửi số liệu kỳ đánh giá năm ${cycle.year}. Đề nghị thẩm định.`,
    });
  return queueNotification(tx, {
    ...base,
    recipients: { agencyId: submission.agencyId },
    title:
      event === "returned"
        ? `Số liệu năm ${cycle.year} bị trả lại`
        : `Số liệu năm ${cycle.year} đã được chấp nhận`,
    body:
      event === "returned"
        ? `Sở Nông nghiệp và Môi trường trả lại số liệu của ${agencyName}: ${reason ?? ""}. Đề nghị sửa và gửi lại.`
        : `Số liệu của ${agencyName} cho kỳ đánh giá năm ${cycle.year} đã được chấp nhận.`,
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
