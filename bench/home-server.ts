// Child process of the home benchmark: a server on a fresh database holding a real province
// (Lâm Đồng, in the registry before and after the 2025 merger) with six assessment years
// 2020–2025 (the past five approved), every figure filled, and published PEPI and PGI results
// for every province of every year. Prints what the load generator needs as one JSON line, then serves until stopped.

import { eq } from "drizzle-orm";
import type { ValueInput } from "../src/contracts/cycles.js";
import { eraOfYear, provincesOf } from "../src/domain/org/provinces.js";
import { buildApp } from "../src/server/app.js";
import type { Db } from "../src/server/db/client.js";
import { openDbFromConfig } from "../src/server/db/open-from-config.js";
import { submissions } from "../src/server/db/schema.js";
import { createAgency } from "../src/server/features/agencies/agencies.service.js";
import { findCycle, listAssignments } from "../src/server/features/cycles/cycles.repo.js";
import {
  changeAssignments,
  cycleFramework,
  openCycle,
  transitionCycle,
} from "../src/server/features/cycles/cycles.service.js";
import { saveValues } from "../src/server/features/cycles/values.service.js";
import { createOrgUnit } from "../src/server/features/org-units/org-units.service.js";
import { importPublished } from "../src/server/features/published/published.service.js";
import { bootstrap } from "../src/server/features/system/bootstrap.js";
import { createUser } from "../src/server/features/users/users.service.js";
import { systemContext } from "../src/server/platform/audit.js";
import { loadConfig } from "../src/server/platform/config.js";
import { sampleRows } from "./sample-rows.js";

const benchPassword = process.env.BENCH_PASSWORD ?? "";
const ctx = systemContext("bench");
const years = [2020, 2021, 2022, 2023, 2024, 2025];

/** The agencies the PEPI frameworks name, so that opening a cycle assigns every figure. */
const agencyList: [
  string,
  "environment_department" | "department" | "board" | "statistics_office" | "utility",
][] = [
  ["Sở Nông nghiệp và Môi trường", "environment_department"],
  ["Sở Xây dựng", "department"],
  ["Sở Y tế", "department"],
  ["Sở Công Thương", "department"],
  ["Sở Nội vụ", "department"],
  ["Sở Tài chính", "department"],
  ["Ban Quản lý các khu công nghiệp tỉnh", "board"],
  ["Thống kê tỉnh", "statistics_office"],
  ["Công ty cổ phần Cấp thoát nước", "utility"],
];

/**
 * Every assigned figure of a cycle: wholes large and parts a share of them that grows with the
 * year (so totals move), lists of three rows, bounded figures (the survey) within their bounds.
 */
async function fillCycle(
  db: Db,
  cycle: { id: string; frameworkCode: string; editionCode: string; year: number },
  /** Takes the figures no agency was assigned (the survey score, a draft framework's figures). */
  environment: string,
) {
  const { id: cycleId, frameworkCode, editionCode, year } = cycle;
  const { framework, byElement } = await cycleFramework(db, frameworkCode, editionCode);
  const defs = new Map(framework.def.dataElements.map((e) => [e.code, e]));
  const assigned = await listAssignments(db, cycleId);
  const codes = new Set(assigned.map((a) => a.elementCode));
  const missing = [...byElement.keys()].filter((code) => !codes.has(code));
  if (missing.length)
    await changeAssignments(
      db,
      cycleId,
      { add: missing.map((elementCode) => ({ agencyId: environment, elementCode })), remove: [] },
      ctx,
    );
  const byAgency = new Map<string, string[]>();
  for (const a of await listAssignments(db, cycleId))
    byAgency.set(a.agencyId, [...(byAgency.get(a.agencyId) ?? []), a.elementCode]);
  const share = 0.55 + (year - 2020) * 0.06;
  for (const [agencyId, elements] of byAgency) {
    const values = elements.flatMap((code, i): ValueInput[] => {
      const def = defs.get(code);
      if (!def) return [];
      if (def.kind === "list") return [{ element: code, list: sampleRows(def.fields), baseVersion: null }];
      if (def.max !== undefined)
        return [{ element: code, number: String(def.max * share), baseVersion: null }];
      const whole = /population|households|generated|received|required|planned|total|supplied/.test(code);
      const number = whole ? 1_000_000 : Math.round(1_000_000 * share) + i;
      return [{ element: code, number: String(number), baseVersion: null }];
    });
    await saveValues(db, cycleId, agencyId, values, { ...ctx, displayName: "Đo tải" });
  }
}

/** Published totals and ranks for every province of a year's era (PEPI out of 100, PGI of 40 with its sub-indices). */
function publishedCsv(kind: "pepi" | "pgi", year: number): string {
  const era = eraOfYear(year);
  const provinces = provincesOf(era);
  const top = kind === "pepi" ? 85 : 30;
  const lines = provinces.map((p, i) => {
    const total = (top - (i * (kind === "pepi" ? 40 : 16)) / provinces.length).toFixed(2);
    const source = "https://example.gov.vn/bench";
    // Four sub-indices that add up to the total, in another order than it (their ranks unpublished).
    const subs = [0.3, -0.1, -0.4, 0.2].map((shift, k) =>
      (Number(total) / 4 + (((i + k) % 3) - 1) * shift).toFixed(2),
    );
    return kind === "pepi"
      ? `${year},${p.shortName},${total},${i + 1},${source}`
      : `${year},${p.shortName},${subs.join(",")},${total},${i + 1},${source}`;
  });
  const header =
    kind === "pepi"
      ? "year,province,total_score,rank,source_url"
      : "year,province,sub1,sub2,sub3,sub4,total,rank,source_url";
  return [header, ...lines].join("\n");
}

async function main() {
  const config = loadConfig();
  const database = await openDbFromConfig(config);
  const db = database.db;
  await bootstrap(db, config.ADMIN_INITIAL_PASSWORD);
  const provinceId = await createOrgUnit(
    db,
    { code: "BENCH-LD", name: "Tỉnh Lâm Đồng", level: "province" },
    ctx,
  );
  const agencyIds: string[] = [];
  for (const [i, [name, kind]] of agencyList.entries())
    agencyIds.push(
      await createAgency(
        db,
        { code: `BENCH-CQ${i + 1}`, name, kind, orgUnitId: provinceId, hasHeadSignOff: false },
        ctx,
      ),
    );
  for (const year of years) {
    const frameworkCode = year <= 2023 ? "PEPI-2782" : "PEPI-383";
    const { id } = await openCycle(
      db,
      { frameworkCode, orgUnitId: provinceId, year, deadlines: { submissionDue: `${year + 1}-02-20` } },
      ctx,
    );
    await fillCycle(db, (await findCycle(db, id))!, agencyIds[0]!);
    // Past years are approved, as in a province that has used PEPI Hub for years; the agencies'
    // acceptance is set directly (the review workflow is not what is measured here).
    if (year < years.at(-1)!) {
      await db.update(submissions).set({ status: "accepted" }).where(eq(submissions.cycleId, id));
      await transitionCycle(db, id, "sendForApproval", ctx);
      await transitionCycle(db, id, "approve", ctx);
    }
  }
  for (const year of years) {
    await importPublished(
      db,
      { kind: "pepi", fileName: `pepi-${year}.csv`, content: publishedCsv("pepi", year), replace: true },
      ctx,
    );
    if (year >= 2022)
      await importPublished(
        db,
        { kind: "pgi", fileName: `pgi-${year}.csv`, content: publishedCsv("pgi", year), replace: true },
        ctx,
      );
  }
  for (const role of ["leader", "coordinator"] as const)
    await createUser(
      db,
      {
        username: `bench.${role}`,
        fullName: `Đo tải ${role}`,
        role,
        agencyId: null,
        password: benchPassword,
      },
      ctx,
      { preparedPassword: true },
    );

  const app = await buildApp({ config, database });
  const address = await app.listen({ host: "127.0.0.1", port: config.PORT });
  console.log(JSON.stringify({ base: address, leader: "bench.leader", coordinator: "bench.coordinator" }));
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
