// The commune of a register facility, matched from its address against the communes of the
// department's province: set when a list adds the facility and when the department edits the
// address; left unknown when no commune matches.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GhgFacilityDetail, GhgFacilitySummary, GhgImport } from "../../src/contracts/ghg-register.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { annexWorkbook, nationalAnnex, ownFacilities } from "../support/ghg-annex.js";

let t: TestApp;
let coordinator: TestClient;
const own = ownFacilities(3).map((f, i) => ({
  ...f,
  address: [
    "Số 1 đường 25B, Xã Bắc, Tỉnh Đồng Nai",
    "Ấp 2, xa nam, Đồng Nai",
    "KCN Nhơn Trạch, tỉnh Đồng Nai",
  ][i]!,
}));

beforeAll(async () => {
  t = await createTestApp();
  const province = await makeCycleProvince(t.database.db, "Tỉnh Đồng Nai");
  await makeCycle(t.database.db, province.provinceId, { year: 2023 });
  coordinator = await signedInClient(t, "coordinator");
}, 60_000);
afterAll(() => t?.close());

const detail = async (taxCode: string) => {
  const items = ((await coordinator.get("/api/ghg/facilities")).json() as { items: GhgFacilitySummary[] })
    .items;
  const id = items.find((f) => f.taxCode === taxCode)!.id;
  return (await coordinator.get(`/api/ghg/facilities/${id}`)).json() as GhgFacilityDetail;
};

describe("the commune of a facility", () => {
  it("is matched from the address when a list adds the facility, and on an edit of the address", async () => {
    const content = (await annexWorkbook(nationalAnnex(own, 60))).toString("base64");
    const read = await coordinator.post("/api/ghg/imports", {
      list: { code: "01/2022/QĐ-TTg", title: "Danh mục 2022", effectiveFrom: "2022-01-18" },
      fileName: "phu-luc.xlsx",
      content,
    });
    expect(read.statusCode).toBe(200);
    const id = (read.json() as GhgImport).id;
    expect((await coordinator.post(`/api/ghg/imports/${id}/confirm`)).statusCode).toBe(200);
    expect((await detail(own[0]!.taxCode)).communeName).toBe("Xã Bắc");
    expect((await detail(own[1]!.taxCode)).communeName).toBe("Xã Nam");
    const third = await detail(own[2]!.taxCode);
    expect(third.communeName).toBeNull();
    const edited = await coordinator.patch(`/api/ghg/facilities/${third.id}`, {
      rowVersion: third.rowVersion,
      address: "Lô C, Xã Nam, Tỉnh Đồng Nai",
    });
    expect(edited.statusCode).toBe(200);
    expect((edited.json() as GhgFacilityDetail).communeName).toBe("Xã Nam");
  });
});
