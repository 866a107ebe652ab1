// Computing a province-year under a framework version: on request (nothing stored) or stored
// with its inputs so that it can be shown later and recomputed under a newer version.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { computeRequestSchema, EditionResultView } from "../../../contracts/frameworks.js";
import { partsAboveWholes } from "../../../domain/cycle/checks.js";
import type { FormulaInputs } from "../../../domain/formula/index.js";
import { type CompiledFramework, editionForYear } from "../../../domain/framework/compile.js";
import { computeEdition } from "../../../domain/framework/compute.js";
import { checkInputs } from "../../../domain/framework/inputs.js";
import { eraOfYear, matchProvince } from "../../../domain/org/provinces.js";
import { estimateRank } from "../../../domain/results/ranking.js";
import { formatNumberVi } from "../../../domain/text/format-vi.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import { loadVersion } from "../frameworks/frameworks.service.js";
import { findOrgUnit } from "../org-units/org-units.repo.js";
import { latestPublishedYear, provinceCountFor, publishedScores } from "../published/published.service.js";
import * as repo from "./computations.repo.js";
import { presentResult, statusOfResult } from "./result.present.js";

type ComputeRequest = z.infer<typeof computeRequestSchema>;

/** What a stored computation keeps, so that it can be recomputed exactly. */
export interface StoredInputs {
  inputs: FormulaInputs;
  lastYear?: Record<string, number | null>;
  province?: string;
}

function chooseEdition(framework: CompiledFramework, request: { edition?: string; year?: number }) {
  if (request.edition) {
    if (!framework.editions.has(request.edition))
      throw new AppError("EDITION_NOT_FOUND", { what: `mã “${request.edition}”` });
    return request.edition;
  }
  if (request.year === undefined) {
    throw new AppError("VALIDATION_FAILED", {}, [
      { field: "edition", message: "Cần chọn phiên bản áp dụng hoặc năm đánh giá" },
    ]);
  }
  const edition = editionForYear(framework, request.year);
  if (!edition) throw new AppError("EDITION_NOT_FOUND", { what: `năm ${request.year}` });
  return edition.def.code;
}

async function rankFor(
  db: DbOrTx,
  framework: CompiledFramework,
  totalHundredths: number,
  year?: number,
  province?: string,
) {
  if (framework.def.kind !== "pepi" && framework.def.kind !== "pgi") return null;
  if (year === undefined) return null;
  const kind = framework.def.kind;
  const publishedYear = await latestPublishedYear(db as Db, kind, year);
  if (publishedYear === null) return null;
  const estimate = estimateRank(
    await publishedScores(db as Db, kind, publishedYear),
    totalHundredths / 100,
    provinceCountFor(publishedYear),
    province ? matchProvince(province, eraOfYear(publishedYear))?.code : undefined,
    kind === "pgi" ? 40 : 100,
  );
  return estimate ? { ...estimate, year: publishedYear } : null;
}

export async function evaluate(
  db: DbOrTx,
  framework: CompiledFramework,
  version: number,
  editionCode: string,
  stored: StoredInputs,
  year?: number,
): Promise<EditionResultView> {
  const result = computeEdition(framework, editionCode, stored.inputs, { lastYear: stored.lastYear });
  // Only a complete total is ranked against other provinces' totals.
  const complete = statusOfResult(framework, result).complete;
  const rank = complete ? await rankFor(db, framework, result.totalHundredths, year, stored.province) : null;
  return presentResult(
    framework,
    version,
    result,
    stored.inputs,
    checkInputs(framework.def, stored.inputs),
    rank,
  );
}

/**
 * The same checks an agency form makes (whole, not negative, within bounds such as the survey's
 * 30 points, a part not above its whole): a computation with any of them is refused, naming the
 * figure, never scored.
 */
function refuseInvalidInputs(framework: CompiledFramework, editionCode: string, inputs: FormulaInputs) {
  const names = new Map(framework.def.dataElements.map((e) => [e.code, e.name.vi]));
  const name = (code: string) => names.get(code) ?? code;
  const problems = checkInputs(framework.def, inputs).map((issue) => ({
    field: `inputs.${issue.element}${issue.item ? `[${issue.item - 1}]` : ""}${issue.field ? `.${issue.field}` : ""}`,
    message: `${name(issue.element)}${issue.item ? `, dòng ${issue.item}` : ""}: ${issue.message}`,
  }));
  if (problems.length === 0) {
    const { derived } = computeEdition(framework, editionCode, inputs);
    for (const found of partsAboveWholes(framework, inputs, derived))
      problems.push({
        field: `inputs.${found.part}`,
        message: `${name(found.part)}: không được lớn hơn “${name(found.whole)}” (${formatNumberVi(found.partValue)} > ${formatNumberVi(found.wholeValue)})`,
      });
  }
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems);
}

export async function computeForRequest(
  db: Db,
  code: string,
  request: ComputeRequest,
): Promise<EditionResultView> {
  const loaded = await loadVersion(db, code);
  if (!loaded.framework.def.computed) throw new AppError("FRAMEWORK_NOT_COMPUTED", { code });
  const edition = chooseEdition(loaded.framework, request);
  refuseInvalidInputs(loaded.framework, edition, request.inputs);
  return evaluate(db, loaded.framework, loaded.row.version, edition, request, request.year);
}

export async function createComputation(
  db: Db,
  request: ComputeRequest & { framework: string; orgUnitId: string; year: number },
  ctx: AuditContext,
): Promise<string> {
  const loaded = await loadVersion(db, request.framework);
  if (!loaded.framework.def.computed)
    throw new AppError("FRAMEWORK_NOT_COMPUTED", { code: request.framework });
  const unit = await findOrgUnit(db, request.orgUnitId);
  if (!unit) throw notFound("orgUnit");
  const edition = chooseEdition(loaded.framework, request);
  refuseInvalidInputs(loaded.framework, edition, request.inputs);
  const stored: StoredInputs = {
    inputs: request.inputs,
    lastYear: request.lastYear,
    province: request.province,
  };
  const result = await evaluate(db, loaded.framework, loaded.row.version, edition, stored, request.year);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const previous = await repo.findCurrentFor(tx, request.framework, request.orgUnitId, request.year, {
      byHand: true,
    });
    await repo.insertComputation(tx, {
      id,
      frameworkVersionId: loaded.row.id,
      editionCode: edition,
      orgUnitId: request.orgUnitId,
      year: request.year,
      inputs: stored,
      result,
      totalHundredths: Math.round(result.total * 100),
      createdBy: ctx.actorUserId,
      createdAt: new Date(),
    });
    if (previous) await repo.markSuperseded(tx, previous.computation.id, id);
    await recordAudit(tx, ctx, {
      type: "computation.created",
      entityId: id,
      summary: `Tính ${request.framework} năm ${request.year} cho ${unit.name}: ${result.total.toLocaleString("vi-VN")} điểm`,
      after: { version: loaded.row.version, total: result.total, complete: result.complete },
    });
  });
  return id;
}
