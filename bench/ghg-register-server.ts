// Child process of the greenhouse-gas register benchmark: a server on a fresh database holding a
// province's register of 300 facilities on the 2022 and 2024 lists, each with five years of
// reports (activity data due 2022–2026, each with its computed figures by gas and scope, six
// activity lines), followed by five departments. Prints what the load generator needs as one
// JSON line, then serves until stopped.
import { randomUUID } from "node:crypto";
import { buildApp } from "../src/server/app.js";
import { openDbFromConfig } from "../src/server/db/open-from-config.js";
import {
  ghgFacilities,
  ghgFacilityListings,
  ghgLists,
  ghgReports,
  ghgReportVersions,
} from "../src/server/db/schema.js";
import { createAgency } from "../src/server/features/agencies/agencies.service.js";
import { createOrgUnit } from "../src/server/features/org-units/org-units.service.js";
import { bootstrap } from "../src/server/features/system/bootstrap.js";
import { createUser } from "../src/server/features/users/users.service.js";
import { systemContext } from "../src/server/platform/audit.js";
import { loadConfig } from "../src/server/platform/config.js";

const benchPassword = process.env.BENCH_PASSWORD ?? "";
const ctx = systemContext("bench");
const facilityCount = 300;
const reportYears = [2022, 2023, 2024, 2025, 2026];
const sectors = [
  "energy",
  "industrial_processes",
  "construction",
  "waste",
  "transport",
  "agriculture_forestry_land_use",
];
const ministries = ["industry_trade", "construction", "agriculture_environment", "transport"];

/** A report's computed result as the reports feature stores it: one year, six lines, three gases. */
function result(year: number, scale: number) {
  const lines = Array.from({ length: 6 }, (_, i) => ({
    row: i + 1,
    year,
    label: i === 0 ? "Điện mua từ lưới" : `Nhiên liệu ${i}`,
    scope: i === 0 ? "indirect_electricity" : "direct",
    gas: (["CO2", "CH4", "N2O"] as const)[i % 3],
    tonnes: scale * (i + 1),
    co2e: scale * (i + 1) * (i % 3 === 0 ? 1 : i % 3 === 1 ? 28 : 265),
    factor: {
      code: `f-${i}`,
      value: 0.6592,
      unit: "tCO2/MWh",
      source: "Cục Biến đổi khí hậu",
      document: "Công văn số 1726/BĐKH-TTBVTOD",
      validFrom: year,
      validTo: year,
      status: "confirmed",
    },
  }));
  const co2e = lines.reduce((sum, l) => sum + l.co2e, 0);
  return {
    period: { from: year, to: year },
    gwp: { code: "AR5", name: "IPCC AR5", values: { CO2: 1, CH4: 28, N2O: 265 } },
    years: [
      {
        year,
        gases: {
          CO2: { tonnes: scale * 5, co2e: scale * 5 },
          CH4: { tonnes: scale * 7, co2e: scale * 7 * 28 },
          N2O: { tonnes: scale * 9, co2e: scale * 9 * 265 },
        },
        other: 0,
        scopes: { direct: co2e - lines[0]!.co2e, indirect_electricity: lines[0]!.co2e },
        total: co2e,
      },
    ],
    lines,
    warnings: [],
  };
}

async function main() {
  const config = loadConfig();
  const database = await openDbFromConfig(config);
  const db = database.db;
  await bootstrap(db, config.ADMIN_INITIAL_PASSWORD);
  const provinceId = await createOrgUnit(
    db,
    { code: "BENCH-DN", name: "Tỉnh Đồng Nai", level: "province" },
    ctx,
  );
  const agencyIds: string[] = [];
  for (const [i, name] of [
    "Sở Công Thương",
    "Sở Xây dựng",
    "Sở Nông nghiệp và Môi trường",
    "Sở Tài chính",
    "Sở Y tế",
  ].entries())
    agencyIds.push(
      await createAgency(
        db,
        {
          code: `BENCH-CQ${i + 1}`,
          name,
          kind: i === 2 ? "environment_department" : "department",
          orgUnitId: provinceId,
          hasHeadSignOff: false,
        },
        ctx,
      ),
    );
  const list2022 = randomUUID();
  const list2024 = randomUUID();
  await db.insert(ghgLists).values([
    {
      id: list2022,
      code: "01/2022/QĐ-TTg",
      title: "Danh mục 2022",
      signedOn: "2022-01-18",
      effectiveFrom: "2022-01-18",
    },
    {
      id: list2024,
      code: "13/2024/QĐ-TTg",
      title: "Danh mục 2024",
      signedOn: "2024-08-13",
      effectiveFrom: "2024-10-01",
      replacesListId: list2022,
    },
  ]);
  for (let i = 0; i < facilityCount; i++) {
    const id = randomUUID();
    const sector = sectors[i % sectors.length]!;
    const ministry = ministries[i % ministries.length]!;
    const name = `Công ty TNHH Sản xuất Đo tải số ${i + 1}`;
    const address = `Khu công nghiệp số ${i % 30}, Phường Trấn Biên, Tỉnh Đồng Nai`;
    await db.insert(ghgFacilities).values({
      id,
      name,
      taxCode: `36${String(10_000_000 + i)}`,
      address,
      listedAddress: address,
      sector,
      ministry,
      quotaStatus: i % 25 === 0 ? "allocated" : "none",
      agencyId: agencyIds[i % agencyIds.length],
      contactEmail: `coso${i}@example.vn`,
    });
    await db.insert(ghgFacilityListings).values(
      [list2022, list2024].map((listId) => ({
        id: randomUUID(),
        facilityId: id,
        listId,
        name,
        address,
        sector,
        ministry,
      })),
    );
    for (const year of reportYears) {
      const reportId = randomUUID();
      await db.insert(ghgReports).values({
        id: reportId,
        facilityId: id,
        ruleCode: "activity-data",
        kind: "activity_data",
        year,
        periodFrom: year - 1,
        periodTo: year - 1,
        status: year < 2025 ? "accepted" : "under_appraisal",
        // One in seven late, the rest within March.
        receivedOn: i % 7 === 0 ? `${year}-04-15` : `${year}-03-${String(10 + (i % 18)).padStart(2, "0")}`,
        receivedVia: "recorded",
      });
      await db.insert(ghgReportVersions).values({
        id: randomUUID(),
        reportId,
        number: 1,
        gwpCode: "AR5",
        lines: [],
        result: result(year - 1, 100 + i),
      });
    }
  }
  await createUser(
    db,
    {
      username: "bench.coordinator",
      fullName: "Đo tải điều phối",
      role: "coordinator",
      agencyId: null,
      password: benchPassword,
    },
    ctx,
    { preparedPassword: true },
  );
  const app = await buildApp({ config, database });
  const address = await app.listen({ host: "127.0.0.1", port: config.PORT });
  console.log(JSON.stringify({ base: address, coordinator: "bench.coordinator" }));
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
