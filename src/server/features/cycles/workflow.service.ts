// The submission's guarded commands: the head signs off, the agency submits, the coordinator
// reviews each value, comments, returns with a reason or accepts. Each is one transaction
// with its audit event; a command from the wrong state is refused with that state.
import { randomUUID } from "node:crypto";
import type { ReviewStatus } from "../../../contracts/cycles.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { roleNamesVi } from "../../../domain/auth/roles.js";
import { localDay } from "../../../domain/cycle/timeliness.js";
import { type SubmissionCommand, submissionTransitions } from "../../../domain/cycle/workflow.js";
import { formatDateVi } from "../../../domain/text/format-vi.js";
import type { DbOrTx } from "../../db/client.js";
import type { submissions } from "../../db/schema.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as evidence from "../evidence/evidence.repo.js";
import { noticeOfSubmission } from "./cycle-notices.js";
import * as repo from "./cycles.repo.js";
import { cycleFramework } from "./cycles.service.js";
import { buildForm } from "./form.service.js";
import {
  assertCycleMay,
  assertSubmissionMay,
  historyReadOnly,
  loadCycle,
  loadSubmission,
  type SubmissionRow,
} from "./guards.js";
import { onBehalfReason } from "./on-behalf.service.js";
import * as values from "./values.repo.js";

export interface Participant extends AuditContext {
  actor: Actor;
  displayName: string;
}

const summaryOf: Record<Exclude<SubmissionCommand, "edit">, string> = {
  requestSignOff: "Trình lãnh đạo cơ quan ký duyệt số liệu",
  signOff: "Lãnh đạo cơ quan ký duyệt số liệu",
  submit: "Gửi số liệu",
  return: "Trả lại số liệu",
  accept: "Chấp nhận số liệu",
};

const auditTypeOf = {
  requestSignOff: "submission.sign_off_requested",
  signOff: "submission.signed_off",
  submit: "submission.submitted",
  return: "submission.returned",
  accept: "submission.accepted",
} as const;

const noticeOf = {
  requestSignOff: "sign_off_requested",
  signOff: "signed_off",
  submit: "submitted",
  return: "returned",
  accept: "accepted",
} as const;

const day = (date: Date) => formatDateVi(localDay(date));

type Change = Partial<typeof submissions.$inferInsert>;

interface CommandContext {
  tx: DbOrTx;
  cycleId: string;
  agencyId: string;
  submission: SubmissionRow;
  agency: { name: string; hasHeadSignOff: boolean };
  who: Participant;
  reason?: string;
  /** The letter's reference when the coordinator sends for the agency. */
  onBehalf: string | null;
  /** On accepting: the documents nobody reviewed yet are accepted with the figures. */
  acceptUnreviewedEvidence: boolean;
  now: Date;
}

/** Refuses unless the form is complete: what is sent or signed is what the checklist passed. */
async function assertComplete({ tx, cycleId, agencyId, who }: CommandContext) {
  const form = await buildForm(tx, cycleId, agencyId, who.actor);
  if (form.issues.length > 0)
    throw new AppError("SUBMISSION_INCOMPLETE", { count: form.issues.length }, form.issues);
}

/** What each command changes in the submission, once its own conditions hold. */
const changeOf: Record<Exclude<SubmissionCommand, "edit">, (c: CommandContext) => Promise<Change>> = {
  async requestSignOff(c) {
    if (!c.agency.hasHeadSignOff) throw new AppError("SIGN_OFF_NOT_REQUIRED", { agency: c.agency.name });
    if (c.submission.signedOffAt) throw new AppError("ALREADY_SIGNED_OFF", { agency: c.agency.name });
    await assertComplete(c);
    return { signOffRequestedAt: c.now, signOffRequestedBy: c.who.actorUserId, signOffResetNote: null };
  },
  async signOff(c) {
    return { signedOffBy: c.who.actorUserId, signedOffAt: c.now, signOffResetNote: null };
  },
  async submit(c) {
    if (c.agency.hasHeadSignOff && !c.submission.signedOffAt && !c.onBehalf)
      throw new AppError("SIGN_OFF_REQUIRED", { agency: c.agency.name });
    await assertComplete(c);
    return {
      submittedBy: c.who.actorUserId,
      submittedAt: c.now,
      firstSubmittedAt: c.submission.firstSubmittedAt ?? c.now,
    };
  },
  async return(c) {
    // A sign-off was given to the figures as they were; after a return it must be given again.
    const signedOff = c.submission.signedOffAt;
    return {
      returnedAt: c.now,
      returnReason: c.reason ?? null,
      signedOffBy: null,
      signedOffAt: null,
      signOffRequestedAt: null,
      signOffRequestedBy: null,
      signOffResetNote: signedOff
        ? `Số liệu bị trả lại ngày ${day(c.now)} nên ký duyệt ngày ${day(signedOff)} không còn hiệu lực. Sau khi sửa, cán bộ trình ký lại.`
        : null,
    };
  },
  async accept(context) {
    const { tx, cycleId, agencyId, who, now } = context;
    const questioned = await values.questionedElements(tx, cycleId, agencyId);
    if (questioned.length > 0) {
      const cycle = await loadCycle(tx, cycleId);
      const { framework } = await cycleFramework(tx, cycle.frameworkCode, cycle.editionCode);
      const names = new Map(framework.def.dataElements.map((d) => [d.code, d.name.vi]));
      throw new AppError(
        "INVALID_TRANSITION",
        { action: "chấp nhận", entity: "submission", state: `còn ${questioned.length} số liệu cần làm rõ` },
        questioned.map((element) => ({
          field: `element:${element}`,
          message: `Số liệu “${names.get(element) ?? element}” đang cần làm rõ: trả lại để cơ quan sửa, hoặc đánh giá “đạt” trước`,
        })),
      );
    }
    await settleEvidence(context);
    await values.acceptAgencyValues(tx, cycleId, agencyId);
    return { acceptedBy: who.actorUserId, acceptedAt: now };
  },
};

/**
 * Accepting the figures settles their documents: the coordinator is asked about those not yet
 * reviewed, and accepts them with the figures only when told to.
 */
async function settleEvidence({ tx, cycleId, agencyId, who, now, acceptUnreviewedEvidence }: CommandContext) {
  const unreviewed = await evidence.listUnreviewedEvidence(tx, cycleId, agencyId);
  if (unreviewed.length === 0) return;
  if (!acceptUnreviewedEvidence)
    throw new AppError(
      "EVIDENCE_UNREVIEWED",
      { count: unreviewed.length },
      unreviewed.map((e) => ({
        field: `evidence:${e.id}`,
        message: `“${e.fileName}” (chỉ số ${e.indicatorCode}) chưa được xem xét`,
      })),
    );
  for (const e of unreviewed) {
    await evidence.updateEvidence(tx, e.id, {
      reviewStatus: "accepted",
      reviewNote: "Chấp nhận cùng số liệu",
      reviewedBy: who.actorUserId,
      reviewedAt: now,
    });
    await recordAudit(tx, who, {
      type: "evidence.reviewed",
      entityId: e.id,
      agencyId,
      summary: `Minh chứng “${e.fileName}” (chỉ số ${e.indicatorCode}): chấp nhận cùng số liệu`,
      before: { reviewStatus: "pending" },
      after: { reviewStatus: "accepted", reviewNote: "Chấp nhận cùng số liệu" },
    });
  }
}

export async function runSubmissionCommand(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  command: Exclude<SubmissionCommand, "edit">,
  who: Participant,
  reason?: string,
  options: {
    /** The coordinator sends the figures entered from the agency's letter, which is its sign-off. */
    onBehalf?: true;
    /** Accepting: the documents not yet reviewed are accepted with the figures. */
    acceptUnreviewedEvidence?: boolean;
  } = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, cycleId, { forUpdate: true });
    assertCycleMay(cycle, "collect");
    // A history year is the comparison base, not a collection: nothing to sign, send or accept.
    if (cycle.kind === "history") throw historyReadOnly(cycle);
    const submission = await loadSubmission(tx, cycleId, agencyId, { forUpdate: true });
    assertSubmissionMay(submission, command);
    const agency = await repo.findAgency(tx, agencyId);
    if (!agency) throw notFound("agency");
    const onBehalf =
      options.onBehalf && command === "submit"
        ? await onBehalfReason(tx, cycleId, agencyId, submission)
        : null;
    const context = {
      ...{ tx, cycleId, agencyId, submission, agency, who, reason, onBehalf },
      acceptUnreviewedEvidence: options.acceptUnreviewedEvidence ?? false,
      now: new Date(),
    };
    const change = await changeOf[command](context);
    const to = submissionTransitions[command].to;
    const status = to === "unchanged" ? submission.status : to;
    await repo.updateSubmission(tx, submission.id, { ...change, status });
    const moved = { id: submission.id, agencyId, rowVersion: submission.rowVersion + 1 };
    await noticeOfSubmission(tx, noticeOf[command], cycle, moved, agency.name, {
      reason,
      signOffReset: change.signOffResetNote ?? undefined,
      onBehalf: onBehalf ?? undefined,
    });
    await recordAudit(tx, who, {
      type: auditTypeOf[command],
      entityId: submission.id,
      agencyId,
      summary: `${onBehalf ? "Gửi thay số liệu" : summaryOf[command]} của ${agency.name}, năm ${cycle.year}${
        reason ? `: ${reason}` : ""
      }${onBehalf ? ` (${onBehalf})` : ""}`,
      before: { status: submission.status },
      after: { status, ...(reason ? { reason } : {}) },
    });
  });
}

/** The coordinator's verdict on one value of a submitted (or accepted) submission. */
export async function reviewValue(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  element: string,
  status: ReviewStatus,
  who: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, cycleId, { forUpdate: true });
    assertCycleMay(cycle, "collect");
    const submission = await loadSubmission(tx, cycleId, agencyId);
    if (submission.status !== "submitted")
      throw new AppError("INVALID_TRANSITION", {
        action: "xem xét số liệu",
        entity: "submission",
        state: submission.status === "accepted" ? "đã chấp nhận" : "chưa gửi",
      });
    const value = await values.findValue(tx, cycleId, agencyId, element);
    if (!value) throw notFound("dataValue");
    if (value.reviewStatus === status) return;
    await values.setReviewStatus(tx, value.id, status);
    await recordAudit(tx, who, {
      type: "submission.value_reviewed",
      entityId: submission.id,
      agencyId,
      summary: `Số liệu ${element} năm ${cycle.year}: ${status === "accepted" ? "đạt" : status === "questioned" ? "cần làm rõ" : "chưa xem"}`,
      before: { element, reviewStatus: value.reviewStatus },
      after: { element, reviewStatus: status },
    });
  });
}

/** Adds to the thread on one value, indicator or document; both sides may write until the lock. */
export async function addComment(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  input: { subject: string; body: string },
  who: Participant,
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, cycleId);
    assertCycleMay(cycle, "collect");
    const submission = await loadSubmission(tx, cycleId, agencyId);
    const id = randomUUID();
    await values.insertComment(tx, {
      id,
      cycleId,
      agencyId,
      subject: input.subject,
      authorId: who.actorUserId,
      authorName: who.displayName,
      authorRole: roleNamesVi[who.actor.role],
      body: input.body,
    });
    await recordAudit(tx, who, {
      type: "submission.comment_added",
      entityId: submission.id,
      agencyId,
      summary: `Ý kiến về ${input.subject}, năm ${cycle.year}`,
      after: { subject: input.subject, body: input.body },
    });
    return { id };
  });
}
