// Targets of a province the 2025 merger left whole (Hà Nội): its results before and after are
// one province's, a rank VCCI did not publish is read as computed and said so, and a place among
// the 63 is not a distance from a place among the 34.
import { beforeAll, describe, expect, it } from "vitest";
import type { PgiOverview } from "../../src/contracts/pgi.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";

let t: TestApp;
let coordinator: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  const province = await makeCycleProvince(t.database.db, "Thành phố Hà Nội");
  await makeCycle(t.database.db, province.provinceId, { year: 2023 });
  coordinator = await signedInClient(t, "coordinator");
});

describe("a province not merged", () => {
  let o: PgiOverview;
  beforeAll(async () => {
    const saved = await coordinator.put("/api/pgi/targets", {
      targets: [
        { year: 2024, part: "total", score: 27, rank: 20, note: null },
        { year: 2026, part: "total", score: null, rank: 10, note: null },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    o = saved.json();
  });

  it("is one province in both eras, with no merger", () => {
    expect(o.province.code).toBe("VN34-thanh-pho-ha-noi");
    expect(o.merger).toBeNull();
    expect(new Set(o.rows.map((r) => r.unitCode))).toEqual(new Set(["VN34-thanh-pho-ha-noi"]));
  });

  it("reads the 2024 score VCCI published and the rank computed from the published scores", () => {
    const score = o.targets.find((x) => x.year === 2024 && x.measure === "score")!;
    expect(score.current).toEqual({ year: 2024, value: 26.63, basis: "published" });
    expect(score.gap).toBe(0.37);
    const rank = o.targets.find((x) => x.year === 2024 && x.measure === "rank")!;
    expect(rank.current).toMatchObject({ year: 2024, basis: "computed" });
    expect(rank.gap).toBe(rank.current!.value - 20);
    expect(rank.note).toMatch(/Hạng năm 2024 do PEPI Hub tính từ điểm công bố/);
  });

  it("gives no distance between a place among the 63 and one among the 34, and says why", () => {
    const rank = o.targets.find((x) => x.year === 2026 && x.measure === "rank")!;
    expect(rank.current?.year).toBe(2024);
    expect(rank.gap).toBeNull();
    expect(rank.note).toMatch(
      /xếp trong 63 tỉnh, thành phố cũ nên không so trực tiếp với hạng mục tiêu trong 34/,
    );
  });
});
