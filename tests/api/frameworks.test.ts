import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain/auth/roles.js";
import { samplePepiInputs } from "../../src/domain/framework/fixtures.test-support.js";
import { auditEvents } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeAgency, makeProvince } from "../support/factories.js";

let t: TestApp;
let coordinator: TestClient;
let reporter: TestClient;
let provinceId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const signIn = (role: Role, agency: string | null = null) => signedInClient(t, role, agency);
  coordinator = await signIn("coordinator");
  reporter = await signIn("reporter", await makeAgency(db));
  provinceId = await makeProvince(db, "Tỉnh Thử Tính Điểm");
});
afterAll(() => t.close());

const inputs = () => samplePepiInputs() as Record<string, unknown>;

describe("frameworks", () => {
  it("lists the shipped frameworks with their provisional values counted", async () => {
    const list = await reporter.get("/api/frameworks");
    expect(list.statusCode).toBe(200);
    const codes = list.json().items.map((f: { code: string }) => f.code);
    expect(codes).toEqual(["PEPI-2782", "PEPI-383", "PGI-VCCI"]);
    const pepi = list.json().items[0];
    expect(pepi.provisionalFieldCount).toBeGreaterThan(50);
    expect(pepi.allowedActions).toEqual(["framework.read"]);
  });

  it("shows an indicator with the provenance of each field and the edition's points", async () => {
    const detail = (await reporter.get("/api/frameworks/PEPI-2782")).json();
    const transport = detail.indicators.find((i: { code: string }) => i.code === "07");
    expect(transport.formula).toBe("public_transport_vehicles / urban_population * 10000");
    expect(transport.provenance).toMatchObject({ name: "attested", formula: "provisional" });
    const edition2021 = detail.editions.find((e: { code: string }) => e.code === "2021");
    const dropped = edition2021.indicators.find((i: { code: string }) => i.code === "06");
    expect(dropped).toMatchObject({ assessed: false, maxPoints: 0 });
    expect(edition2021.bands.at(-1).provenance.label).toBe("provisional");
  });

  it("marks as provisional what the sources do not say, the codes included", async () => {
    const byCode = (detail: { indicators: { code: string }[] }, code: string) =>
      detail.indicators.find((i) => i.code === code) as unknown as {
        name: { vi: string };
        provenance: Record<string, string>;
      };
    const pepi2782 = (await reporter.get("/api/frameworks/PEPI-2782")).json();
    // Indicator 10 was dropped in 2021: its number is read from the gaps in the seeds' numbering.
    expect(byCode(pepi2782, "10").provenance).toMatchObject({ code: "provisional", name: "attested" });
    expect(byCode(pepi2782, "07").provenance.code).toBe("attested");
    // Every formula is inferred: no source gives one.
    for (const indicator of pepi2782.indicators as { code: string; formula: string | null }[])
      if (indicator.formula && indicator.code !== "27")
        expect(byCode(pepi2782, indicator.code).provenance.formula, indicator.code).toBe("provisional");
    expect(byCode(pepi2782, "23").name.vi).toMatch(
      /truyền số liệu trực tiếp cho Sở Tài nguyên và Môi trường$/,
    );
    const pepi383 = (await reporter.get("/api/frameworks/PEPI-383")).json();
    expect(byCode(pepi383, "HL1").provenance).toMatchObject({
      code: "provisional",
      name: "attested",
      formula: "provisional",
    });
  });

  it("refuses an invalid file with located errors and leaves the version in force", async () => {
    const before = (await coordinator.get("/api/frameworks/PEPI-383")).json().version;
    const response = await coordinator.post("/api/frameworks/import", {
      fileName: "hong.yaml",
      content:
        "schema: pepi-hub/framework@1\ncode: PEPI-383\nname: { vi: Hỏng }\nkind: pepi\nindicators: []\neditions: []\n",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("FRAMEWORK_INVALID");
    expect(response.json().error.message).toMatch(/phiên bản đang áp dụng không thay đổi/);
    expect(response.json().error.details[0]).toMatchObject({ field: "indicators", line: 5 });
    expect((await coordinator.get("/api/frameworks/PEPI-383")).json().version).toBe(before);
  });

  it("computes a breakdown line by line, with the inputs of each indicator and a rank estimate", async () => {
    const response = await reporter.post("/api/frameworks/PEPI-2782/compute", {
      year: 2022,
      inputs: inputs(),
      lastYear: { "21": 80_000_000 },
    });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.editionCode).toBe("2021");
    expect(result.complete).toBe(true);
    const sum = result.groups.reduce((s: number, g: { points: number }) => s + g.points, 0);
    expect(result.total).toBeCloseTo(sum, 2);
    const wastewater = result.indicators.find((i: { code: string }) => i.code === "01");
    expect(wastewater.inputs.map((x: { code: string }) => x.code)).toEqual([
      "urban_wastewater_treated_m3",
      "urban_wastewater_generated_m3",
    ]);
    expect(wastewater.inputs[1].value).toBe(72_000_000);
    expect(wastewater.provisional).toBe(true);
    // Above every score published for 2022, with the first place known: certainly first.
    expect(result.total).toBeGreaterThan(73.33);
    expect(result.rank).toMatchObject({ year: 2022, provinceCount: 63, rank: 1, exact: true, above: 0 });
  });

  it("refuses bad inputs by figure, as agency forms do, and scores nothing", async () => {
    const response = await reporter.post("/api/frameworks/PEPI-2782/compute", {
      edition: "2021",
      inputs: {
        ...inputs(),
        public_transport_vehicles: -1,
        reserves_established_ha: -500,
        satisfaction_points: 31,
        hotline_reports_handled: 2000,
      },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual(
      expect.arrayContaining([
        {
          field: "inputs.public_transport_vehicles",
          message: "Số phương tiện giao thông công cộng: Không được âm (-1)",
        },
        expect.objectContaining({
          field: "inputs.reserves_established_ha",
          message: expect.stringMatching(/Không được âm/),
        }),
        expect.objectContaining({
          field: "inputs.satisfaction_points",
          message: expect.stringMatching(/Lớn nhất là 30/),
        }),
      ]),
    );
  });

  it("refuses a part above its whole, naming both", async () => {
    const response = await reporter.post("/api/frameworks/PEPI-2782/compute", {
      edition: "2021",
      inputs: { ...inputs(), hotline_reports_handled: 2000 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({
        field: "inputs.hotline_reports_handled",
        message: expect.stringMatching(/không được lớn hơn “/),
      }),
    ]);
  });

  it("states group I alone, with no band and no rank, while the survey is missing", async () => {
    const { satisfaction_points: _, ...withoutSurvey } = inputs();
    const response = await reporter.post("/api/frameworks/PEPI-2782/compute", {
      year: 2022,
      inputs: withoutSurvey,
      lastYear: { "21": 80_000_000 },
    });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ complete: false, band: null, rank: null });
    expect(result.status.groups.map((g: { code: string; state: string }) => [g.code, g.state])).toEqual([
      ["I", "in"],
      ["II", "missing"],
    ]);
  });
});

describe("edit → new version → recompute", () => {
  it("keeps old results under their version and recomputes under the new one", async () => {
    const saved = await coordinator.post("/api/computations", {
      framework: "PEPI-2782",
      orgUnitId: provinceId,
      year: 2022,
      inputs: inputs(),
      lastYear: { "21": 80_000_000 },
    });
    expect(saved.statusCode).toBe(201);
    const first = saved.json();
    const transportBefore = first.result.indicators.find((i: { code: string }) => i.code === "07");

    const change = {
      note: "Mục tiêu theo hướng dẫn của Bộ",
      provenance: "official",
      edition: "2021",
      scoring: { type: "linear", floor: 0, target: 2 },
    };
    expect((await reporter.patch("/api/frameworks/PEPI-2782/indicators/07", change)).statusCode).toBe(403);
    const edit = await coordinator.patch("/api/frameworks/PEPI-2782/indicators/07", change);
    expect(edit.statusCode).toBe(201);
    expect(edit.json().version).toBe(first.version + 1);
    const detail = (await coordinator.get("/api/frameworks/PEPI-2782")).json();
    const entry = detail.editions
      .find((e: { code: string }) => e.code === "2021")
      .indicators.find((i: { code: string }) => i.code === "07");
    expect(entry).toMatchObject({
      scoring: { type: "linear", target: 2 },
      provenance: { scoring: "official", points: "provisional" },
    });

    const recompute = await coordinator.post("/api/frameworks/PEPI-2782/recompute");
    expect(recompute.json()).toEqual({ recomputed: 1, version: first.version + 1 });

    const current = (
      await coordinator.get(`/api/computations?framework=PEPI-2782&orgUnitId=${provinceId}`)
    ).json().items;
    expect(current).toHaveLength(1);
    expect(current[0].version).toBe(first.version + 1);
    const newer = (await coordinator.get(`/api/computations/${current[0].id}`)).json();
    const transportAfter = newer.result.indicators.find((i: { code: string }) => i.code === "07");
    expect(transportAfter.points).toBeGreaterThan(transportBefore.points);

    const old = (await coordinator.get(`/api/computations/${first.id}`)).json();
    expect(old).toMatchObject({
      version: first.version,
      isCurrentVersion: false,
      supersededBy: current[0].id,
    });
    expect(old.result.indicators.find((i: { code: string }) => i.code === "07").points).toBe(
      transportBefore.points,
    );

    const oldVersion = (await coordinator.get(`/api/frameworks/PEPI-2782?version=${first.version}`)).json();
    expect(oldVersion.isCurrent).toBe(false);
    // The new version and the recomputation are both in the audit trail.
    const trail = await t.database.db
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.type, ["framework.version_created", "computation.recomputed"]));
    expect(
      trail.find((e) => e.type === "framework.version_created" && e.summary.includes("Chỉ số 07")),
    ).toBeDefined();
    expect(trail.find((e) => e.type === "computation.recomputed")?.after).toEqual({
      recomputed: 1,
      version: first.version + 1,
    });
  });

  it("refuses an edit that breaks the framework and names the problem", async () => {
    const response = await coordinator.patch("/api/frameworks/PEPI-2782/indicators/07", {
      note: "Thử công thức sai",
      provenance: "provisional",
      formula: "public_transport_vehicles + urban_population",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({
      indicator: "07",
      field: "indicators[6].formula",
    });
  });

  it("tells, for a stored result, which indicators gain most points and places", async () => {
    const list = (await coordinator.get(`/api/computations?orgUnitId=${provinceId}`)).json().items;
    const whatIf = (await coordinator.get(`/api/computations/${list[0].id}/what-if?year=2022`)).json();
    expect(whatIf.rows.length).toBeGreaterThan(0);
    const gains = whatIf.rows.map((r: { gain: number }) => r.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(whatIf.rows[0].newTotal).toBeCloseTo(whatIf.total + whatIf.rows[0].gain, 2);
  });
});

describe("published results", () => {
  it("are loaded at first start with their sources", async () => {
    const rows = (await reporter.get("/api/published-results?kind=pepi&year=2022")).json().items;
    expect(rows.find((r: { province: string }) => r.province === "Đà Nẵng")).toMatchObject({
      total: 73.33,
      rank: 1,
    });
  });

  it("import refuses a bad file whole, naming row and column, and never replaces a stored row silently", async () => {
    const bad = await coordinator.post("/api/published-results/import", {
      kind: "pepi",
      fileName: "sai.csv",
      content: "year,province,total_score,rank,source_url\n2023,Lào Cai,abc,1,https://x.example\n",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      { field: "total_score", row: 2, message: "“abc” không phải là số" },
    ]);
    const file = (daNang: string) => ({
      kind: "pepi",
      fileName: "dung.csv",
      content: `year,province,total_score,rank,source_url\n2023,Lào Cai,70.5,1,https://x.example\n2022,TP. Đà Nẵng,${daNang},1,https://x.example\n`,
    });
    // The shipped 2022 row of Đà Nẵng says the same (its band stays): left as it is.
    const same = await coordinator.post("/api/published-results/import", file("73.33"));
    expect(same.json()).toEqual({ imported: 1, completed: 0, replaced: 0, unchanged: 1, warnings: [] });
    const different = await coordinator.post("/api/published-results/import", file("74"));
    expect(different.statusCode).toBe(409);
    expect(different.json().error.code).toBe("PUBLISHED_CONFLICT");
    expect(different.json().error.details).toEqual([
      {
        field: "total_score",
        row: 3,
        message: expect.stringMatching(
          /^Đà Nẵng năm 2022 đã có kết quả khác ở cột total_score \(đang lưu: tổng điểm 73,33, hạng 1\)/,
        ),
      },
    ]);
    // A row that only adds (group II) completes the stored one without being asked.
    const groupII = await coordinator.post("/api/published-results/import", {
      kind: "pepi",
      fileName: "nhom2.csv",
      content: "year,province,total_score,source_url,group_II_score\n2022,Đà Nẵng,,https://y.example,25.5\n",
    });
    expect(groupII.json()).toEqual({ imported: 0, completed: 1, replaced: 0, unchanged: 0, warnings: [] });
    const replaced = await coordinator.post("/api/published-results/import", {
      ...file("74"),
      replace: true,
    });
    expect(replaced.json()).toEqual({ imported: 0, completed: 0, replaced: 1, unchanged: 1, warnings: [] });
    const daNang = (await reporter.get("/api/published-results?kind=pepi&year=2022"))
      .json()
      .items.find((r: { province: string }) => r.province === "Đà Nẵng");
    // The file's total wins; what it leaves empty (band, group II, the first source) is kept.
    expect(daNang).toMatchObject({ total: 74, rank: 1, band: "tốt", parts: { II: 25.5 } });
    expect(daNang.sourceUrl).toContain("https://y.example");
    expect(
      (
        await reporter.post("/api/published-results/import", {
          kind: "pepi",
          fileName: "x.csv",
          content: "a",
        })
      ).statusCode,
    ).toBe(403);
  });
});
