// Sign-in, sign-out, session lookup and password change.
import { createHash, randomBytes } from "node:crypto";
import { passwordProblemTexts } from "../../../contracts/errors.js";
import {
  afterAttemptSucceeded,
  afterFailure,
  lockedFor,
  type ThrottleState,
} from "../../../domain/auth/login-throttle.js";
import type { Role } from "../../../domain/auth/roles.js";
import type { Db } from "../../db/client.js";
import type { TableChanges } from "../../db/table-changes.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { requireAcceptablePassword } from "../../platform/common-passwords.js";
import type { SignedInActor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { dummyPasswordHash, hashPassword, verifyPassword } from "../../platform/passwords.js";
import { TableCache } from "../../platform/table-cache.js";
import * as repo from "./auth.repo.js";

export interface AuthSettings {
  /** A session ends after this long without activity… */
  sessionTtlMs: number;
  /** …and this long after its sign-in, however active. */
  sessionMaxMs: number;
  maxFailures: number;
  lockMs: number;
}

/** A client address shares the lock only after many more failures: offices sit behind one address. */
const addressFailureFactor = 10;
/** Sliding sessions are written back at most this often, to keep reads free of writes. */
const touchIntervalMs = 5 * 60 * 1000;

/** Idle expiry slides with activity, but never past the session's absolute end. */
const nextExpiry = (settings: AuthSettings, signedInAt: Date, now: Date) =>
  new Date(Math.min(now.getTime() + settings.sessionTtlMs, signedInAt.getTime() + settings.sessionMaxMs));

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export async function login(db: Db, settings: AuthSettings, input: LoginInput, now = new Date()) {
  const username = input.username.trim().toLowerCase();
  const keys = [`user:${username}`, ...(input.ip ? [`ip:${input.ip}`] : [])];
  const limitsOf = (key: string) => ({
    maxFailures: settings.maxFailures * (key.startsWith("ip:") ? addressFailureFactor : 1),
    lockMs: settings.lockMs,
  });
  // The attempt is counted before its password is checked, under a lock on the counters, so a
  // burst of attempts at once checks no more passwords than the limit allows.
  const lockedByThisAttempt = await db.transaction(async (tx) => {
    const throttles = new Map((await repo.lockThrottles(tx, keys)).map((row) => [row.key, row]));
    const waitMs = Math.max(...keys.map((key) => lockedFor(throttles.get(key), now)));
    if (waitMs > 0) throw new AppError("ACCOUNT_LOCKED", { minutes: Math.ceil(waitMs / 60000) });
    let locks = false;
    for (const key of keys) {
      const next = afterFailure(key, throttles.get(key) as ThrottleState | undefined, now, limitsOf(key));
      await repo.saveThrottle(tx, next);
      if (next.lockedUntil) locks = true;
    }
    return locks;
  });

  const user = await repo.findUserByUsername(db, username);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const ctx: AuditContext = {
    actorUserId: user?.id ?? null,
    actorUsername: username,
    requestId: input.requestId,
  };

  if (!user || !passwordOk) {
    await db.transaction((tx) =>
      recordAudit(tx, ctx, {
        type: lockedByThisAttempt ? "auth.account_locked" : "auth.login_failed",
        entityId: user?.id ?? null,
        agencyId: user?.agencyId ?? null,
        summary: lockedByThisAttempt
          ? `Khóa đăng nhập tạm thời cho “${username}” sau nhiều lần sai mật khẩu`
          : `Đăng nhập thất bại với tên “${username}”`,
        after: { ip: input.ip },
      }),
    );
    if (lockedByThisAttempt)
      throw new AppError("ACCOUNT_LOCKED", { minutes: Math.ceil(settings.lockMs / 60000) });
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (!user.active) {
    // Counted like a failure on purpose (the attempt is not taken back): a disabled account is
    // no place to try passwords, and the trail says someone tried.
    await db.transaction((tx) =>
      recordAudit(tx, ctx, {
        type: "auth.login_failed",
        entityId: user.id,
        agencyId: user.agencyId,
        summary: `Đăng nhập vào tài khoản đã ngừng hoạt động “${username}”`,
        after: { ip: input.ip },
      }),
    );
    throw new AppError("ACCOUNT_DISABLED");
  }

  const token = randomBytes(32).toString("base64url");
  const expiresAt = nextExpiry(settings, now, now);
  await db.transaction(async (tx) => {
    // The user's counter starts again; the address only takes this attempt back.
    const throttles = new Map((await repo.lockThrottles(tx, keys)).map((row) => [row.key, row]));
    for (const key of keys) {
      const kept = key.startsWith("user:")
        ? undefined
        : afterAttemptSucceeded(throttles.get(key) as ThrottleState | undefined, limitsOf(key));
      if (kept) await repo.saveThrottle(tx, kept);
      else await repo.clearThrottle(tx, key);
    }
    await repo.insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await repo.recordLogin(tx, user.id, now);
    await recordAudit(tx, ctx, {
      type: "auth.login_succeeded",
      entityId: user.id,
      agencyId: user.agencyId,
      summary: `“${username}” đăng nhập`,
      after: { ip: input.ip },
    });
  });
  return { token, expiresAt };
}

export interface ResolvedSession {
  actor: SignedInActor;
  user: repo.SessionUser;
  agencyName: string | null;
}

export type SessionCache = TableCache<repo.SessionWithUser>;

/** Live sessions by token hash, kept until the session, its user or the user's agency changes. */
export const createSessionCache = (changes: TableChanges | null): SessionCache =>
  new TableCache(changes, ["sessions", "users", "agencies"]);

/** The session behind a cookie token; undefined when it never existed or has expired. */
export async function resolveSession(
  db: Db,
  settings: AuthSettings,
  cache: SessionCache,
  token: string,
  now = new Date(),
): Promise<ResolvedSession | undefined> {
  const tokenHash = hashToken(token);
  const found = await cache.get(tokenHash, () => repo.findLiveSession(db, tokenHash, now));
  // A kept session is checked against the clock here: the query checked it only when it read.
  if (!found?.user.active || found.expiresAt <= now) return undefined;
  if (now.getTime() - found.lastSeenAt.getTime() > touchIntervalMs) {
    await repo.touchSession(db, tokenHash, now, nextExpiry(settings, found.createdAt, now));
  }
  const { user } = found;
  return {
    actor: {
      userId: user.id,
      username: user.username,
      role: user.role as Role,
      agencyId: user.agencyId,
      facilityId: user.facilityId,
      sessionTokenHash: tokenHash,
    },
    user,
    agencyName: found.agencyName,
  };
}

export async function logout(db: Db, actor: SignedInActor, ctx: AuditContext): Promise<void> {
  await db.transaction(async (tx) => {
    await repo.deleteSession(tx, actor.sessionTokenHash);
    await recordAudit(tx, ctx, {
      type: "auth.logout",
      entityId: actor.userId,
      agencyId: actor.agencyId,
      summary: `“${actor.username}” đăng xuất`,
    });
  });
}

export async function changePassword(
  db: Db,
  actor: SignedInActor,
  input: { currentPassword: string; newPassword: string },
  ctx: AuditContext,
  now = new Date(),
): Promise<void> {
  const user = await repo.findUserById(db, actor.userId);
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("WRONG_CURRENT_PASSWORD", {}, [
      { field: "currentPassword", message: "Mật khẩu hiện tại không đúng" },
    ]);
  }
  if (input.newPassword === input.currentPassword)
    throw new AppError("WEAK_PASSWORD", { reason: "same" }, [
      { field: "newPassword", message: passwordProblemTexts.same!.vi },
    ]);
  requireAcceptablePassword(input.newPassword, user.username, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await repo.updatePasswordHash(tx, user.id, passwordHash, now);
    // Other devices signed in with the old password are signed out.
    await repo.deleteSessionsOfUser(tx, user.id, actor.sessionTokenHash);
    await recordAudit(tx, ctx, {
      type: "auth.password_changed",
      entityId: user.id,
      agencyId: user.agencyId,
      summary: `“${user.username}” đổi mật khẩu`,
    });
  });
}
