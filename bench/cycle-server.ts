// Child process of the cycle benchmark: a server on a fresh database holding one cycle with 25
// agencies, 20 of which report 41 figures each, and one reporter per agency. Prints what the
// load generator needs as one JSON line, then serves until it is stopped.
import { buildApp } from "../src/server/app.js";
import { openDbFromConfig } from "../src/server/db/open-from-config.js";
import { createAgency } from "../src/server/features/agencies/agencies.service.js";
import {
  changeAssignments,
  cycleFramework,
  openCycle,
} from "../src/server/features/cycles/cycles.service.js";
import { createOrgUnit } from "../src/server/features/org-units/org-units.service.js";
import { bootstrap } from "../src/server/features/system/bootstrap.js";
import { createUser } from "../src/server/features/users/users.service.js";
import { systemContext } from "../src/server/platform/audit.js";
import { loadConfig } from "../src/server/platform/config.js";

const benchPassword = process.env.BENCH_PASSWORD ?? "";
const ctx = systemContext("bench");

async function main() {
  const config = loadConfig();
  const database = await openDbFromConfig(config);
  const db = database.db;
  await bootstrap(db, config.ADMIN_INITIAL_PASSWORD);
  const provinceId = await createOrgUnit(
    db,
    { code: "BENCH-TINH", name: "Tỉnh Đo Tải", level: "province" },
    ctx,
  );
  const agencyIds: string[] = [];
  for (let i = 1; i <= 25; i++) {
    const code = String(i).padStart(2, "0");
    agencyIds.push(
      await createAgency(
        db,
        {
          code: `BENCH-${code}`,
          name: `Cơ quan đo tải ${code}`,
          kind: "department",
          orgUnitId: provinceId,
          hasHeadSignOff: false,
        },
        ctx,
      ),
    );
  }
  // Year 2020: the edition with all 26 indicators and 41 reported figures.
  const { id: cycleId } = await openCycle(
    db,
    {
      frameworkCode: "PEPI-2782",
      orgUnitId: provinceId,
      year: 2020,
      deadlines: { submissionDue: "2021-02-20" },
    },
    ctx,
  );
  const { byElement } = await cycleFramework(db, "PEPI-2782", "2020");
  const elements = [...byElement.keys()];
  const add = agencyIds.flatMap((agencyId, i) =>
    (i < 20 ? elements : elements.slice(0, 5)).map((elementCode) => ({ agencyId, elementCode })),
  );
  await changeAssignments(db, cycleId, { add, remove: [] }, ctx);
  const reporters = [];
  for (const [i, agencyId] of agencyIds.slice(0, 20).entries()) {
    const username = `bench.baocao${i + 1}`;
    await createUser(
      db,
      { username, fullName: `Báo cáo ${i + 1}`, role: "reporter", agencyId, password: benchPassword },
      ctx,
      { preparedPassword: true },
    );
    reporters.push({ username, agencyId });
  }
  await createUser(
    db,
    {
      username: "bench.dieuphoi",
      fullName: "Điều phối",
      role: "coordinator",
      agencyId: null,
      password: benchPassword,
    },
    ctx,
    { preparedPassword: true },
  );

  const app = await buildApp({ config, database });
  const address = await app.listen({ host: "127.0.0.1", port: config.PORT });
  console.log(
    JSON.stringify({
      base: address,
      cycleId,
      reporters,
      coordinator: "bench.dieuphoi",
      elementCount: elements.length,
    }),
  );
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
