// Child process of the documents memory benchmark: the demonstration province grown to a real
// province's size after 2025 (its departments and 150 more communes, 165 agencies or so), and a
// year of QĐ 2782 with every figure filled in, lists included, and every indicator explained. Prints
// what the load generator needs as one JSON line, then serves until it is stopped.
import { buildApp } from "../src/server/app.js";
import { openDbFromConfig } from "../src/server/db/open-from-config.js";
import { cycles } from "../src/server/db/schema.js";
import { createAgency } from "../src/server/features/agencies/agencies.service.js";
import { findCycle, listAssignments } from "../src/server/features/cycles/cycles.repo.js";
import {
  changeAssignments,
  cycleFramework,
  openCycle,
} from "../src/server/features/cycles/cycles.service.js";
import { saveIndicatorExplanation } from "../src/server/features/cycles/indicator-explanations.service.js";
import { saveValues } from "../src/server/features/cycles/values.service.js";
import { bootstrap } from "../src/server/features/system/bootstrap.js";
import { loadDemo } from "../src/server/features/system/demo.service.js";
import { systemContext } from "../src/server/platform/audit.js";
import { loadConfig } from "../src/server/platform/config.js";
import { sampleRows } from "./sample-rows.js";

const password = process.env.BENCH_PASSWORD ?? "";
const ctx = systemContext("bench");
export const addedCommunes = 154;
/** Rows of each list figure of a department (hospitals, clusters, landfills); a commune has three. */
const listRows = 12;

async function main() {
  const config = loadConfig();
  const database = await openDbFromConfig(config);
  const db = database.db;
  await bootstrap(db, config.ADMIN_INITIAL_PASSWORD);
  await loadDemo(db, password, ctx);
  const [demo] = await db.select().from(cycles).limit(1);
  if (!demo) throw new Error("the demonstration cycle is missing");
  // A year of QĐ 2782: 26 indicators, nine of them read from lists (facilities, landfills…).
  const { id: cycleId } = await openCycle(
    db,
    {
      frameworkCode: "PEPI-2782",
      orgUnitId: demo.orgUnitId,
      year: 2020,
      deadlines: { submissionDue: "2021-02-20" },
    },
    ctx,
  );
  const cycle = (await findCycle(db, cycleId))!;
  const { framework, byIndicator } = await cycleFramework(db, cycle.frameworkCode, cycle.editionCode);
  const communeElements = framework.def.dataElements
    .filter((e) => e.agencies.includes("UBND cấp xã") && !e.formula)
    .map((e) => e.code);
  const add: { agencyId: string; elementCode: string }[] = [];
  const communes = new Set<string>();
  for (let n = 1; n <= addedCommunes; n++) {
    const agencyId = await createAgency(
      db,
      {
        code: `BENCH-XA-${n}`,
        name: `UBND Xã Thử Nghiệm Số ${n}`,
        kind: "commune_committee",
        orgUnitId: cycle.orgUnitId,
        hasHeadSignOff: false,
      },
      ctx,
    );
    communes.add(agencyId);
    for (const elementCode of communeElements) add.push({ agencyId, elementCode });
  }
  await changeAssignments(db, cycle.id, { add, remove: [] }, ctx);

  const defs = new Map(framework.def.dataElements.map((e) => [e.code, e]));
  const byAgency = new Map<string, string[]>();
  for (const a of await listAssignments(db, cycle.id))
    byAgency.set(a.agencyId, [...(byAgency.get(a.agencyId) ?? []), a.elementCode]);
  let figures = 0;
  for (const [agencyId, elements] of byAgency) {
    const values = elements.map((code, i) => {
      const def = defs.get(code)!;
      if (def.kind === "list") {
        const rows = Array.from({ length: communes.has(agencyId) ? 1 : listRows / 3 }, () =>
          sampleRows(def.fields),
        ).flat();
        return { element: code, list: rows, baseVersion: null };
      }
      return { element: code, number: String(1_000 + i * 10), baseVersion: null };
    });
    await saveValues(db, cycle.id, agencyId, values, { ...ctx, displayName: "Đo tải" });
    figures += values.length;
  }
  const explanation =
    "Kết quả năm nay thay đổi do mở rộng phạm vi thống kê theo hướng dẫn mới của Bộ và do các xã, " +
    "phường sau sắp xếp đơn vị hành chính lần đầu báo cáo riêng phần địa bàn của mình. ";
  for (const code of byIndicator.keys())
    await saveIndicatorExplanation(
      db,
      cycle.id,
      code,
      { body: explanation.repeat(3), previousBody: "" },
      null,
      ctx,
    );

  const app = await buildApp({ config, database });
  const base = await app.listen({ host: "127.0.0.1", port: config.PORT });
  console.log(JSON.stringify({ base, cycleId: cycle.id, agencies: byAgency.size, figures }));
  process.on("SIGTERM", async () => {
    await app.close();
    await database.close();
    process.exit(0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
