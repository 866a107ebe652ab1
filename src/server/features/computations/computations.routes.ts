import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  type ComputationView,
  computationListQuerySchema,
  computationListSchema,
  computationSchema,
  createComputationRequestSchema,
  type EditionResultView,
  whatIfSchema,
} from "../../../contracts/frameworks.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import type { Db } from "../../db/client.js";
import { AppError, notFound } from "../../platform/errors.js";
import { auditContext, authorize } from "../../platform/request.js";
import * as frameworksRepo from "../frameworks/frameworks.repo.js";
import * as repo from "./computations.repo.js";
import { createComputation } from "./computations.service.js";
import { whatIfForComputation } from "./what-if.service.js";

type Joined = NonNullable<Awaited<ReturnType<typeof repo.findComputation>>>;

/**
 * An approved cycle's result carries every agency's figures: it is read by whoever may read its
 * cycle in its present state (the Ministry only once the cycle is sent to it).
 */
const mayRead = (actor: Actor, row: Joined) =>
  row.computation.cycleId === null || can(actor, "cycle.read", { cycleStatus: row.cycleStatus ?? "" });

async function readable(db: Db, actor: Actor, id: string): Promise<Joined> {
  const row = await repo.findComputation(db, id);
  if (!row) throw notFound("computation");
  if (!mayRead(actor, row)) throw new AppError("FORBIDDEN");
  return row;
}

async function present(db: Db, row: Joined): Promise<ComputationView> {
  const framework = await frameworksRepo.findFramework(db, row.frameworkCode);
  return {
    id: row.computation.id,
    frameworkCode: row.frameworkCode,
    frameworkName: framework?.name ?? row.frameworkCode,
    version: row.version,
    isCurrentVersion: framework?.currentVersion === row.version,
    orgUnit: { id: row.computation.orgUnitId, name: row.orgUnitName },
    year: row.computation.year,
    supersededBy: row.computation.supersededBy,
    cycleId: row.computation.cycleId,
    withdrawnAt: row.computation.withdrawnAt?.toISOString() ?? null,
    createdAt: row.computation.createdAt.toISOString(),
    result: row.computation.result as EditionResultView,
  };
}

export const computationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "",
    {
      schema: {
        tags: ["computations"],
        summary: "Kết quả đã tính (mới nhất; ?includeSuperseded=true để xem cả kết quả cũ)",
        querystring: computationListQuerySchema,
        response: { 200: computationListSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "computation.read");
      const rows = await repo.listComputations(db, {
        ...request.query,
        includeSuperseded: request.query.includeSuperseded === "true",
      });
      const items = [];
      for (const row of rows.filter((r) => mayRead(actor, r))) {
        const { result, ...rest } = await present(db, row);
        // An incomplete result has no band, whatever an earlier version stored with it.
        items.push({
          ...rest,
          total: result.total,
          band: result.complete ? result.band : null,
          complete: result.complete,
          status: result.status,
        });
      }
      return { items };
    },
  );

  app.post(
    "",
    {
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags: ["computations"],
        summary: "Tính và lưu kết quả một tỉnh, một năm",
        body: createComputationRequestSchema,
        response: { 201: computationSchema },
      },
    },
    async (request, reply) => {
      authorize(request, "computation.run");
      const id = await createComputation(db, request.body, auditContext(request));
      return reply.status(201).send(await present(db, (await repo.findComputation(db, id))!));
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        tags: ["computations"],
        summary: "Một kết quả, từng dòng",
        params: idParamsSchema,
        response: { 200: computationSchema },
      },
    },
    async (request) => {
      const actor = authorize(request, "computation.read");
      return present(db, await readable(db, actor, request.params.id));
    },
  );

  app.get(
    "/:id/what-if",
    {
      schema: {
        tags: ["computations"],
        summary: "Mỗi chỉ số nếu đạt mục tiêu: thêm bao nhiêu điểm, bao nhiêu bậc xếp hạng",
        params: idParamsSchema,
        querystring: z.object({ year: z.coerce.number().int().optional() }),
        response: { 200: whatIfSchema },
      },
    },
    async (request) => {
      await readable(db, authorize(request, "computation.read"), request.params.id);
      return whatIfForComputation(db, request.params.id, request.query.year);
    },
  );
};
