// Greenhouse-gas reports' test fixtures: a facility of the register written straight into the
// database, its own account signed in, and an inventory report whose tCO2e the tests work out by hand.
import { randomUUID } from "node:crypto";
import type { GhgReportDetail } from "../../src/contracts/ghg-reports.js";
import { ghgFacilities, users } from "../../src/server/db/schema.js";
import { hashPassword } from "../../src/server/platform/passwords.js";
import { type TestApp, TestClient } from "./app.js";
import { testPassword } from "./factories.js";

export async function insertFacility(
  t: TestApp,
  id: string,
  name: string,
  extra: Partial<typeof ghgFacilities.$inferInsert> = {},
) {
  await t.database.db.insert(ghgFacilities).values({
    id,
    name,
    address: "KCN Nhơn Trạch, Đồng Nai",
    listedAddress: "KCN Nhơn Trạch, Đồng Nai",
    sector: "industrial_processes",
    ministry: "industry_trade",
    ...extra,
  });
}

/** A facility's own account, made as the users screen would (role facility, its facility). */
export async function facilityClient(t: TestApp, facilityId: string): Promise<TestClient> {
  const username = `coso.${facilityId.slice(0, 6)}`;
  await t.database.db.insert(users).values({
    id: randomUUID(),
    username,
    fullName: `Cán bộ cơ sở ${facilityId.slice(0, 6)}`,
    role: "facility",
    facilityId,
    passwordHash: await hashPassword(testPassword),
  });
  const client = new TestClient(t.app);
  const response = await client.login(username, testPassword);
  if (response.statusCode !== 200) throw new Error(response.body);
  return client;
}

// The facility's own factors for diesel (IPCC 2006 stationary combustion), each with its source.
const ipcc = {
  source: "IPCC 2006, Tập 2, Bảng 2.2",
  document: "Quyết định 2626/QĐ-BTNMT",
  validFrom: 2023,
  validTo: 2024,
};
export const dieselFactors = [
  { code: "do-co2", name: "Dầu DO, CO2", gas: "CO2", value: 74.1, unit: "tCO2/TJ", ...ipcc },
  { code: "do-ch4", name: "Dầu DO, CH4", gas: "CH4", value: 3, unit: "kgCH4/TJ", ...ipcc },
  { code: "do-n2o", name: "Dầu DO, N2O", gas: "N2O", value: 0.6, unit: "kgN2O/TJ", ...ipcc },
];
export const diesel = ["do-co2", "do-ch4", "do-n2o"];
export const inventory = {
  ruleCode: "inventory-report",
  year: 2025,
  receivedOn: "2025-03-20",
  gwpCode: "AR5",
  lines: [
    {
      year: 2023,
      label: "Điện mua từ lưới",
      scope: "indirect_electricity",
      amount: 1000,
      unit: "MWh",
      factors: ["grid-vn-2023"],
    },
    { year: 2023, label: "Dầu DO cho lò hơi", scope: "direct", amount: "10", unit: "TJ", factors: diesel },
    {
      year: 2024,
      label: "Điện mua từ lưới",
      scope: "indirect_electricity",
      amount: "1.200",
      unit: "MWh",
      factors: ["grid-vn-2024"],
    },
    { year: 2024, label: "Dầu DO cho lò hơi", scope: "direct", amount: 8, unit: "TJ", factors: diesel },
  ],
  factors: dieselFactors,
  declared: [
    { year: 2023, total: 1402.6 },
    { year: 2024, total: 1500 },
  ],
};

export const detail = (r: { json(): unknown }) => r.json() as GhgReportDetail;
