// The greenhouse-gas obligations' endpoints: the rules (read, edited, reset), a facility's
// calendar, the facilities late or missing by department, and the two-yearly review of the list.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  ghgCalendarQuerySchema,
  ghgCalendarSchema,
  ghgOverdueQuerySchema,
  ghgOverdueSchema,
  ghgReviewInputSchema,
  ghgReviewSchema,
  ghgReviewsSchema,
  ghgReviewUpdateSchema,
  ghgRowVersionSchema,
  ghgRuleCodeParamsSchema,
  ghgRulesSchema,
  ghgRuleUpdateSchema,
  ghgRuleViewSchema,
} from "../../../contracts/ghg-obligations.js";
import { can } from "../../../domain/auth/permissions.js";
import type { Db } from "../../db/client.js";
import { auditContext, authorize, authorizeFirst } from "../../platform/request.js";
import { authorizeFacility } from "../ghg-register/ghg-access.js";
import { createReview, listReviews, updateReview } from "./ghg-reviews.service.js";
import { resetRule, ruleViews, updateRule } from "./obligation-rules.service.js";
import { facilityCalendar, overdueByAgency } from "./obligations.service.js";

const tags = ["ghg"];

export const ghgObligationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/obligation-rules",
    {
      schema: {
        tags,
        summary: "Các quy tắc nghĩa vụ và thời hạn của cơ sở, với căn cứ, nguồn và phần chưa xác nhận",
        response: { 200: ghgRulesSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.read", { listing: true });
      return { items: await ruleViews(db) };
    },
  );

  app.put(
    "/obligation-rules/:code",
    {
      preValidation: authorizeFirst("ghg.manage"),
      schema: {
        tags,
        summary:
          "Sửa hạn, năm áp dụng, chu kỳ, cơ sở áp dụng, tình trạng xác nhận và ghi chú của một quy tắc",
        params: ghgRuleCodeParamsSchema,
        body: ghgRuleUpdateSchema,
        response: { 200: ghgRuleViewSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.manage");
      return updateRule(db, request.params.code, request.body, auditContext(request));
    },
  );

  app.post(
    "/obligation-rules/:code/reset",
    {
      preValidation: authorizeFirst("ghg.manage"),
      schema: {
        tags,
        summary: "Đưa một quy tắc về bản phát hành cùng PEPI Hub",
        params: ghgRuleCodeParamsSchema,
        body: ghgRowVersionSchema,
        response: { 200: ghgRuleViewSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.manage");
      return resetRule(db, request.params.code, request.body.rowVersion, auditContext(request));
    },
  );

  app.get(
    "/facilities/:id/obligations",
    {
      schema: {
        tags,
        summary:
          "Lịch nghĩa vụ của một cơ sở theo năm: phải nộp gì, hạn nào, đã nộp đúng hạn, trễ hay còn thiếu",
        params: idParamsSchema,
        querystring: ghgCalendarQuerySchema,
        response: { 200: ghgCalendarSchema },
      },
    },
    async (request) => {
      await authorizeFacility(db, request, request.params.id);
      return facilityCalendar(db, request.params.id, request.query);
    },
  );

  app.get(
    "/overdue",
    {
      schema: {
        tags,
        summary: "Các cơ sở nộp chậm hoặc còn thiếu trong một năm, theo cơ quan theo dõi",
        querystring: ghgOverdueQuerySchema,
        response: { 200: ghgOverdueSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "ghg.read", { listing: true });
      // A sector department sees the facilities it follows.
      const only = can(actor, "ghg.read") ? undefined : (actor.agencyId ?? "");
      return overdueByAgency(db, request.query.year, new Date(), only);
    },
  );

  app.get(
    "/reviews",
    {
      schema: {
        tags,
        summary: "Các đợt rà soát danh mục hai năm một lần",
        response: { 200: ghgReviewsSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.read", { listing: true });
      return { items: await listReviews(db) };
    },
  );

  app.post(
    "/reviews",
    {
      preValidation: authorizeFirst("ghg.manage"),
      schema: {
        tags,
        summary: "Tạo một đợt rà soát danh mục: hạn, các sở được giao",
        body: ghgReviewInputSchema,
        response: { 200: ghgReviewSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.manage");
      return createReview(db, request.body, auditContext(request));
    },
  );

  app.patch(
    "/reviews/:id",
    {
      preValidation: authorizeFirst("ghg.manage"),
      schema: {
        tags,
        summary: "Cập nhật một đợt rà soát: hạn, các sở, tình trạng, ghi chú",
        params: idParamsSchema,
        body: ghgReviewUpdateSchema,
        response: { 200: ghgReviewSchema },
      },
    },
    async (request) => {
      authorize(request, "ghg.manage");
      return updateReview(db, request.params.id, request.body, auditContext(request));
    },
  );
};
