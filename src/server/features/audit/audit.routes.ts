import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { auditPageSchema, auditQuerySchema } from "../../../contracts/audit.js";
import type { Db } from "../../db/client.js";
import { authorize } from "../../platform/request.js";
import { findAuditEvents } from "./audit.repo.js";

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "",
    {
      schema: {
        tags: ["audit"],
        summary: "Nhật ký thay đổi (lọc theo loại, đối tượng, người thực hiện, ngày)",
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      authorize(request, "audit.read");
      const { items, total } = await findAuditEvents(db, request.query);
      return {
        total,
        items: items.map((row) => ({
          id: row.id,
          at: row.at.toISOString(),
          type: row.type,
          actorUserId: row.actorUserId,
          actorUsername: row.actorUsername,
          requestId: row.requestId,
          entityType: row.entityType,
          entityId: row.entityId,
          summary: row.summary,
          before: row.before ?? null,
          after: row.after ?? null,
        })),
      };
    },
  );
};
