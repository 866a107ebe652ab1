// A small greenhouse-gas register written straight into the database, for the picture's tests:
// three facilities listed in 2022 (one with a quota, one dropped by the 2024 list) and their
// reports on time, late or missing, with figures appraised, determined by the province, or not yet.
import { randomUUID } from "node:crypto";
import type { Db } from "../../src/server/db/client.js";
import { ghgFacilityListings, ghgLists, ghgReports, ghgReportVersions } from "../../src/server/db/schema.js";
import type { ProvinceAgencies } from "./cycle-factories.js";
import { makeFacility } from "./facility-account.js";

async function list(db: Db, code: string, effectiveFrom: string) {
  const id = randomUUID();
  await db.insert(ghgLists).values({ id, code, title: `Danh mục ${code}`, effectiveFrom });
  return id;
}

/** A report of a facility as the department records it, with its figures by year (and the province's own). */
export async function seedReport(
  db: Db,
  facilityId: string,
  values: { rule: "activity-data" | "inventory-report"; year: number; receivedOn: string; status?: string },
  years: { year: number; total: number }[],
  determined?: { year: number; total: number }[],
) {
  const id = randomUUID();
  const covered = years.map((y) => y.year);
  await db.insert(ghgReports).values({
    id,
    facilityId,
    ruleCode: values.rule,
    kind: values.rule === "activity-data" ? "activity_data" : "inventory_report",
    year: values.year,
    periodFrom: Math.min(...covered),
    periodTo: Math.max(...covered),
    status: values.status ?? "received",
    receivedOn: values.receivedOn,
    receivedVia: "recorded",
    determined: determined
      ? { years: determined, reason: "Sở xác định lại theo hệ số phát thải lưới điện" }
      : null,
  });
  await db.insert(ghgReportVersions).values({
    id: randomUUID(),
    reportId: id,
    number: 1,
    gwpCode: "AR5",
    lines: [],
    result: { years },
  });
}

/** The three facilities' ids. */
export async function seedPictureRegister(db: Db, agencies: ProvinceAgencies) {
  const ids = { energy: "", waste: "", construction: "" };
  const list2022 = await list(db, "01/2022/QĐ-TTg", "2022-01-18");
  const list2024 = await list(db, "13/2024/QĐ-TTg", "2024-10-01");
  ids.energy = await makeFacility(db, {
    name: "Nhà máy Nhiệt điện Thử",
    quotaStatus: "allocated",
    quotaSector: "thermal_power",
    agencyId: agencies.industry,
  });
  ids.waste = await makeFacility(db, {
    name: "Khu xử lý chất thải Thử",
    sector: "waste",
    ministry: "natural_resources_environment",
    agencyId: agencies.environment,
  });
  ids.construction = await makeFacility(db, {
    name: "Nhà máy Xi măng Thử",
    sector: "construction",
    ministry: "construction",
    delistedByListId: list2024,
  });
  for (const facilityId of Object.values(ids)) {
    await db.insert(ghgFacilityListings).values({
      id: randomUUID(),
      facilityId,
      listId: list2022,
      name: "Tên trong danh mục",
      address: "Đồng Nai",
      sector: "energy",
      ministry: "industry_trade",
    });
  }
  // Activity data falls due on 31/3 each year from 2023.
  await seedReport(db, ids.energy, { rule: "activity-data", year: 2023, receivedOn: "2023-03-20" }, [
    { year: 2022, total: 11_000 },
  ]);
  await seedReport(
    db,
    ids.energy,
    { rule: "activity-data", year: 2024, receivedOn: "2024-04-15", status: "accepted" },
    [{ year: 2023, total: 12_500.5 }],
  );
  await seedReport(
    db,
    ids.energy,
    { rule: "inventory-report", year: 2025, receivedOn: "2025-03-30", status: "under_appraisal" },
    [
      { year: 2023, total: 12_600 },
      { year: 2024, total: 13_000 },
    ],
  );
  await seedReport(
    db,
    ids.waste,
    { rule: "activity-data", year: 2023, receivedOn: "2023-03-31", status: "determined" },
    [{ year: 2022, total: 4_000 }],
    [{ year: 2022, total: 4_100 }],
  );
  return ids;
}
