// A save writes its figures and their versions in one statement of array parameters: what was
// typed must come back exactly, however awkward its text or long its decimals, and every
// changed figure gains one version with who, why and from what.
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm } from "../../src/contracts/cycles.js";
import { auditEvents } from "../../src/server/db/schema.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { elementOf, type FormFixture, formFixture, readForm } from "../support/form-workbooks.js";

let t: TestApp;
let f: FormFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await formFixture(t);
});
afterAll(() => t.close());

const awkward = [
  'Bãi "Đồng Tâm" \\ khu {A,B}',
  "NULL",
  "",
  "dòng một\ndòng hai, có dấu phẩy; và ngoặc (1)",
  "Cơ sở 𝔸 – emoji 🌿",
];

describe("saving figures exactly", () => {
  it("keeps list texts and decimals as typed, and one version per changed figure", async () => {
    const valuesUrl = f.formUrl.replace(/\/form$/, "/values");
    const list = awkward.map((name, i) => ({ name, sanitary: i % 2 === 0 }));
    const first = await f.reporterA.put(valuesUrl, {
      values: [
        { element: "landfills", list, baseVersion: null },
        { element: "public_transport_vehicles", number: "1.234.567", baseVersion: null },
        { element: "hazardous_waste_treated_t", number: "83108003,125", baseVersion: null },
      ],
    });
    expect(first.statusCode, first.body).toBe(200);

    const form: AgencyForm = await readForm(f.reporterA, f.formUrl);
    expect(elementOf(form, "landfills").list).toEqual(list);
    expect(elementOf(form, "public_transport_vehicles").number).toBe("1234567");
    expect(elementOf(form, "hazardous_waste_treated_t").number).toBe("83108003.125");

    // A second save changes one figure and repeats the others unchanged.
    const second = await f.reporterA.put(valuesUrl, {
      values: [
        { element: "landfills", list, baseVersion: elementOf(form, "landfills").version },
        {
          element: "public_transport_vehicles",
          number: "200",
          baseVersion: elementOf(form, "public_transport_vehicles").version,
          reason: "Số liệu của Sở Xây dựng, công văn số 12",
        },
      ],
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().saved).toEqual(
      expect.arrayContaining([
        { element: "landfills", version: 1 },
        { element: "public_transport_vehicles", version: 2 },
      ]),
    );

    const history = async (element: string) => {
      const response = await f.reporterA.get(valuesUrl.replace(/\/values$/, `/values/${element}/history`));
      expect(response.statusCode, response.body).toBe(200);
      return response.json().versions as { version: number; number: string | null; reason: string | null }[];
    };
    const vehicles = await history("public_transport_vehicles");
    expect(vehicles.map((v) => [v.version, v.number, v.reason])).toEqual([
      [2, "200", "Số liệu của Sở Xây dựng, công văn số 12"],
      [1, "1234567", null],
    ]);
    expect((await history("landfills")).map((v) => v.version)).toEqual([1]);

    // The second save left its audit event, written by the same statement as the values.
    const [last] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.type, "submission.values_saved"))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(last).toMatchObject({
      entityType: "submission",
      actorUsername: expect.any(String),
      before: { public_transport_vehicles: "1234567" },
      after: { public_transport_vehicles: "200" },
    });
    expect(last!.summary).toContain("Lưu 1 số liệu");
  });
});
