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
import { estimateRank, whatIf } from "../../../domain/results/ranking.js";
import type { Db } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import { auditContext, authorize } from "../../platform/request.js";
import * as frameworksRepo from "../frameworks/frameworks.repo.js";
import { latestPublishedYear, provinceCountFor, publishedScores } from "../published/published.service.js";
import * as repo from "./computations.repo.js";
import { createComputation, type StoredInputs } from "./computations.service.js";

type Joined = NonNullable<Awaited<ReturnType<typeof repo.findComputation>>>;

async function present(db: Db, row: Joined): Promise<ComputationView> {
  const framework = await frameworksRepo.findFramework(db, row.frameworkCode);
  return {
    id: row.computation.id,
    frameworkCode: row.frameworkCode,
    version: row.version,
    isCurrentVersion: framework?.currentVersion === row.version,
    orgUnit: { id: row.computation.orgUnitId, name: row.orgUnitName },
    year: row.computation.year,
    supersededBy: row.computation.supersededBy,
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
      authorize(request, "computation.read");
      const rows = await repo.listComputations(db, {
        ...request.query,
        includeSuperseded: request.query.includeSuperseded === "true",
      });
      const items = [];
      for (const row of rows) {
        const { result, ...rest } = await present(db, row);
        items.push({ ...rest, total: result.total, band: result.band, complete: result.complete });
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
      authorize(request, "computation.read");
      const row = await repo.findComputation(db, request.params.id);
      if (!row) throw notFound("computation");
      return present(db, row);
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
      authorize(request, "computation.read");
      const row = await repo.findComputation(db, request.params.id);
      if (!row) throw notFound("computation");
      const result = row.computation.result as EditionResultView;
      // Only PEPI has published totals to rank against; a province's own framework has none.
      const framework = await frameworksRepo.findFramework(db, row.frameworkCode);
      const ranked = framework?.kind === "pepi";
      const year = ranked ? (request.query.year ?? (await latestPublishedYear(db, "pepi", row.computation.year))) : null;
      const published = year === null ? [] : await publishedScores(db, "pepi", year);
      const count = provinceCountFor(year ?? row.computation.year);
      const province = (row.computation.inputs as StoredInputs).province;
      const totalHundredths = Math.round(result.total * 100);
      const withYear = <T extends object>(rank: T | null) =>
        rank && year !== null ? { ...rank, year } : null;
      const rows = whatIf(
        result.indicators
          .filter((i) => i.status !== "not_assessed")
          .map((i) => ({
            code: i.code,
            hundredths: Math.round(i.points * 100),
            maxHundredths: Math.round(i.maxPoints * 100),
          })),
        totalHundredths,
        published,
        count,
        province,
      );
      const byCode = new Map(result.indicators.map((i) => [i.code, i]));
      return {
        total: result.total,
        rank: withYear(estimateRank(published, result.total, count, province)),
        rows: rows.map((r) => {
          const line = byCode.get(r.code)!;
          return {
            code: r.code,
            name: line.name,
            points: line.points,
            maxPoints: line.maxPoints,
            gain: r.gainHundredths / 100,
            newTotal: r.totalHundredths / 100,
            rank: withYear(r.rank),
            rankGain: r.rankGain,
          };
        }),
      };
    },
  );
};
