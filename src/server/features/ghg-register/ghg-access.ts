// Reading one register facility: the department reads every one, a sector department only the
// facilities it follows (refused on another's, and on one the register does not hold).
import type { FastifyRequest } from "fastify";
import type { Db } from "../../db/client.js";
import type { SignedInActor } from "../../platform/context.js";
import { authorize } from "../../platform/request.js";
import * as repo from "./ghg-register.repo.js";

export async function authorizeFacility(db: Db, request: FastifyRequest, id: string): Promise<SignedInActor> {
  const facility = await repo.findFacility(db, id);
  return authorize(request, "ghg.read", { agencyId: facility?.agencyId ?? null });
}
