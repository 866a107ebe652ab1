// Where effort pays most for a stored result: each indicator brought to full points, with the
// points and rank places it would gain against a year's published PEPI totals.
import type { EditionResultView } from "../../../contracts/frameworks.js";
import { type WhatIfTable, whatIfTable } from "../../../domain/results/what-if-table.js";
import type { Db } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import { findFramework } from "../frameworks/frameworks.repo.js";
import { latestPublishedYear, provinceCountFor, publishedScores } from "../published/published.service.js";
import * as repo from "./computations.repo.js";
import type { StoredInputs } from "./computations.service.js";

export async function whatIfForComputation(
  db: Db,
  id: string,
  requestedYear?: number,
): Promise<WhatIfTable<EditionResultView["indicators"][number]["name"]>> {
  const row = await repo.findComputation(db, id);
  if (!row) throw notFound("computation");
  const result = row.computation.result as EditionResultView;
  // Only PEPI has published totals to rank against; a province's own framework has none.
  const ranked = (await findFramework(db, row.frameworkCode))?.kind === "pepi";
  const year = ranked
    ? (requestedYear ?? (await latestPublishedYear(db, "pepi", row.computation.year)))
    : null;
  const published = year === null ? [] : await publishedScores(db, "pepi", year);
  const province = (row.computation.inputs as StoredInputs).province;
  return whatIfTable(result, published, provinceCountFor(year ?? row.computation.year), year, province);
}
