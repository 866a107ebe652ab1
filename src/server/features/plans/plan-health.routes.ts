// How the plans stand (the leader's home) and an agency's progress reports over time (its page).
// Registered inside the plan-content routes, which keep the cache of the province's facts.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  agencyQuerySchema,
  agencyReportHistorySchema,
  planHealthSchema,
} from "../../../contracts/plan-health.js";
import type { Db } from "../../db/client.js";
import { authorize, authorizeFirst } from "../../platform/request.js";
import type { FactsReader } from "./plan-content.service.js";
import { agencyReportHistory, plansHealth } from "./plan-health.service.js";

const tags = ["plans"];

export function planHealthRoutes(app: FastifyInstance, db: Db, readFacts: FactsReader) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    "/health",
    {
      preValidation: authorizeFirst("standing.read"),
      schema: {
        tags,
        summary: "Tình hình các kế hoạch đã ban hành: chỉ tiêu, nhiệm vụ chậm, cơ quan chưa báo cáo",
        response: { 200: planHealthSchema },
      },
    },
    async (request) => plansHealth(db, authorize(request, "standing.read"), readFacts),
  );

  typed.get(
    "/agency-reports",
    {
      preValidation: authorizeFirst("plan.read"),
      schema: {
        tags,
        summary: "Các kỳ báo cáo tiến độ của một cơ quan qua các kế hoạch, và báo cáo đến đúng hạn hay trễ",
        querystring: agencyQuerySchema,
        response: { 200: agencyReportHistorySchema },
      },
    },
    async (request) => {
      authorize(request, "planReport.read", { agencyId: request.query.agencyId });
      return agencyReportHistory(db, request.query.agencyId);
    },
  );
}
