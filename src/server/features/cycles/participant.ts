// Who takes part in a cycle's work, as the trail and the review thread name them.
import type { FastifyRequest } from "fastify";
import { auditContext, requireActor } from "../../platform/request.js";
import type { Participant } from "./workflow.service.js";

export function participantOf(request: FastifyRequest): Participant {
  const actor = requireActor(request);
  return { ...auditContext(request), actor, displayName: request.session?.user.fullName ?? actor.username };
}
