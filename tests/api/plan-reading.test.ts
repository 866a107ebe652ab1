// An issued plan read into a draft from its pasted text or its Word file: the names of part III
// matched to the installation's agencies (a department the 2025 reorganisation ended given its
// successor as a proposal, said confirmed or not), each agency's own duties, part I's objectives
// measured by the PGI; anything but a .docx refused with what to do instead; and the corrected
// draft saved whole: its targets and its tasks together, a task serving a target of the same
// request, or nothing saved at all.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { deflateRawSync } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDetail, PlanDraftView, TargetInput, TaskInput } from "../../src/contracts/plan-content.js";
import type { Plan } from "../../src/contracts/plans.js";
import { samplePdf, sampleZip } from "../../src/domain/files/samples.test-support.js";
import { auditEvents } from "../../src/server/db/schema.js";
import { createAgency } from "../../src/server/features/agencies/agencies.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";

let t: TestApp;
let coordinator: TestClient;
let agencies: ProvinceAgencies;
let provinceId: string;
let plan: Plan;

const seed = fs.readFileSync(
  new URL("../fixtures/ke-hoach-pgi-bac-giang-2023-2025.txt", import.meta.url),
  "utf8",
);
/** The plan as a Word file: one paragraph for each line of its text. */
const seedDocx = () =>
  Packer.toBuffer(
    new Document({ sections: [{ children: seed.split(/\r?\n/).map((l) => new Paragraph(l)) }] }),
  );

/** A ZIP of one deflated entry (CRC left at zero: the reader does not check it). */
function deflatedZip(name: string, content: Buffer): Buffer {
  const packed = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + packed.length, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signedInClient(t, "coordinator");
  ({ agencies, provinceId } = await makeCycleProvince(t.database.db));
  plan = (
    await coordinator.post("/api/plans", {
      numberSymbol: "82/KH-UBND",
      issuedOn: "2023-03-20",
      issuer: "UBND tỉnh Bắc Giang",
      title: "Kế hoạch cải thiện, nâng hạng Chỉ số PGI giai đoạn 2023-2025",
      periodFrom: 2023,
      periodTo: 2025,
      scope: "pgi",
      status: "issued",
    })
  ).json();
});
afterAll(() => t.close());

const problemOf = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string; details: { field: string; message: string }[] } }).error;

const addAgency = (name: string) =>
  createAgency(
    t.database.db,
    {
      code: `RD-${randomUUID().slice(0, 8)}`,
      name,
      kind: "department",
      orgUnitId: provinceId,
      hasHeadSignOff: false,
    },
    systemContext("test"),
  );

describe("reading an issued plan's text", () => {
  const agencyOf = (draft: PlanDraftView, name: string) => draft.agencies.find((a) => a.name === name)!;

  it("gives a draft with each agency of part III matched to the installation's, and what could not be read", async () => {
    const read = await coordinator.post("/api/plans/read-text", { text: seed });
    expect(read.statusCode, read.body).toBe(200);
    const draft = read.json() as PlanDraftView;
    expect(draft.sections.map((s) => s.tasks.length)).toEqual([10, 6, 8, 7]);
    expect(agencyOf(draft, "Sở Công Thương").agency).toEqual({
      id: agencies.industry,
      name: "Sở Công Thương",
    });

    const notAPlan = await coordinator.post("/api/plans/read-text", { text: "Kính gửi các Sở, ban, ngành." });
    expect(notAPlan.statusCode).toBe(200);
    expect((notAPlan.json() as PlanDraftView).problems[0]).toMatch(/^Không tìm thấy phần “II.”/);
    const tooLong = await coordinator.post("/api/plans/read-text", { text: "x".repeat(300_001) });
    expect(tooLong.statusCode).toBe(400);
    const reporter = await signedInClient(t, "reporter", agencies.industry);
    expect((await reporter.post("/api/plans/read-text", { text: seed })).statusCode).toBe(403);
  });

  it("proposes the department that took over a former one's work in 2025, saying which steps are confirmed", async () => {
    const draft = (await coordinator.post("/api/plans/read-text", { text: seed })).json() as PlanDraftView;
    const environment = { id: agencies.environment, name: "Sở Nông nghiệp và Môi trường" };
    // Not found by name: never matched, only proposed, with the text that confirms the step.
    for (const former of ["Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn"])
      expect(agencyOf(draft, former)).toMatchObject({
        agency: null,
        proposal: { agency: environment, basis: "Nghị định 45/2025/NĐ-CP" },
      });
    expect(agencyOf(draft, "Sở Kế hoạch và Đầu tư")).toMatchObject({
      agency: null,
      proposal: { agency: { id: agencies.finance, name: "Sở Tài chính" }, basis: null },
    });
    expect(agencyOf(draft, "Sở Giao thông vận tải").proposal).toEqual({
      agency: { id: agencies.construction, name: "Sở Xây dựng" },
      basis: null,
    });
    // No successor the installation has, and bodies that are no department: nothing guessed.
    for (const name of [
      "Sở Thông tin và Truyền thông, Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh",
      "Sở Khoa học và Công nghệ",
      "Sở Giáo dục và Đào tạo",
      "Công an tỉnh",
      "UBND các huyện, thành phố",
    ])
      expect(agencyOf(draft, name)).toMatchObject({ agency: null, proposal: null });
    expect(draft.problems).toEqual(
      expect.arrayContaining([
        "Không tìm thấy cơ quan “Sở Tài nguyên và Môi trường” trong danh sách cơ quan: đề xuất Sở Nông nghiệp và Môi trường (sáp nhập năm 2025 theo Nghị định 45/2025/NĐ-CP).",
        "Không tìm thấy cơ quan “Sở Kế hoạch và Đầu tư” trong danh sách cơ quan: đề xuất Sở Tài chính (sáp nhập năm 2025), cần xác nhận.",
        "Không tìm thấy cơ quan “Công an tỉnh” trong danh sách cơ quan: chọn cơ quan cho các nhiệm vụ được giao.",
      ]),
    );

    // Once the installation has the departments, its own come first: a name is matched, and one
    // body of a name that lists several is proposed its successor.
    const science = await addAgency("Sở Khoa học và Công nghệ");
    const planning = await addAgency("Sở Kế hoạch và Đầu tư");
    const again = (await coordinator.post("/api/plans/read-text", { text: seed })).json() as PlanDraftView;
    expect(agencyOf(again, "Sở Khoa học và Công nghệ").agency?.id).toBe(science);
    expect(agencyOf(again, "Sở Kế hoạch và Đầu tư")).toMatchObject({
      agency: { id: planning },
      proposal: null,
    });
    expect(
      agencyOf(again, "Sở Thông tin và Truyền thông, Báo Bắc Giang, Đài Phát thanh và Truyền hình tỉnh")
        .proposal,
    ).toEqual({ agency: { id: science, name: "Sở Khoa học và Công nghệ" }, basis: null });
  });

  it("keeps what part III gives an agency itself, and offers part I's objectives measured by the PGI", async () => {
    const draft = (await coordinator.post("/api/plans/read-text", { text: seed })).json() as PlanDraftView;
    expect(agencyOf(draft, "Sở Tài chính")).toMatchObject({
      number: "5",
      duties: [{ letter: "a", body: expect.stringMatching(/^Hàng năm căn cứ khả năng cân đối/) }],
    });
    expect(draft.agencies.reduce((n, a) => n + a.duties.length, 0)).toBe(22);
    expect(draft.targets.map((x) => [x.measure, x.measureRef, x.name, x.unit])).toEqual([
      ["pgi_rank", null, "Thứ hạng PGI", "hạng"],
      [
        "pgi_part_score",
        "PGI1",
        "Điểm chỉ số thành phần 1 PGI: Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của biến đổi khí hậu",
        "điểm",
      ],
      [
        "pgi_part_rank",
        "PGI1",
        "Hạng chỉ số thành phần 1 PGI: Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của biến đổi khí hậu",
        "hạng",
      ],
      ["pgi_part_score", "PGI2", expect.stringContaining("Đảm bảo tuân thủ"), "điểm"],
      ["pgi_part_score", "PGI3", expect.stringContaining("Vai trò lãnh đạo"), "điểm"],
      ["pgi_part_rank", "PGI3", expect.stringContaining("Vai trò lãnh đạo"), "hạng"],
      ["pgi_part_score", "PGI4", expect.stringContaining("Chính sách và dịch vụ"), "điểm"],
      ["own", null, expect.stringMatching(/^Tỷ lệ các cụm công nghiệp/), "%"],
      ["own", null, expect.stringMatching(/^Tỷ lệ thu gom, xử lý nước thải/), "%"],
      ["own", null, "Tỷ lệ thu gom và xử lý chất thải rắn", "%"],
    ]);
    expect(draft.targets[1]).toMatchObject({
      baseline: { year: 2022, value: 3.45 },
      goal: { value: 3.95, every: false },
    });
    expect(draft.targets.at(-1)!.yearly.at(-1)!.value).toBe(95);
  });
});

describe("reading an issued plan's Word file", () => {
  it("gives the draft its pasted text gives", async () => {
    const read = await coordinator.upload(
      "/api/plans/read-docx",
      {},
      { name: "82-KH-UBND.docx", content: await seedDocx() },
    );
    expect(read.statusCode, read.body).toBe(200);
    const draft = read.json() as PlanDraftView;
    expect(draft.sections.map((s) => s.tasks.length)).toEqual([10, 6, 8, 7]);
    expect(draft.agencies.find((a) => a.name === "Sở Công Thương")!.agency).toEqual({
      id: agencies.industry,
      name: "Sở Công Thương",
    });
    const pasted = (await coordinator.post("/api/plans/read-text", { text: seed })).json();
    expect(draft).toEqual(pasted);
  });

  it("refuses anything but a .docx, saying what to do instead", async () => {
    const refusal = async (name: string, content: Buffer) => {
      const response = await coordinator.upload("/api/plans/read-docx", {}, { name, content });
      expect(response.statusCode, response.body).toBe(400);
      const error = problemOf(response);
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.details[0]!.field).toBe("file");
      return error.details[0]!.message;
    };
    expect(await refusal("ke-hoach.pdf", samplePdf())).toBe(
      "Không đọc được tệp “ke-hoach.pdf”: đây là tài liệu PDF. Chỉ đọc được văn bản kế hoạch từ tệp Word (.docx); với bản PDF hay bản scan có chữ, hãy mở tệp, chọn toàn bộ nội dung, chép rồi dán vào ô văn bản.",
    );
    expect(await refusal("ke-hoach.txt", Buffer.from(seed))).toMatch(
      /^Không đọc được tệp “ke-hoach.txt”: không nhận tệp có đuôi .txt\. Chỉ đọc được/,
    );
    // A PDF renamed, and a ZIP that is no Word document: judged by content, not by name.
    expect(await refusal("ke-hoach.docx", samplePdf())).toContain(
      "tên tệp có đuôi .docx nhưng nội dung là tài liệu PDF",
    );
    expect(await refusal("ke-hoach.docx", sampleZip({ "a.txt": "x" }))).toContain(
      "không phải tài liệu Word hay Excel",
    );
    // A few kilobytes that unpack past the bound are refused, not unpacked.
    const bomb = deflatedZip("word/document.xml", Buffer.alloc(40 * 1024 * 1024, "x"));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal("bom.docx", bomb)).toBe(
      "Không đọc được tệp “bom.docx”: nội dung tài liệu khi giải nén lớn hơn 32 MB, không phải một văn bản kế hoạch thông thường.",
    );

    const empty = await coordinator.upload(
      "/api/plans/read-docx",
      {},
      { name: "rong.docx", content: Buffer.alloc(0) },
    );
    expect(problemOf(empty).code).toBe("FILE_EMPTY");
    const none = await coordinator.upload("/api/plans/read-docx", {});
    expect(none.statusCode).toBe(400);
    expect(JSON.stringify(problemOf(none))).toContain("Chưa chọn tệp Word (.docx) của kế hoạch");
    for (const role of ["reporter", "leader"] as const) {
      const other = await signedInClient(t, role, role === "reporter" ? agencies.industry : null);
      const refused = await other.upload(
        "/api/plans/read-docx",
        {},
        { name: "x.docx", content: await seedDocx() },
      );
      expect(refused.statusCode).toBe(403);
    }
  });
});

const ownTarget = (over: Partial<TargetInput>): TargetInput => ({
  measure: "own",
  measureRef: null,
  name: "Tỷ lệ thu gom và xử lý chất thải rắn",
  unit: "%",
  direction: "up",
  baselineValue: null,
  baselineYear: 2022,
  baselineSource: null,
  yearly: [
    { year: 2023, value: 93.5 },
    { year: 2025, value: 95 },
  ],
  ...over,
});

const task = (over: Partial<TaskInput>): TaskInput => ({
  letter: "a",
  body: "Tăng cường thu gom, xử lý chất thải rắn sinh hoạt.",
  leadAgencyIds: [agencies.construction],
  supportingAgencyIds: [agencies.environment],
  recurring: true,
  deadline: null,
  targetIds: [],
  measures: [],
  ...over,
});

const events = async (type: string) =>
  t.database.db
    .select({ summary: auditEvents.summary })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, plan.id), eq(auditEvents.type, type)));

describe("a plan's targets and tasks saved together", () => {
  it("refuses the problems of both lists together, by place, and saves nothing", async () => {
    const response = await coordinator.put(`/api/plans/${plan.id}/content`, {
      expectedRowVersion: plan.rowVersion,
      atRiskBelowPercent: 90,
      targets: [ownTarget({ baselineYear: null })],
      sections: [{ number: "2", title: "Chỉ số thành phần 2", tasks: [task({ leadAgencyIds: [] })] }],
    });
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).details).toEqual([
      { field: "targets.0.baselineYear", message: "Chỉ tiêu 1: nhập năm gốc" },
      { field: "sections.0.tasks.0.leadAgencyIds", message: "Mục 2, điểm a: chọn cơ quan chủ trì" },
    ]);
    const now = (await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    expect([now.rowVersion, now.targets.length, now.sections.length]).toEqual([plan.rowVersion, 0, 0]);
  });

  it("saves both in one step, a task serving a new target by the id it was sent with", async () => {
    const reference = randomUUID();
    const response = await coordinator.put(`/api/plans/${plan.id}/content`, {
      expectedRowVersion: plan.rowVersion,
      atRiskBelowPercent: 85,
      targets: [ownTarget({ id: reference })],
      sections: [
        {
          number: "2",
          title: "Chỉ số thành phần 2",
          tasks: [task({ targetIds: [reference] }), task({ letter: "b", body: "Việc khác.", targetIds: [] })],
        },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json() as PlanDetail;
    expect(saved.rowVersion).toBe(plan.rowVersion + 1);
    expect(saved.atRiskBelowPercent).toBe(85);
    const [target] = saved.targets;
    // The id sent was a reference only: the target has its own, and the task points at it.
    expect(target!.id).not.toBe(reference);
    expect(saved.sections[0]!.tasks.map((x) => [x.letter, x.targetIds, x.lead.map((a) => a.name)])).toEqual([
      ["a", [target!.id], ["Sở Xây dựng"]],
      ["b", [], ["Sở Xây dựng"]],
    ]);
    expect(saved.sections[0]!.tasks[0]!.serves).toEqual([
      { key: target!.id, label: "Chỉ tiêu: Tỷ lệ thu gom và xử lý chất thải rắn" },
    ]);
    expect((await events("plan.targets_saved")).map((e) => e.summary)).toEqual([
      `Lưu 1 chỉ tiêu của kế hoạch “${plan.title}”`,
    ]);
    expect((await events("plan.tasks_saved")).map((e) => e.summary)).toEqual([
      `Lưu 1 mục, 2 nhiệm vụ của kế hoạch “${plan.title}”`,
    ]);

    // Sent again from the version read before: refused, as any stale save is.
    const stale = await coordinator.put(`/api/plans/${plan.id}/content`, {
      expectedRowVersion: plan.rowVersion,
      atRiskBelowPercent: 90,
      targets: [],
      sections: [],
    });
    expect(stale.statusCode).toBe(409);
    const byReporter = await (await signedInClient(t, "reporter", agencies.industry)).put(
      `/api/plans/${plan.id}/content`,
      { expectedRowVersion: saved.rowVersion, atRiskBelowPercent: 90, targets: [], sections: [] },
    );
    expect(byReporter.statusCode).toBe(403);
    expect(((await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail).targets).toHaveLength(1);
  });

  it("saves an objective of part I measured by a PGI sub-index, and a duty of part III in a section of its own", async () => {
    const now = (await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    const response = await coordinator.put(`/api/plans/${plan.id}/content`, {
      expectedRowVersion: now.rowVersion,
      atRiskBelowPercent: 90,
      targets: [
        ...now.targets.map((x) => ({
          id: x.id,
          measure: x.measure,
          measureRef: x.measureRef,
          name: x.name,
          unit: x.unit,
          direction: x.direction,
          baselineValue: x.baseline.entered ? x.baseline.value : null,
          baselineYear: x.baseline.year,
          baselineSource: x.baseline.entered ? x.baseline.source : null,
          yearly: x.years.flatMap((y) => (y.target === null ? [] : [{ year: y.year, value: y.target }])),
        })),
        {
          id: randomUUID(),
          measure: "pgi_part_score",
          measureRef: "PGI1",
          name: null,
          unit: null,
          direction: null,
          baselineValue: 3.45,
          baselineYear: 2022,
          baselineSource: "Theo văn bản kế hoạch",
          yearly: [{ year: 2025, value: 3.95 }],
        },
      ],
      sections: [
        {
          number: "III.5",
          title: "Sở Tài chính",
          tasks: [
            task({
              body: "Hàng năm căn cứ khả năng cân đối của ngân sách địa phương, tham mưu bố trí kinh phí.",
              leadAgencyIds: [agencies.finance],
              supportingAgencyIds: [],
            }),
          ],
        },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json() as PlanDetail;
    const score = saved.targets.find((x) => x.measure === "pgi_part_score")!;
    expect(score).toMatchObject({
      label:
        "Điểm chỉ số thành phần 1 PGI: Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của biến đổi khí hậu",
      unit: "điểm",
      baseline: { value: 3.45, year: 2022, source: "Theo văn bản kế hoạch", entered: true },
    });
    expect(score.years.find((y) => y.year === 2025)!.target).toBe(3.95);
    expect(saved.sections.map((x) => [x.number, x.title, x.tasks[0]!.lead.map((a) => a.name)])).toEqual([
      ["III.5", "Sở Tài chính", ["Sở Tài chính"]],
    ]);
  });
});
