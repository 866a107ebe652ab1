// Authorisation about one cycle, with its state: the Ministry's viewer reads a cycle and its
// documents only once it is sent to the Ministry. Every route about one cycle's reading goes
// through here, so none can forget the state.
import type { FastifyRequest } from "fastify";
import type { Action } from "../../../domain/auth/permissions.js";
import type { DbOrTx } from "../../db/client.js";
import type { SignedInActor } from "../../platform/context.js";
import { authorize } from "../../platform/request.js";
import { loadCycle } from "./guards.js";

export async function authorizeOnCycle(
  request: FastifyRequest,
  db: DbOrTx,
  cycleId: string,
  action: Action,
): Promise<{ actor: SignedInActor; cycle: Awaited<ReturnType<typeof loadCycle>> }> {
  // First for any cycle at all: whoever may never do this learns nothing, not even that it exists.
  authorize(request, action, { listing: true });
  const cycle = await loadCycle(db, cycleId);
  return { actor: authorize(request, action, { cycleStatus: cycle.status }), cycle };
}
