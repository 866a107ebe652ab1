// Improvement plans: the list (every role of the province reads them), a plan added and its
// record changed by the coordinator. One plan with what it holds: plan-content.routes.ts.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import { planInputSchema, planListSchema, planSchema, planUpdateSchema } from "../../../contracts/plans.js";
import type { Db } from "../../db/client.js";
import { auditContext, authorize, authorizeFirst } from "../../platform/request.js";
import { createPlan, getPlan, listPlans, updatePlan } from "./plans.service.js";

const tags = ["plans"];

export const planRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "",
    { schema: { tags, summary: "Các kế hoạch cải thiện", response: { 200: planListSchema } } },
    async (request) => listPlans(db, authorize(request, "plan.read")),
  );

  app.post(
    "",
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: { tags, summary: "Thêm kế hoạch", body: planInputSchema, response: { 201: planSchema } },
    },
    async (request, reply) => {
      const actor = authorize(request, "plan.manage");
      const id = await createPlan(db, request.body, auditContext(request));
      return reply.code(201).send(await getPlan(db, id, actor));
    },
  );

  app.patch(
    "/:id",
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary: "Sửa kế hoạch (phiên bản đã đổi thì bị từ chối)",
        params: idParamsSchema,
        body: planUpdateSchema,
        response: { 200: planSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "plan.manage");
      await updatePlan(db, request.params.id, request.body, auditContext(request));
      return getPlan(db, request.params.id, actor);
    },
  );
};
