// Slows down password guessing: after too many failures within the lock window a key (a user
// name or a client address) is locked for that window. Pure, so the rule is tested alone.
export interface ThrottleState {
  key: string;
  failures: number;
  firstFailureAt: Date;
  lockedUntil: Date | null;
}

export interface ThrottleLimits {
  maxFailures: number;
  lockMs: number;
}

export function lockedFor(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

export function afterFailure(
  key: string,
  state: ThrottleState | undefined,
  now: Date,
  limits: ThrottleLimits,
): ThrottleState {
  const windowOver = !state || now.getTime() - state.firstFailureAt.getTime() > limits.lockMs;
  const expiredLock = state?.lockedUntil && state.lockedUntil <= now;
  const fresh = windowOver || expiredLock;
  const failures = fresh ? 1 : state.failures + 1;
  return {
    key,
    failures,
    firstFailureAt: fresh ? now : state.firstFailureAt,
    lockedUntil: failures >= limits.maxFailures ? new Date(now.getTime() + limits.lockMs) : null,
  };
}

/**
 * An attempt is counted as a failure before its password is checked, so that attempts made at
 * once cannot all pass the check; one that then succeeds is taken back here. Undefined means
 * nothing is left to keep.
 */
export function afterAttemptSucceeded(
  state: ThrottleState | undefined,
  limits: ThrottleLimits,
): ThrottleState | undefined {
  if (!state || state.failures <= 1) return undefined;
  const failures = state.failures - 1;
  return { ...state, failures, lockedUntil: failures >= limits.maxFailures ? state.lockedUntil : null };
}
