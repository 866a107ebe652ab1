// Who takes part in a cycle's work, as the trail and the review thread name them.

import { eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { DbOrTx } from "../../db/client.js";
import { users } from "../../db/schema.js";
import { auditContext, requireActor } from "../../platform/request.js";
import type { Participant } from "./workflow.service.js";

export async function participantOf(db: DbOrTx, request: FastifyRequest): Promise<Participant> {
  const actor = requireActor(request);
  const [user] = await db.select({ fullName: users.fullName }).from(users).where(eq(users.id, actor.userId));
  return { ...auditContext(request), actor, displayName: user?.fullName ?? actor.username };
}
