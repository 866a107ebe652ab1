import type { Actor } from "../../domain/auth/permissions.js";
import type { AuditContext } from "./audit.js";

/** The signed-in person behind a request. */
export interface SignedInActor extends Actor {
  username: string;
  sessionTokenHash: string;
}

export function auditContextOf(actor: SignedInActor | null, requestId: string): AuditContext {
  return { actorUserId: actor?.userId ?? null, actorUsername: actor?.username ?? null, requestId };
}
