// What-if for a result not stored: computed in the browser from the breakdown and the
// published scores of the year, with the same rule the server uses.
import type { EditionResultView } from "../../../contracts/frameworks.js";
import { whatIfTable } from "../../../domain/results/what-if-table.js";
import type { PublishedResult } from "../published/published.api.js";
import type { WhatIfView } from "./computations.api.js";

export function whatIfFromResult(
  result: EditionResultView,
  published: PublishedResult[],
  provinceCount: number,
  year: number,
  province?: string,
): WhatIfView {
  const scores = published.map((p) => ({ province: p.province, total: p.total, rank: p.rank }));
  return whatIfTable(result, scores, provinceCount, year, province);
}
