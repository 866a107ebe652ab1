// The province's figure is the sum of its communes' parts: the coordinator sees each part, the
// communes that have not reported marked, on the screen's endpoint and in the Excel export.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ElementParts } from "../../src/contracts/cycles.js";
import { createAgency } from "../../src/server/features/agencies/agencies.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, signedInClient, type TestApp } from "../support/app.js";
import { makeAssignedCycle, makeCycleProvince } from "../support/cycle-factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("a figure reported in parts by the communes", () => {
  it("adds up the parts entered and marks the communes yet to report", async () => {
    const { provinceId } = await makeCycleProvince(t.database.db);
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const agency = {
        code: `XA-P${n}-${provinceId.slice(0, 6)}`,
        name: `UBND xã Phần ${n}`,
        orgUnitId: provinceId,
      };
      ids.push(
        await createAgency(
          t.database.db,
          { ...agency, kind: "commune_committee", hasHeadSignOff: false },
          systemContext("test"),
        ),
      );
    }
    const element = "solid_waste_generated_t_day";
    const cycleId = await makeAssignedCycle(
      t.database.db,
      provinceId,
      Object.fromEntries(ids.map((id) => [id, [element]])),
      { only: true },
    );
    for (const [i, number] of [
      [0, "12,5"],
      [1, "7,5"],
    ] as const) {
      const reporter = await signedInClient(t, "reporter", ids[i]!);
      const saved = await reporter.put(`/api/cycles/${cycleId}/agencies/${ids[i]}/values`, {
        values: [{ element, number, baseVersion: null }],
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }

    const coordinator = await signedInClient(t, "coordinator");
    const response = await coordinator.get(`/api/cycles/${cycleId}/elements/${element}/parts`);
    expect(response.statusCode, response.body).toBe(200);
    const parts: ElementParts = response.json();
    expect(parts.total).toBe(20);
    expect(parts.missing).toBe(1);
    expect(parts.parts.map((p) => [p.agency.name, p.value, p.state])).toEqual([
      ["UBND xã Phần 1", 12.5, "entered"],
      ["UBND xã Phần 2", 7.5, "entered"],
      ["UBND xã Phần 3", null, "missing"],
    ]);
    const reporter = await signedInClient(t, "reporter", ids[0]!);
    expect((await reporter.get(`/api/cycles/${cycleId}/elements/${element}/parts`)).statusCode).toBe(403);

    const exported = await coordinator.get(`/api/cycles/${cycleId}/export?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Tổng các phần")!;
    const row = sheet.getRow(2).values as unknown[];
    expect(row.slice(1)).toEqual([
      "Khối lượng chất thải rắn sinh hoạt phát sinh",
      "tấn/ngày",
      20,
      3,
      2,
      1,
      "UBND xã Phần 3",
    ]);
  });
});
