import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  accountImportResultSchema,
  createUserRequestSchema,
  createUserResponseSchema,
  resetPasswordResponseSchema,
  type User,
  updateUserRequestSchema,
  userListQuerySchema,
  userListSchema,
  userSchema,
} from "../../../contracts/users.js";
import { visibleAgencyFilter } from "../../../domain/auth/permissions.js";
import type { Role } from "../../../domain/auth/roles.js";
import type { Db } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import { heavyWork } from "../../platform/heavy-work.js";
import { auditContext, authorize } from "../../platform/request.js";
import { readSheetRows } from "../../reports/sheet-rows.js";
import { readWorkbookUpload } from "../forms/form-upload.read.js";
import * as repo from "./users.repo.js";
import { createUser, resetPassword, updateUser } from "./users.service.js";
import { importAccounts } from "./users-import.service.js";

function presentUser({ user, agencyName, facilityName }: repo.UserWithAgency): User {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    role: user.role as Role,
    agency: user.agencyId ? { id: user.agencyId, name: agencyName ?? "" } : null,
    facility: user.facilityId ? { id: user.facilityId, name: facilityName ?? "" } : null,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    isDemo: user.isDemo,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    updatedAt: user.updatedAt.toISOString(),
  };
}

async function loadUser(db: Db, id: string): Promise<User> {
  const found = await repo.findUserWithAgency(db, id);
  if (!found) throw notFound("user");
  return presentUser(found);
}

export const userRoutes: FastifyPluginAsyncZod<{ db: Db; maxUploadBytes: number }> = async (
  app,
  { db, maxUploadBytes },
) => {
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: maxUploadBytes } });
  app.get(
    "",
    {
      schema: {
        tags: ["users"],
        summary: "Danh sách người dùng",
        querystring: userListQuerySchema,
        response: { 200: userListSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "user.list");
      const onlyAgency = visibleAgencyFilter(actor);
      const rows = await repo.listUsers(db, {
        ...request.query,
        agencyId: onlyAgency ?? request.query.agencyId,
      });
      return { items: rows.map(presentUser) };
    },
  );

  app.post(
    "",
    {
      schema: {
        tags: ["users"],
        summary: "Thêm người dùng",
        body: createUserRequestSchema,
        response: { 201: createUserResponseSchema },
      },
    },
    async (request, reply) => {
      authorize(request, "user.manage");
      const { id, temporaryPassword } = await createUser(db, request.body, auditContext(request));
      return reply.status(201).send({ user: await loadUser(db, id), temporaryPassword });
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        tags: ["users"],
        summary: "Một người dùng",
        params: idParamsSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      // Who may read no user at all learns nothing, not even whether the id exists.
      authorize(request, "user.list");
      const user = await loadUser(db, request.params.id);
      authorize(request, "user.read", { agencyId: user.agency?.id ?? null });
      return user;
    },
  );

  app.patch(
    "/:id",
    {
      schema: {
        tags: ["users"],
        summary: "Sửa người dùng",
        params: idParamsSchema,
        body: updateUserRequestSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "user.manage");
      await updateUser(db, request.params.id, request.body, actor.userId, auditContext(request));
      return loadUser(db, request.params.id);
    },
  );

  app.post(
    "/:id/reset-password",
    {
      schema: {
        tags: ["users"],
        summary: "Đặt lại mật khẩu (trả về mật khẩu tạm một lần)",
        params: idParamsSchema,
        response: { 200: resetPasswordResponseSchema },
      },
    },
    async (request) => {
      authorize(request, "user.manage");
      return { temporaryPassword: await resetPassword(db, request.params.id, auditContext(request)) };
    },
  );

  app.post(
    "/import",
    {
      schema: {
        tags: ["users"],
        summary:
          "Tạo tài khoản từ danh sách (multipart/form-data, một tệp .csv hoặc .xlsx: Tên đăng nhập, Họ và tên, Vai trò, Mã cơ quan, Thư điện tử, Mã số thuế cơ sở cho tài khoản của cơ sở phát thải); trả về mật khẩu tạm một lần",
        response: { 200: accountImportResultSchema },
      },
    },
    async (request) => {
      authorize(request, "user.manage");
      const { fileName, content } = await readWorkbookUpload(request, maxUploadBytes);
      const rows = await heavyWork.run(() => readSheetRows(fileName, content));
      return importAccounts(db, rows, fileName, auditContext(request));
    },
  );
};
