import { describe, expect, it } from "vitest";
import { afterAttemptSucceeded, afterFailure, lockedFor } from "./login-throttle.js";

const limits = { maxFailures: 3, lockMs: 60_000 };
const at = (ms: number) => new Date(1_700_000_000_000 + ms);

describe("login throttle", () => {
  it("locks after the maximum number of failures within the window", () => {
    let state = afterFailure("user:a", undefined, at(0), limits);
    state = afterFailure("user:a", state, at(1000), limits);
    expect(state.lockedUntil).toBeNull();
    expect(lockedFor(state, at(1000))).toBe(0);
    state = afterFailure("user:a", state, at(2000), limits);
    expect(state.lockedUntil).toEqual(at(62_000));
    expect(lockedFor(state, at(2000))).toBe(60_000);
    expect(lockedFor(state, at(62_000))).toBe(0);
  });

  it("starts counting again once the window has passed", () => {
    let state = afterFailure("user:a", undefined, at(0), limits);
    state = afterFailure("user:a", state, at(1000), limits);
    state = afterFailure("user:a", state, at(70_000), limits);
    expect(state.failures).toBe(1);
    expect(state.lockedUntil).toBeNull();
  });

  it("starts again after a lock has expired", () => {
    let state = afterFailure("user:a", undefined, at(0), { ...limits, maxFailures: 1 });
    expect(state.lockedUntil).not.toBeNull();
    state = afterFailure("user:a", state, at(61_000), limits);
    expect(state.failures).toBe(1);
  });
});

describe("an attempt taken back after it succeeded", () => {
  it("removes one failure, and the lock that failure set", () => {
    let state = afterFailure("ip:x", undefined, at(0), limits);
    state = afterFailure("ip:x", state, at(1000), limits);
    state = afterFailure("ip:x", state, at(2000), limits);
    expect(state.lockedUntil).not.toBeNull();
    const back = afterAttemptSucceeded(state, limits)!;
    expect(back.failures).toBe(2);
    expect(back.lockedUntil).toBeNull();
    expect(afterAttemptSucceeded(afterFailure("ip:x", undefined, at(0), limits), limits)).toBeUndefined();
  });
});
