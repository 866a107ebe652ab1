// A draft plan from a result's what-if: what the application proposes for a cycle or a stored
// result, and the draft created from the indicators the coordinator chose.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  planFromWhatIfSchema,
  planProposalSchema,
  whatIfSourceQuerySchema,
} from "../../../contracts/plan-from-what-if.js";
import { planSchema } from "../../../contracts/plans.js";
import type { Db } from "../../db/client.js";
import { auditContext, authorize, authorizeFirst } from "../../platform/request.js";
import { draftPlanFromWhatIf, planProposal } from "./plan-from-what-if.service.js";
import { getPlan } from "./plans.service.js";

const tags = ["plans"];

export const planFromWhatIfRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/from-what-if",
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary:
          "Đề xuất lập kế hoạch từ phân tích “Nếu cải thiện” của một kỳ đánh giá hoặc một kết quả tính: chỉ số, giá trị đạt điểm tối đa, cơ quan chủ trì",
        querystring: whatIfSourceQuerySchema,
        response: { 200: planProposalSchema },
      },
    },
    async (request) => planProposal(db, request.query, authorize(request, "plan.manage")),
  );

  app.post(
    "/from-what-if",
    {
      preValidation: authorizeFirst("plan.manage"),
      schema: {
        tags,
        summary:
          "Lập dự thảo kế hoạch từ các chỉ số đã chọn của phân tích “Nếu cải thiện”: mỗi chỉ số một chỉ tiêu và một nhiệm vụ",
        body: planFromWhatIfSchema,
        response: { 201: planSchema },
      },
    },
    async (request, reply) => {
      const actor = authorize(request, "plan.manage");
      const id = await draftPlanFromWhatIf(db, request.body, actor, auditContext(request));
      return reply.code(201).send(await getPlan(db, id, actor));
    },
  );
};
