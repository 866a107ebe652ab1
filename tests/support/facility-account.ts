// A greenhouse-gas facility of the register and its own account, signed in, for the tests of the
// facility account's isolation (its API test and the access matrix).
import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../../src/server/db/client.js";
import { ghgFacilities, ghgReports } from "../../src/server/db/schema.js";
import { createUser } from "../../src/server/features/users/users.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { type TestApp, TestClient } from "./app.js";
import { testPassword } from "./factories.js";

const unique = () => randomBytes(3).toString("hex");

/** A facility as a confirmed list would leave it; `values` overrides any field. */
export async function makeFacility(
  db: Db,
  values: Partial<typeof ghgFacilities.$inferInsert> = {},
): Promise<string> {
  const id = randomUUID();
  await db.insert(ghgFacilities).values({
    id,
    name: `Nhà máy Thử ${unique()}`,
    taxCode: `03${Math.floor(Math.random() * 1e8)
      .toString()
      .padStart(8, "0")}`,
    address: "Phường Trấn Biên, Tỉnh Đồng Nai",
    listedAddress: "Biên Hòa, Đồng Nai",
    sector: "energy",
    ministry: "industry_trade",
    ...values,
  });
  return id;
}

/** A report of the facility as the department records one when it arrives. */
export async function makeFacilityReport(db: Db, facilityId: string, year = 2025): Promise<string> {
  const id = randomUUID();
  await db.insert(ghgReports).values({
    id,
    facilityId,
    ruleCode: "activity-data",
    kind: "activity_data",
    year,
    periodFrom: year - 1,
    periodTo: year - 1,
    receivedOn: `${year}-03-20`,
    receivedVia: "recorded",
  });
  return id;
}

/** The facility's own account, created as the administrator would (its password already chosen). */
export async function makeFacilityUser(
  db: Db,
  facilityId: string,
): Promise<{ id: string; username: string; password: string }> {
  const username = `coso.${unique()}`;
  const { id } = await createUser(
    db,
    { username, fullName: `Cơ sở ${username}`, role: "facility", facilityId, password: testPassword },
    systemContext("test"),
    { preparedPassword: true },
  );
  return { id, username, password: testPassword };
}

/** The facility's own account, signed in. */
export async function facilityClient(
  t: TestApp,
  facilityId: string,
): Promise<TestClient & { userId: string; username: string }> {
  const { id, username } = await makeFacilityUser(t.database.db, facilityId);
  const client = new TestClient(t.app);
  const response = await client.login(username, testPassword);
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
  return Object.assign(client, { userId: id, username });
}
