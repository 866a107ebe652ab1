// The e-mail outbox for the admin and the coordinator: what is queued, sent, failed or unsent,
// and sending one again by hand.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  idParamsSchema,
  outboxMessageSchema,
  outboxPageSchema,
  outboxQuerySchema,
} from "../../../contracts/notifications.js";
import type { Db } from "../../db/client.js";
import { auditContext, authorize } from "../../platform/request.js";
import { listOutbox } from "./outbox.repo.js";
import { presentOutbox, resendOutboxMessage } from "./outbox.service.js";

export const outboxRoutes: FastifyPluginAsyncZod<{ db: Db; mailEnabled: boolean }> = async (
  app,
  { db, mailEnabled },
) => {
  app.get(
    "",
    {
      schema: {
        tags: ["notifications"],
        summary: "Hàng đợi thư điện tử (lọc theo trạng thái, phân trang)",
        querystring: outboxQuerySchema,
        response: { 200: outboxPageSchema },
      },
    },
    async (request) => {
      authorize(request, "outbox.read");
      const now = new Date();
      const { items, total } = await listOutbox(db, request.query, now);
      return { total, mailEnabled, items: items.map((r) => presentOutbox(r.message, r, now)) };
    },
  );

  app.post(
    "/:id/resend",
    {
      schema: {
        tags: ["notifications"],
        summary: "Gửi lại một thư không gửi được hoặc không rõ đã gửi chưa",
        params: idParamsSchema,
        response: { 200: outboxMessageSchema },
      },
    },
    async (request) => {
      authorize(request, "outbox.resend");
      return resendOutboxMessage(db, request.params.id, auditContext(request));
    },
  );
};
