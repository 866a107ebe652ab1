// What every route handler can know about its request, and the two guards it uses.
import type { FastifyRequest } from "fastify";
import { type Action, can, type Scope } from "../../domain/auth/permissions.js";
import type { ResolvedSession } from "../features/auth/auth.service.js";
import type { AuditContext } from "./audit.js";
import { auditContextOf, type SignedInActor } from "./context.js";
import { AppError } from "./errors.js";

declare module "fastify" {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without signing in. Everything else needs a session. */
    public?: boolean;
  }
}

export function requireActor(request: FastifyRequest): SignedInActor {
  if (!request.session) throw new AppError("UNAUTHENTICATED");
  return request.session.actor;
}

/** Throws FORBIDDEN unless the policy allows this action (on this scope). */
export function authorize(request: FastifyRequest, action: Action, scope?: Scope): SignedInActor {
  const actor = requireActor(request);
  if (!can(actor, action, scope)) throw new AppError("FORBIDDEN");
  return actor;
}

/**
 * The same check as a route's `preValidation` hook: a caller who may not act is refused before
 * its query or body is read, so a refusal never depends on what was asked.
 */
export const authorizeFirst = (action: Action) => async (request: FastifyRequest) => {
  authorize(request, action);
};

export function auditContext(request: FastifyRequest): AuditContext {
  return auditContextOf(request.session?.actor ?? null, String(request.id));
}
