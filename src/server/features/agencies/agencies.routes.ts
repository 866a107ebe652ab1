import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  type Agency,
  type AgencyKind,
  agencyListSchema,
  agencySchema,
  createAgencyRequestSchema,
  updateAgencyRequestSchema,
} from "../../../contracts/agencies.js";
import { idParamsSchema } from "../../../contracts/common.js";
import { type Actor, permissionsOn, visibleAgencyFilter } from "../../../domain/auth/permissions.js";
import type { Db } from "../../db/client.js";
import type { TableChanges } from "../../db/table-changes.js";
import { notFound } from "../../platform/errors.js";
import { auditContext, authorize } from "../../platform/request.js";
import { TableCache } from "../../platform/table-cache.js";
import * as repo from "./agencies.repo.js";
import { createAgency, updateAgency } from "./agencies.service.js";

const byVietnameseName = new Intl.Collator("vi").compare;

function presentAgency({ agency, orgUnit, userCount }: repo.AgencyWithUnit, actor: Actor): Agency {
  return {
    id: agency.id,
    code: agency.code,
    name: agency.name,
    shortName: agency.shortName,
    kind: agency.kind as AgencyKind,
    orgUnit,
    hasHeadSignOff: agency.hasHeadSignOff,
    active: agency.active,
    isDemo: agency.isDemo,
    successorAgencyId: agency.successorAgencyId,
    userCount,
    updatedAt: agency.updatedAt.toISOString(),
    allowedActions: permissionsOn(actor, { agencyId: agency.id }, [
      "agency.read",
      "agency.manage",
      "user.list",
    ]),
  };
}

export const agencyRoutes: FastifyPluginAsyncZod<{ db: Db; changes: TableChanges | null }> = async (
  app,
  { db, changes },
) => {
  // Every page's menu and filters read the agencies: kept, in Vietnamese order, until one changes.
  const lists = new TableCache<repo.AgencyWithUnit[]>(changes, ["agencies", "org_units", "users"]);
  const listAgencies = (onlyAgencyId: string | null) =>
    lists.get(onlyAgencyId ?? "*", async () =>
      (await repo.listAgencies(db, onlyAgencyId)).sort((a, b) =>
        byVietnameseName(a.agency.name, b.agency.name),
      ),
    );

  app.get(
    "",
    { schema: { tags: ["agencies"], summary: "Danh sách cơ quan", response: { 200: agencyListSchema } } },
    async (request) => {
      const actor = authorize(request, "agency.list");
      const rows = (await listAgencies(visibleAgencyFilter(actor))) ?? [];
      return { items: rows.map((row) => presentAgency(row, actor)) };
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        tags: ["agencies"],
        summary: "Một cơ quan",
        params: idParamsSchema,
        response: { 200: agencySchema },
      },
    },
    async (request) => {
      // Permission first, so that another agency's page is refused whether it exists or not.
      const actor = authorize(request, "agency.read", { agencyId: request.params.id });
      const found = await repo.findAgencyWithUnit(db, request.params.id);
      if (!found) throw notFound("agency");
      return presentAgency(found, actor);
    },
  );

  app.post(
    "",
    {
      schema: {
        tags: ["agencies"],
        summary: "Thêm cơ quan",
        body: createAgencyRequestSchema,
        response: { 201: agencySchema },
      },
    },
    async (request, reply) => {
      const actor = authorize(request, "agency.manage");
      const id = await createAgency(db, request.body, auditContext(request));
      const found = await repo.findAgencyWithUnit(db, id);
      return reply.status(201).send(presentAgency(found!, actor));
    },
  );

  app.patch(
    "/:id",
    {
      schema: {
        tags: ["agencies"],
        summary: "Sửa cơ quan",
        params: idParamsSchema,
        body: updateAgencyRequestSchema,
        response: { 200: agencySchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "agency.manage");
      await updateAgency(db, request.params.id, request.body, auditContext(request));
      const found = await repo.findAgencyWithUnit(db, request.params.id);
      if (!found) throw notFound("agency");
      return presentAgency(found, actor);
    },
  );
};
