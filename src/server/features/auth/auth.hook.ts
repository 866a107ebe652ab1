// Resolves the session cookie on every API request and refuses, by default, any route that is
// not marked public when there is no live session.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Db } from "../../db/client.js";
import type { TableChanges } from "../../db/table-changes.js";
import { AppError } from "../../platform/errors.js";
import { type AuthSettings, createSessionCache, resolveSession } from "./auth.service.js";

export const sessionCookie = "pepi_session";

/** Who one is, signing out and changing the password: all a person with a temporary password may do. */
const beforePasswordChange = new Set([
  "GET /api/auth/me",
  "POST /api/auth/logout",
  "POST /api/auth/password",
]);
const allowedBeforePasswordChange = (request: FastifyRequest) =>
  beforePasswordChange.has(`${request.method} ${request.routeOptions.url}`);

export function registerSessionHook(
  app: FastifyInstance,
  db: Db,
  settings: AuthSettings,
  changes: TableChanges | null,
) {
  const sessions = createSessionCache(changes);
  app.decorateRequest("session", null);
  // Before validation, so that a request without a session is refused whatever its body.
  app.addHook("preValidation", async (request, reply) => {
    if (!request.url.startsWith("/api/") || request.is404) return;
    const token = request.cookies[sessionCookie];
    if (token) {
      request.session = (await resolveSession(db, settings, sessions, token)) ?? null;
      if (!request.session) reply.clearCookie(sessionCookie, { path: "/" });
    }
    // The API document describes routes, not data; it is readable without signing in.
    if (request.routeOptions.config.public || request.url.startsWith("/api/docs")) return;
    if (!request.session) throw new AppError(token ? "SESSION_EXPIRED" : "UNAUTHENTICATED");
    // A temporary or first password opens nothing but the way to change it.
    if (request.session.user.mustChangePassword && !allowedBeforePasswordChange(request))
      throw new AppError("PASSWORD_CHANGE_REQUIRED");
  });
}
