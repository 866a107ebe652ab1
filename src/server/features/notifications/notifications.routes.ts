// Each signed-in person's own notifications; any role. Another person's id is simply not found.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  idParamsSchema,
  type NotificationView,
  notificationListSchema,
  notificationQuerySchema,
  unreadCountSchema,
} from "../../../contracts/notifications.js";
import type { Db } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import { requireActor } from "../../platform/request.js";
import {
  countUnread,
  listForUser,
  markAllRead,
  markRead,
  type NotificationRow,
} from "./notifications.repo.js";

const present = (row: NotificationRow): NotificationView => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

export const notificationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "",
    {
      schema: {
        tags: ["notifications"],
        summary: "Thông báo của người đang đăng nhập, mới nhất trước, kèm số chưa đọc",
        querystring: notificationQuerySchema,
        response: { 200: notificationListSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { items, unread } = await listForUser(db, actor.userId, request.query.limit);
      return { items: items.map(present), unread };
    },
  );

  app.post(
    "/:id/read",
    {
      schema: {
        tags: ["notifications"],
        summary: "Đánh dấu một thông báo của mình là đã đọc",
        params: idParamsSchema,
        response: { 200: unreadCountSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!(await markRead(db, actor.userId, request.params.id, new Date()))) throw notFound("notification");
      return { unread: await countUnread(db, actor.userId) };
    },
  );

  app.post(
    "/read-all",
    {
      schema: {
        tags: ["notifications"],
        summary: "Đánh dấu mọi thông báo của mình là đã đọc",
        response: { 200: unreadCountSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await markAllRead(db, actor.userId, new Date());
      return { unread: 0 };
    },
  );
};
