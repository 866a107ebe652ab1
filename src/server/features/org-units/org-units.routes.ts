import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  createOrgUnitRequestSchema,
  type OrgUnit,
  orgUnitListSchema,
  orgUnitQuerySchema,
  orgUnitSchema,
} from "../../../contracts/org-units.js";
import type { Db } from "../../db/client.js";
import { auditContext, authorize } from "../../platform/request.js";
import * as repo from "./org-units.repo.js";
import { createOrgUnit } from "./org-units.service.js";

function presentOrgUnit(row: repo.OrgUnitRow): OrgUnit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level as OrgUnit["level"],
    parentId: row.parentId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    successorId: row.successorId,
    isDemo: row.isDemo,
  };
}

export const orgUnitRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "",
    {
      schema: {
        tags: ["org-units"],
        summary: "Danh sách đơn vị hành chính",
        querystring: orgUnitQuerySchema,
        response: { 200: orgUnitListSchema },
      },
    },
    async (request) => {
      authorize(request, "orgUnit.read");
      const rows = await repo.listOrgUnits(db, request.query);
      return { items: rows.map(presentOrgUnit) };
    },
  );

  app.post(
    "",
    {
      schema: {
        tags: ["org-units"],
        summary: "Thêm đơn vị hành chính",
        body: createOrgUnitRequestSchema,
        response: { 201: orgUnitSchema },
      },
    },
    async (request, reply) => {
      authorize(request, "orgUnit.manage");
      const id = await createOrgUnit(db, request.body, auditContext(request));
      return reply.status(201).send(presentOrgUnit((await repo.findOrgUnit(db, id))!));
    },
  );
};
