// Child process of the dossier benchmark: a server on a fresh database with one 2020 cycle in
// which one agency reports indicator 07 and may attach documents. Prints what the load
// generator needs as one JSON line, then serves until it is stopped.
import { buildApp } from "../src/server/app.js";
import { openDbFromConfig } from "../src/server/db/open-from-config.js";
import { createAgency } from "../src/server/features/agencies/agencies.service.js";
import { changeAssignments, openCycle } from "../src/server/features/cycles/cycles.service.js";
import { createOrgUnit } from "../src/server/features/org-units/org-units.service.js";
import { bootstrap } from "../src/server/features/system/bootstrap.js";
import { createUser } from "../src/server/features/users/users.service.js";
import { systemContext } from "../src/server/platform/audit.js";
import { loadConfig } from "../src/server/platform/config.js";

const password = process.env.BENCH_PASSWORD ?? "";
const ctx = systemContext("bench");

async function main() {
  const config = loadConfig();
  const database = await openDbFromConfig(config);
  const db = database.db;
  await bootstrap(db, config.ADMIN_INITIAL_PASSWORD);
  const orgUnitId = await createOrgUnit(db, { code: "BENCH-HS", name: "Tỉnh Hồ Sơ", level: "province" }, ctx);
  const agencyId = await createAgency(
    db,
    { code: "BENCH-HS-XD", name: "Sở Xây dựng", kind: "department", orgUnitId, hasHeadSignOff: false },
    ctx,
  );
  const { id: cycleId } = await openCycle(
    db,
    { frameworkCode: "PEPI-2782", orgUnitId, year: 2020, deadlines: { submissionDue: "2021-02-20" } },
    ctx,
  );
  await changeAssignments(
    db,
    cycleId,
    { add: [{ agencyId, elementCode: "public_transport_vehicles" }], remove: [] },
    ctx,
  );
  for (const [username, role] of [
    ["bench.hs.baocao", "reporter"],
    ["bench.hs.dieuphoi", "coordinator"],
  ] as const)
    await createUser(
      db,
      { username, fullName: username, role, agencyId: role === "reporter" ? agencyId : null, password },
      ctx,
      { preparedPassword: true },
    );
  const app = await buildApp({ config, database });
  const base = await app.listen({ host: "127.0.0.1", port: config.PORT });
  console.log(JSON.stringify({ base, cycleId, agencyId }));
  stopOnSignal(app, database);
}

function stopOnSignal(app: { close(): Promise<unknown> }, database: { close(): Promise<unknown> }) {
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
