// Guards every change inside a cycle goes through: the cycle exists and is still collecting,
// the agency takes part in it, and its submission is in a state that allows the command.
import type { CycleStatus, SubmissionStatus } from "../../../contracts/cycles.js";
import {
  type CycleCommand,
  cycleMay,
  cycleStatusVi,
  cycleTransitions,
  isCycleLocked,
  type SubmissionCommand,
  submissionMay,
  submissionStatusVi,
  submissionTransitions,
} from "../../../domain/cycle/workflow.js";
import type { DbOrTx } from "../../db/client.js";
import type { cycles, submissions } from "../../db/schema.js";
import { AppError, notFound } from "../../platform/errors.js";
import * as repo from "./cycles.repo.js";

export type CycleRow = typeof cycles.$inferSelect;
export type SubmissionRow = typeof submissions.$inferSelect;

/**
 * `forUpdate` for the cycle's own transitions; `forShare` for changes inside it, so agencies
 * saving at the same time do not wait for each other but an approval waits for all of them.
 */
export async function loadCycle(
  db: DbOrTx,
  cycleId: string,
  options: { forUpdate?: boolean; forShare?: boolean } = {},
) {
  const row = await repo.findCycle(
    db,
    cycleId,
    options.forUpdate ? "update" : options.forShare ? "share" : undefined,
  );
  if (!row) throw notFound("cycle");
  return row;
}

/** Refuses the command unless the cycle's state allows it; a locked cycle says so plainly. */
export function assertCycleMay(cycle: CycleRow, command: CycleCommand): void {
  const status = cycle.status as CycleStatus;
  if (cycleMay(command, status)) return;
  const action = cycleTransitions[command].vi;
  if (isCycleLocked(status)) throw new AppError("CYCLE_LOCKED", { year: cycle.year, action });
  throw new AppError("INVALID_TRANSITION", { action, entity: "cycle", state: cycleStatusVi[status] });
}

/** The agency's submission in the cycle; an agency without assignments has none. */
export async function loadSubmission(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  options: { forUpdate?: boolean } = {},
) {
  const row = await repo.findSubmission(db, cycleId, agencyId, options.forUpdate ? "update" : undefined);
  if (!row) throw notFound("submission");
  return row;
}

export function assertSubmissionMay(submission: SubmissionRow, command: SubmissionCommand): void {
  const status = submission.status as SubmissionStatus;
  if (submissionMay(command, status)) return;
  throw new AppError("INVALID_TRANSITION", {
    action: submissionTransitions[command].vi,
    entity: "submission",
    state: submissionStatusVi[status],
  });
}

/** A past year kept as history is the comparison base: the coordinator's, never an agency's to change. */
export const historyReadOnly = (cycle: { year: number }) =>
  new AppError("HISTORY_READ_ONLY", { year: cycle.year });

/**
 * For anything an agency changes in its part of a cycle (figures, explanations, evidence):
 * the cycle is collecting and the submission is a draft or was returned. Locks the submission
 * (and shares the cycle's lock) so that a concurrent submit or approval waits for this change.
 */
export async function guardAgencyChange(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  /** A whole history year is kept by the coordinator, outside the agencies' workflow. */
  options: { history?: "allowed" } = {},
) {
  const cycle = await loadCycle(db, cycleId, { forShare: true });
  assertCycleMay(cycle, "collect");
  if (cycle.kind === "history") {
    if (options.history === "allowed") return { cycle, submission: null };
    throw historyReadOnly(cycle);
  }
  const submission = await loadSubmission(db, cycleId, agencyId, { forUpdate: true });
  assertSubmissionMay(submission, "edit");
  return { cycle, submission };
}
