import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  type CurrentUser,
  changePasswordRequestSchema,
  currentUserSchema,
  loginRequestSchema,
} from "../../../contracts/auth.js";
import { okSchema } from "../../../contracts/common.js";
import { globalPermissions } from "../../../domain/auth/permissions.js";
import type { Db } from "../../db/client.js";
import { localeCookie } from "../../platform/locale.js";
import { auditContext, requireActor } from "../../platform/request.js";
import { sessionCookie } from "./auth.hook.js";
import { findFacilityName } from "./auth.repo.js";
import { type AuthSettings, changePassword, login, logout, type ResolvedSession } from "./auth.service.js";

export function presentCurrentUser(session: ResolvedSession, facilityName?: string): CurrentUser {
  const { user, actor } = session;
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: actor.role,
    agency: user.agencyId ? { id: user.agencyId, name: session.agencyName ?? "" } : null,
    facility: user.facilityId ? { id: user.facilityId, name: facilityName ?? "" } : null,
    mustChangePassword: user.mustChangePassword,
    isDemo: user.isDemo,
    permissions: globalPermissions(actor),
  };
}

export interface AuthRouteOptions {
  db: Db;
  settings: AuthSettings;
  cookieSecure: boolean;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (
  app,
  { db, settings, cookieSecure },
) => {
  const cookieOptions = { path: "/", httpOnly: true, sameSite: "strict" as const, secure: cookieSecure };

  app.post(
    "/login",
    {
      config: { public: true },
      schema: { tags: ["auth"], summary: "Đăng nhập", body: loginRequestSchema, response: { 200: okSchema } },
    },
    async (request, reply) => {
      const { token, expiresAt } = await login(db, settings, {
        ...request.body,
        ip: request.ip ?? null,
        userAgent: request.headers["user-agent"] ?? null,
        requestId: String(request.id),
      });
      reply.setCookie(sessionCookie, token, { ...cookieOptions, expires: expiresAt });
      return { ok: true as const };
    },
  );

  app.post(
    "/logout",
    { schema: { tags: ["auth"], summary: "Đăng xuất", response: { 200: okSchema } } },
    async (request, reply) => {
      await logout(db, requireActor(request), auditContext(request));
      reply.clearCookie(sessionCookie, { path: "/" });
      return { ok: true as const };
    },
  );

  app.get(
    "/me",
    {
      schema: {
        tags: ["auth"],
        summary: "Người dùng hiện tại và các quyền của họ",
        response: { 200: currentUserSchema },
      },
    },
    async (request) => {
      requireActor(request);
      const { facilityId } = request.session!.user;
      const facilityName = facilityId ? await findFacilityName(db, facilityId) : undefined;
      return presentCurrentUser(request.session!, facilityName);
    },
  );

  app.post(
    "/password",
    {
      schema: {
        tags: ["auth"],
        summary: "Đổi mật khẩu",
        body: changePasswordRequestSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await changePassword(db, requireActor(request), request.body, auditContext(request));
      return { ok: true as const };
    },
  );

  app.post(
    "/locale/:locale",
    {
      config: { public: true },
      schema: {
        tags: ["auth"],
        summary: "Chọn ngôn ngữ giao diện (vi hoặc en)",
        params: z.object({ locale: z.enum(["vi", "en"]) }),
        response: { 200: okSchema },
      },
    },
    async (request, reply) => {
      reply.setCookie(localeCookie, request.params.locale, {
        path: "/",
        sameSite: "lax",
        maxAge: 365 * 24 * 3600,
      });
      return { ok: true as const };
    },
  );
};
