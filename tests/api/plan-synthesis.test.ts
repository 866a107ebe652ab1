// A period's synthesis for the chairman: generated as .docx from the period's reports and read
// back (its sections, the target table, the tasks late or not started, the agencies late or
// silent with the criticism proposed, a difficulty gathered); the coordinator's wording goes in
// and is kept by version; the chairman's conclusions are recorded and their chosen directives
// become lettered tasks of a new section of the plan. Bad input is refused by place, nothing
// half-saved; reading is for those who read every agency's reports.
import { eq } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDetail } from "../../src/contracts/plan-content.js";
import type { PlanReports } from "../../src/contracts/plan-reports.js";
import type { SynthesisDraft } from "../../src/contracts/plan-synthesis.js";
import type { Plan } from "../../src/contracts/plans.js";
import { localDay } from "../../src/domain/cycle/timeliness.js";
import { seed004Schedule } from "../../src/domain/plans/report-periods.js";
import { formatDateVi } from "../../src/domain/text/format-vi.js";
import { auditEvents, planReportPeriods, planSections } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";
import { docxText } from "../support/documents.js";

let t: TestApp;
let coordinator: TestClient;
let leader: TestClient;
let agencies: ProvinceAgencies;
let plan: Plan;
let other: Plan;
let half: string;
let year2024: string;
let otherPeriod: string;
const people = {} as Record<"industry" | "health" | "homeAffairs", TestClient>;
/** A task as long as a plan writes some: the report quotes it whole, never cut inside a word. */
const healthTask =
  "Quản lý chất thải y tế tại các bệnh viện tuyến huyện, bảo đảm 100% chất thải y tế nguy hại được thu gom, vận chuyển và xử lý đạt quy chuẩn kỹ thuật quốc gia về môi trường; đầu tư lò đốt chất thải y tế cho các bệnh viện chưa có hệ thống xử lý đạt chuẩn.";

const days = (due: string) =>
  Math.round((Date.parse(`${localDay(new Date())}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000);

async function makePlan(numberSymbol: string, title: string): Promise<Plan> {
  const created = await coordinator.post("/api/plans", {
    numberSymbol,
    issuedOn: "2024-03-20",
    issuer: "UBND tỉnh",
    title,
    periodFrom: 2024,
    periodTo: 2025,
    scope: "pgi",
    status: "issued",
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

async function report(
  client: TestClient,
  agencyId: string,
  body: { items: { taskId: string; status?: string; progress?: string }[]; figures?: unknown[] } & Record<
    string,
    unknown
  >,
  then: ("submit" | "accept")[],
) {
  const url = `/api/plans/${plan.id}/reports/${half}/${agencyId}`;
  const saved = await client.put(url, { expectedRowVersion: 0, figures: [], ...body });
  expect(saved.statusCode, saved.body).toBe(200);
  let version = 1;
  for (const step of then) {
    const done = await (step === "accept" ? coordinator : client).post(`${url}/${step}`, {
      expectedRowVersion: version,
    });
    expect(done.statusCode, done.body).toBe(200);
    version += 1;
  }
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signedInClient(t, "coordinator");
  leader = await signedInClient(t, "leader");
  agencies = (await makeCycleProvince(t.database.db, "Tỉnh Lâm Đồng")).agencies;
  people.industry = await signedInClient(t, "reporter", agencies.industry);
  people.health = await signedInClient(t, "reporter", agencies.health);
  people.homeAffairs = await signedInClient(t, "reporter", agencies.homeAffairs);
  plan = await makePlan("82/KH-UBND", "Kế hoạch nâng hạng Chỉ số PGI giai đoạn 2024-2025");
  const withTargets = await coordinator.put(`/api/plans/${plan.id}/targets`, {
    expectedRowVersion: plan.rowVersion,
    atRiskBelowPercent: 90,
    targets: [
      {
        measure: "own",
        name: "Tỷ lệ nước thải đô thị được thu gom, xử lý",
        unit: "%",
        direction: "up",
        baselineValue: 40,
        baselineYear: 2023,
        yearly: [
          { year: 2024, value: 50 },
          { year: 2025, value: 55 },
        ],
      },
      { measure: "pgi_rank", baselineValue: 32, baselineYear: 2023, yearly: [{ year: 2024, value: 25 }] },
    ],
  });
  expect(withTargets.statusCode, withTargets.body).toBe(200);
  const detail = withTargets.json() as PlanDetail;
  const targetId = detail.targets[0]!.id;
  const task = (letter: string, body: string, lead: string, extra: Record<string, unknown> = {}) => ({
    letter,
    body,
    leadAgencyIds: [lead],
    recurring: true,
    ...extra,
  });
  const withTasks = await coordinator.put(`/api/plans/${plan.id}/tasks`, {
    expectedRowVersion: detail.rowVersion,
    sections: [
      {
        number: "1",
        title: "Chỉ số thành phần 1",
        tasks: [
          task("a", "Đầu tư hệ thống thu gom, xử lý nước thải đô thị", agencies.industry, {
            supportingAgencyIds: [agencies.health],
            targetIds: [targetId],
            recurring: false,
            deadline: "2024-06-30",
          }),
          task("b", "Kiểm tra các cụm công nghiệp", agencies.industry),
          task("c", healthTask, agencies.health),
          task("d", "Rà soát tổ chức bộ máy quản lý môi trường cấp xã", agencies.homeAffairs),
          task("đ", "Bố trí kinh phí sự nghiệp môi trường", agencies.finance),
          // The department writing the synthesis leads a task too, and has not reported on it.
          task("e", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", agencies.environment),
        ],
      },
    ],
  });
  expect(withTasks.statusCode, withTasks.body).toBe(200);
  const tasks = (withTasks.json() as PlanDetail).sections[0]!.tasks;
  const id = (letter: string) => tasks.find((x) => x.letter === letter)!.id;
  const scheduled = await coordinator.put(`/api/plans/${plan.id}/schedule`, {
    expectedRowVersion: (withTasks.json() as PlanDetail).rowVersion,
    schedule: seed004Schedule,
  });
  expect(scheduled.statusCode, scheduled.body).toBe(200);
  half = (scheduled.json() as PlanReports).periods.find((p) => p.label === "6 tháng đầu năm 2024")!.id;
  year2024 = (scheduled.json() as PlanReports).periods.find((p) => p.label === "năm 2024")!.id;

  // Sở Công Thương: sent and accepted, its figure the plan's actual; the task due 30/6 still in progress.
  await report(
    people.industry,
    agencies.industry,
    {
      items: [
        { taskId: id("a"), status: "in_progress", progress: "Đã đấu nối 3 khu đô thị" },
        { taskId: id("b"), status: "done", progress: "Đã kiểm tra 8/8 cụm công nghiệp" },
      ],
      figures: [{ targetId, value: 48 }],
      difficulties: "Thiếu kinh phí quan trắc nước thải",
      proposals: "Bổ sung kinh phí quan trắc",
    },
    ["submit", "accept"],
  );
  // Sở Y tế: sent, not yet accepted; its task delayed; its input to task 1.a as a supporter.
  await report(
    people.health,
    agencies.health,
    {
      items: [
        { taskId: id("a"), progress: "Phối hợp kiểm tra nước thải bệnh viện" },
        // The agency names the task again at the start of its words: the report does not say it twice.
        { taskId: id("c"), status: "delayed", progress: "Nhiệm vụ 1.c: Chưa bố trí được lò đốt" },
      ],
    },
    ["submit"],
  );
  // Sở Nội vụ: a draft never sent. Sở Tài chính: nothing.
  await report(
    people.homeAffairs,
    agencies.homeAffairs,
    { items: [{ taskId: id("d"), status: "not_started", progress: "Đang xây dựng đề án" }] },
    [],
  );

  other = await makePlan("90/KH-UBND", "Kế hoạch khác");
  const otherTasks = await coordinator.put(`/api/plans/${other.id}/tasks`, {
    expectedRowVersion: other.rowVersion,
    sections: [{ number: "1", title: "Mục 1", tasks: [task("a", "Việc khác", agencies.industry)] }],
  });
  const otherSchedule = await coordinator.put(`/api/plans/${other.id}/schedule`, {
    expectedRowVersion: (otherTasks.json() as PlanDetail).rowVersion,
    schedule: seed004Schedule,
  });
  otherPeriod = (otherSchedule.json() as PlanReports).periods[0]!.id;
});
afterAll(() => t.close());

const base = () => `/api/plans/${plan.id}/periods/${half}`;
const draft = async (client = coordinator) =>
  (await client.get(`${base()}/synthesis/draft`)).json() as SynthesisDraft;

async function synthesisDocx(client = coordinator) {
  const response = await client.get(`${base()}/synthesis`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers["content-type"]).toContain("wordprocessingml");
  expect(response.headers["content-disposition"]).toContain(
    encodeURIComponent("Báo cáo tổng hợp 6 tháng đầu năm 2024 - KH 82-KH-UBND.docx"),
  );
  return response.rawPayload;
}

/**
 * The audit events of a period's synthesis and conclusions: they are the plan's (its id, as every
 * event of type "plan"), the period named in what they record.
 */
async function periodEvents(periodId: string) {
  const rows = await t.database.db
    .select({ type: auditEvents.type, entityType: auditEvents.entityType, after: auditEvents.after })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, plan.id));
  expect(rows.every((r) => r.entityType === "plan")).toBe(true);
  return rows.filter((r) => (r.after as { periodId?: string } | null)?.periodId === periodId);
}

/** The text of each table row's cells in the .docx. */
async function tableRows(docx: Buffer) {
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  return (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
    (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) =>
      [...cell.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
    ),
  );
}

async function draftMarked(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const headers = await Promise.all(zip.file(/word\/header\d*\.xml/).map((f) => f.async("string")));
  return headers.some((h) => h.includes("DỰ THẢO"));
}

describe("the synthesis of a period", () => {
  it("starts from wording built from the plan and the period, with the reports' state", async () => {
    const d = await draft();
    expect(d.saved).toBe(false);
    expect(d.period.label).toBe("6 tháng đầu năm 2024");
    expect(d.fields.subject).toBe(
      "Kết quả thực hiện Kế hoạch số 82/KH-UBND ngày 20/03/2024 của UBND tỉnh, 6 tháng đầu năm 2024",
    );
    expect(d.fields.addressees).toEqual(["Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng"]);
    expect(d.fields.issuingBody).toBe("SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG");
    expect(d.summary).toEqual({ agencies: 5, submitted: 2, accepted: 1, late: 5, missing: 3 });
    expect(d.allowedActions).toEqual(["plan.manage"]);
    expect((await draft(leader)).allowedActions).toEqual([]);
  });

  it("reads back as .docx with its sections, target table, late tasks, late agencies and difficulties", async () => {
    const buffer = await synthesisDocx();
    const text = await docxText(buffer);
    const headings = text.split("\n").filter((line) => /^[IV]+\. /.test(line));
    expect(headings).toEqual([
      "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ",
      "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
      "III. NHIỆM VỤ CHẬM TIẾN ĐỘ, CHƯA TRIỂN KHAI",
      "IV. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ",
      "V. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ CỦA CÁC CƠ QUAN, ĐƠN VỊ",
      "VI. ĐỀ XUẤT, KIẾN NGHỊ CỦA SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    ]);
    expect(text).toContain("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng.");
    // A draft until the department closes the period.
    expect(await draftMarked(buffer)).toBe(true);
    // I. What each agency did, the report not yet accepted said so.
    expect(text).toContain("1. Sở Công Thương\n");
    expect(text).toContain("2. Sở Y tế (báo cáo chưa được Sở chấp nhận)");
    // Each task once, its state and the agency's words after it, with one colon.
    expect(text).toContain(
      "Nhiệm vụ 1.b (chủ trì) “Kiểm tra các cụm công nghiệp”: đã hoàn thành. Đã kiểm tra 8/8 cụm công nghiệp.",
    );
    expect(text).toContain(
      "Nhiệm vụ 1.a (phối hợp) “Đầu tư hệ thống thu gom, xử lý nước thải đô thị”: Phối hợp kiểm tra nước thải bệnh viện.",
    );
    expect(text).toContain(
      `Nhiệm vụ 1.c (chủ trì) “${healthTask.slice(0, -1)}”: chậm tiến độ. Chưa bố trí được lò đốt.`,
    );
    // A draft never sent is not reported on.
    expect(text).not.toContain("Đang xây dựng đề án");

    // II. The target table: measure, baseline, the year's value, actual, status in words.
    const rows = await tableRows(buffer);
    expect(rows).toContainEqual(["TT", "Chỉ tiêu", "Năm gốc", "Kế hoạch năm 2024", "Thực hiện", "Đánh giá"]);
    expect(rows).toContainEqual([
      "1",
      "Tỷ lệ nước thải đô thị được thu gom, xử lý",
      "40% (2023)",
      "50%",
      // The accepted six-month report's figure is said to be so, a space before its mark.
      "48% (6 tháng đầu năm)",
      "Đúng tiến độ",
    ]);
    expect(text).toContain(
      "Ghi chú: “(6 tháng đầu năm)” là số liệu 6 tháng đầu năm theo báo cáo đã được Sở chấp nhận, so với giá trị phấn đấu cả năm.",
    );
    expect(text).not.toContain("tạm tính");
    expect(rows).toContainEqual(["2", "Thứ hạng PGI", "32 (2023)", "25", "—", "Chưa có số liệu"]);
    // The rule read for both directions, with the plan's own margin.
    expect(text).toContain(
      "khi không thấp hơn giá trị phấn đấu quá 10% (với chỉ tiêu càng thấp càng tốt, như thứ hạng: không cao hơn giá trị phấn đấu quá 10%), xa hơn là “có nguy cơ không đạt”",
    );
    // The chart of the same rows is a picture in the file.
    const media = Object.keys((await JSZip.loadAsync(buffer)).files).filter((f) =>
      /^word\/media\/.+\.png$/.test(f),
    );
    expect(media.length).toBe(1);
    expect(text).toContain("Mức đạt so với giá trị phấn đấu năm 2024 của từng chỉ tiêu");

    // III. Tasks late or not started, by their lead agency.
    const late = rows.filter((r) => r.length === 5 && /^\d+$/.test(r[0]!));
    expect(late.map((r) => [r[1], r[2]!.slice(0, 14), r[3], r[4]])).toEqual([
      [
        "Sở Công Thương",
        "Nhiệm vụ 1.a: ",
        "30/06/2024",
        "Quá thời hạn, chưa hoàn thànhĐã đấu nối 3 khu đô thị",
      ],
      ["Sở Y tế", "Nhiệm vụ 1.c: ", "Thường xuyên", "Chậm tiến độChưa bố trí được lò đốt"],
    ]);
    // The late task whole in its cell.
    expect(late[1]![2]).toBe(`Nhiệm vụ 1.c: ${healthTask}`);

    // IV. Agencies that did not report or reported late, with the days, and the criticism proposed.
    const late1 = days("2024-07-05");
    const reporting = rows.filter((r) => r.length === 4 && /^\d+$/.test(r[0]!));
    expect(reporting).toEqual([
      ["1", "Sở Công Thương", "Gửi muộn", late1.toLocaleString("vi-VN")],
      ["2", "Sở Nội vụ", "Quá hạn, chưa gửi", late1.toLocaleString("vi-VN")],
      // The department is listed as any agency that has not reported…
      ["3", "Sở Nông nghiệp và Môi trường", "Quá hạn, chưa gửi", late1.toLocaleString("vi-VN")],
      ["4", "Sở Tài chính", "Quá hạn, chưa gửi", late1.toLocaleString("vi-VN")],
      ["5", "Sở Y tế", "Gửi muộn", late1.toLocaleString("vi-VN")],
    ]);
    // A count of none is left unsaid; the days late are in their own column.
    expect(text).toContain(
      `Tính đến ngày ${formatDateVi(localDay(new Date()))}, có 2/5 cơ quan, đơn vị đã gửi báo cáo (đều gửi muộn); 3 cơ quan, đơn vị quá hạn chưa gửi.`,
    );
    // …but does not propose that the chairman criticise itself.
    expect(text).toContain(
      "Sở Nông nghiệp và Môi trường đề nghị Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng chỉ đạo kiểm điểm, phê bình theo quy định: Sở Nội vụ, Sở Tài chính, Sở Công Thương, Sở Y tế.",
    );

    // V. Difficulties and proposals gathered by agency.
    expect(text).toContain("Khó khăn, vướng mắc: Thiếu kinh phí quan trắc nước thải.");
    expect(text).toContain("Kiến nghị, đề xuất: Bổ sung kinh phí quan trắc.");
    const closed = await coordinator.post(`/api/plans/${plan.id}/periods/${half}/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await draftMarked(await synthesisDocx())).toBe(false);
    expect((await coordinator.post(`/api/plans/${plan.id}/periods/${half}/reopen`, {})).statusCode).toBe(200);
    expect(text).toMatch(
      /Sở Nông nghiệp và Môi trường kính báo cáo Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng xem xét, chỉ đạo\.\/\./,
    );
  });

  it("judges a task on the latest state its lead sent, an earlier period's said so", async () => {
    // Nobody has reported for the year yet: the first half's reports still speak for their tasks.
    const response = await coordinator.get(`/api/plans/${plan.id}/periods/${year2024}/synthesis`);
    expect(response.statusCode, response.body).toBe(200);
    const text = await docxText(response.rawPayload);
    const rows = await tableRows(response.rawPayload);
    const late = rows.filter((r) => r.length === 5 && /^\d+$/.test(r[0]!));
    expect(late.map((r) => [r[1], r[2]!.slice(0, 14), r[4]])).toEqual([
      [
        "Sở Công Thương",
        "Nhiệm vụ 1.a: ",
        "Quá thời hạn, chưa hoàn thànhĐã đấu nối 3 khu đô thị(theo báo cáo 6 tháng đầu năm 2024)",
      ],
      ["Sở Y tế", "Nhiệm vụ 1.c: ", "Chậm tiến độChưa bố trí được lò đốt(theo báo cáo 6 tháng đầu năm 2024)"],
    ]);
    expect(text).toContain(
      "Nhiệm vụ của cơ quan chưa gửi báo cáo kỳ này (mục IV) được đánh giá theo báo cáo gần nhất cơ quan đã gửi và thời hạn của nhiệm vụ.",
    );
  });

  it("keeps a long title without a number within the subject's limit, the period whole", async () => {
    const title =
      `Chương trình hành động cải thiện Chỉ số xanh cấp tỉnh ${"và nâng cao chất lượng môi trường ".repeat(14)}`
        .slice(0, 500)
        .trim();
    const created = await coordinator.post("/api/plans", {
      issuer: "UBND tỉnh",
      title,
      periodFrom: 2024,
      periodTo: 2025,
      scope: "pgi",
      status: "draft",
    });
    expect(created.statusCode, created.body).toBe(201);
    const long = created.json() as Plan;
    const scheduled = await coordinator.put(`/api/plans/${long.id}/schedule`, {
      expectedRowVersion: long.rowVersion,
      schedule: seed004Schedule,
    });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const period = (scheduled.json() as PlanReports).periods[0]!;
    const url = `/api/plans/${long.id}/periods/${period.id}/synthesis`;
    const response = await coordinator.get(`${url}/draft`);
    expect(response.statusCode, response.body).toBe(200);
    const { fields, rowVersion } = response.json() as SynthesisDraft;
    expect(fields.subject.length).toBeLessThanOrEqual(300);
    expect(fields.subject).toMatch(
      /^Kết quả thực hiện Kế hoạch “Chương trình hành động .+…”, 6 tháng đầu năm 2024$/,
    );
    // The title stays whole where there is room.
    expect(fields.introduction).toContain(title);
    // The defaults are saved as they are, and the document is made from them.
    expect((await coordinator.put(`${url}/draft`, { fields, rowVersion })).statusCode).toBe(200);
    expect((await coordinator.get(url)).statusCode).toBe(200);
  });

  it("takes the coordinator's wording, kept by version, and can return to the defaults", async () => {
    const start = await draft();
    const fields = {
      ...start.fields,
      numberSymbol: "125/BC-SNNMT",
      assessment: "Các cơ quan cơ bản triển khai đúng kế hoạch.",
      proposals: "Đề nghị bố trí 2 tỷ đồng cho quan trắc nước thải.",
      proposeCriticism: false,
      signerName: "Nguyễn Văn An",
    };
    const saved = await coordinator.put(`${base()}/synthesis/draft`, { fields, rowVersion: null });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as SynthesisDraft).rowVersion).toBe(1);
    const stale = await coordinator.put(`${base()}/synthesis/draft`, { fields, rowVersion: null });
    expect(stale.json().error.code).toBe("STALE_UPDATE");
    const bad = await coordinator.put(`${base()}/synthesis/draft`, {
      fields: { ...fields, signerTitle: "" },
      rowVersion: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(["fields.signerTitle"]);

    const text = await docxText(await synthesisDocx());
    expect(text).toContain("Số: 125/BC-SNNMT");
    expect(text).toContain("Đề nghị bố trí 2 tỷ đồng cho quan trắc nước thải.");
    expect(text).toContain("Đánh giá chung:\nCác cơ quan cơ bản triển khai đúng kế hoạch.");
    expect(text).toContain("Nguyễn Văn An");
    expect(text).not.toContain("kiểm điểm, phê bình");

    expect((await coordinator.delete(`${base()}/synthesis/draft`)).statusCode).toBe(200);
    expect((await draft()).saved).toBe(false);
    const types = (await periodEvents(half)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["plan.synthesis_saved", "plan.synthesis_reset"]));
  });

  it("is not found under a plan the period is not of, and is read by the coordinator and leaders only", async () => {
    const foreign = `/api/plans/${plan.id}/periods/${otherPeriod}`;
    for (const url of [`${foreign}/synthesis`, `${foreign}/synthesis/draft`])
      expect((await coordinator.get(url)).statusCode).toBe(404);
    const put = await coordinator.put(`${foreign}/conclusion`, {
      issuedOn: "2024-07-20",
      text: "Giao Sở Y tế kiểm tra.",
      expectedRowVersion: 0,
    });
    expect(put.statusCode).toBe(404);
    expect(put.json().error.message).toContain("kỳ báo cáo của kế hoạch");

    expect((await leader.get(`${base()}/synthesis`)).statusCode).toBe(200);
    expect((await people.industry.get(`${base()}/synthesis`)).statusCode).toBe(403);
    expect((await people.industry.get(`${base()}/synthesis/draft`)).statusCode).toBe(403);
    const start = await draft();
    expect(
      (await leader.put(`${base()}/synthesis/draft`, { fields: start.fields, rowVersion: null })).statusCode,
    ).toBe(403);
  });
});

describe("a closed period's synthesis", () => {
  const closeAt = (periodId: string, at: Date | null) =>
    t.database.db.update(planReportPeriods).set({ closedAt: at }).where(eq(planReportPeriods.id, periodId));
  afterAll(async () => {
    await closeAt(half, null);
    await closeAt(year2024, null);
  });

  it("is written as of the day the period was closed, in the province's calendar", async () => {
    // Closed at 01:30 on 20/07/2024 in Vietnam, still the 19th in UTC.
    await closeAt(half, new Date("2024-07-19T18:30:00Z"));
    const buffer = await synthesisDocx();
    expect(await draftMarked(buffer)).toBe(false);
    const text = await docxText(buffer);
    expect(text).toContain(
      "Hạn gửi báo cáo của các cơ quan, đơn vị là ngày 05/07/2024. Tính đến ngày 20/07/2024,",
    );
    // An agency that never sent is late by the days up to the closing, not up to today.
    const reporting = (await tableRows(buffer)).filter((r) => r.length === 4 && /^\d+$/.test(r[0]!));
    expect(reporting.find((r) => r[1] === "Sở Nội vụ")).toEqual([
      "2",
      "Sở Nội vụ",
      "Quá hạn, chưa gửi",
      "15",
    ]);
    // The same on the page.
    expect((await draft()).summary).toEqual({ agencies: 5, submitted: 2, accepted: 1, late: 5, missing: 3 });
  });

  it("keeps its wording while closed, the chairman's conclusion still recorded", async () => {
    await closeAt(half, new Date("2024-07-19T18:30:00Z"));
    const start = await draft();
    const refused = await coordinator.put(`${base()}/synthesis/draft`, {
      fields: { ...start.fields, signerName: "Nguyễn Văn An" },
      rowVersion: start.rowVersion,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      "Không thể sửa nội dung báo cáo tổng hợp khi kỳ báo cáo của kế hoạch đang ở trạng thái “đã khóa (kỳ 6 tháng đầu năm 2024)”.",
    );
    const reset = await coordinator.delete(`${base()}/synthesis/draft`);
    expect(reset.statusCode).toBe(409);
    expect((await draft()).fields.signerName).toBe(start.fields.signerName);

    await closeAt(year2024, new Date("2024-12-20T03:00:00Z"));
    const conclusion = await coordinator.put(`/api/plans/${plan.id}/periods/${year2024}/conclusion`, {
      numberSymbol: "",
      issuedOn: "2024-12-25",
      text: "Giao Sở Y tế kiểm tra.",
      expectedRowVersion: 0,
    });
    expect(conclusion.statusCode, conclusion.body).toBe(200);

    // Opened again, the wording can be edited.
    await closeAt(half, null);
    const saved = await coordinator.put(`${base()}/synthesis/draft`, {
      fields: { ...start.fields, signerName: "Nguyễn Văn An" },
      rowVersion: start.rowVersion,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await coordinator.delete(`${base()}/synthesis/draft`)).statusCode).toBe(200);
  });
});

describe("the chairman's conclusions", () => {
  const text = [
    "Chủ tịch UBND tỉnh kết luận, chỉ đạo như sau:",
    "1. Sở Y tế khẩn trương bố trí lò đốt chất thải y tế cho các bệnh viện tuyến huyện,",
    "phối hợp với Sở Tài chính bảo đảm kinh phí, hoàn thành trong quý IV/2024.",
    "2. Sở Nội vụ, Sở Tài chính phê bình nghiêm túc do chậm báo cáo.",
  ].join("\n");

  it("are refused without their text or date, by field", async () => {
    const empty = await coordinator.put(`${base()}/conclusion`, {
      numberSymbol: "45/TB-UBND",
      issuedOn: null,
      text: "   ",
      expectedRowVersion: 0,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details).toEqual([
      { field: "text", message: "Nhập nội dung kết luận, chỉ đạo của Chủ tịch UBND tỉnh" },
      { field: "issuedOn", message: "Chọn ngày của văn bản kết luận" },
    ]);
    expect((await draft()).conclusion).toBeNull();
    const early = await coordinator.post(`${base()}/conclusion/tasks`, {
      expectedRowVersion: plan.rowVersion,
      tasks: [{ body: "Việc", leadAgencyIds: [agencies.health], deadline: "2024-12-31" }],
    });
    expect(early.json().error.details[0].field).toBe("conclusion");
  });

  it("are recorded with their number and date, their directives proposed with the agencies named", async () => {
    const saved = await coordinator.put(`${base()}/conclusion`, {
      numberSymbol: "45/TB-UBND",
      issuedOn: "2024-07-20",
      text,
      expectedRowVersion: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const c = (saved.json() as SynthesisDraft).conclusion!;
    expect(c).toMatchObject({
      numberSymbol: "45/TB-UBND",
      issuedOn: "2024-07-20",
      author: "Chủ tịch UBND tỉnh",
    });
    expect(c.directives).toEqual([
      {
        text: "Sở Y tế khẩn trương bố trí lò đốt chất thải y tế cho các bệnh viện tuyến huyện, phối hợp với Sở Tài chính bảo đảm kinh phí, hoàn thành trong quý IV/2024.",
        lead: { id: agencies.health, name: "Sở Y tế" },
        supporting: [{ id: agencies.finance, name: "Sở Tài chính" }],
        // The deadline its words give is proposed for the task.
        deadline: "2024-12-31",
        recurring: false,
        given: null,
      },
      {
        text: "Sở Nội vụ, Sở Tài chính phê bình nghiêm túc do chậm báo cáo.",
        lead: { id: agencies.homeAffairs, name: "Sở Nội vụ" },
        supporting: [{ id: agencies.finance, name: "Sở Tài chính" }],
        deadline: null,
        recurring: false,
        given: null,
      },
    ]);
    const stale = await coordinator.put(`${base()}/conclusion`, {
      issuedOn: "2024-07-20",
      text,
      expectedRowVersion: 0,
    });
    expect(stale.json().error.code).toBe("STALE_UPDATE");
  });

  it("give chosen directives as lettered tasks of a new section, by the plan's task rules, whole or not at all", async () => {
    const before = (await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    const d = await draft();
    const [first] = d.conclusion!.directives;
    const refused = await coordinator.post(`${base()}/conclusion/tasks`, {
      expectedRowVersion: before.rowVersion,
      tasks: [
        {
          body: first!.text,
          leadAgencyIds: [agencies.health],
          supportingAgencyIds: [agencies.finance],
          deadline: "2024-12-31",
        },
        { body: "Tổ chức kiểm điểm việc chậm báo cáo", leadAgencyIds: [], deadline: "2027-01-01" },
      ],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      { field: "tasks.1.leadAgencyIds", message: "Mục 2, điểm b: chọn cơ quan chủ trì" },
      {
        field: "tasks.1.deadline",
        message: "Mục 2, điểm b: thời hạn ngoài thời kỳ của kế hoạch (2024–2025)",
      },
    ]);
    const unchanged = (await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    expect(unchanged.sections.length).toBe(1);
    expect(unchanged.rowVersion).toBe(before.rowVersion);

    const added = await coordinator.post(`${base()}/conclusion/tasks`, {
      expectedRowVersion: before.rowVersion,
      tasks: [
        {
          body: first!.text,
          leadAgencyIds: [agencies.health],
          supportingAgencyIds: [agencies.finance],
          deadline: "2024-12-31",
        },
      ],
    });
    expect(added.statusCode, added.body).toBe(200);
    const section = (added.json() as SynthesisDraft).conclusion!.section!;
    expect(section.title).toBe(
      "Nhiệm vụ theo kết luận của Chủ tịch UBND tỉnh tại văn bản số 45/TB-UBND ngày 20/07/2024",
    );
    expect(section.tasks.map((x) => [x.letter, x.lead])).toEqual([["a", ["Sở Y tế"]]]);
    // The direction given is said so, with the task it became; the other is still to give.
    expect((added.json() as SynthesisDraft).conclusion!.directives.map((x) => x.given)).toEqual([
      { taskId: section.tasks[0]!.id, place: "2.a" },
      null,
    ]);
    const after = (await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    expect(after.sections.map((s) => s.number)).toEqual(["1", "2"]);
    expect(after.sections[0]!.tasks.length).toBe(6);
    expect(after.sections[1]!.tasks[0]).toMatchObject({
      letter: "a",
      body: first!.text,
      lead: [{ id: agencies.health, name: "Sở Y tế" }],
      supporting: [{ id: agencies.finance, name: "Sở Tài chính" }],
      deadline: "2024-12-31",
    });

    // Later directives follow in the same section; a stale copy of the plan is refused.
    const stale = await coordinator.post(`${base()}/conclusion/tasks`, {
      expectedRowVersion: before.rowVersion,
      tasks: [{ body: "Việc khác", leadAgencyIds: [agencies.homeAffairs], recurring: true }],
    });
    expect(stale.json().error.code).toBe("STALE_UPDATE");
    const more = await coordinator.post(`${base()}/conclusion/tasks`, {
      expectedRowVersion: after.rowVersion,
      tasks: [
        { body: "Kiểm điểm việc chậm báo cáo", leadAgencyIds: [agencies.homeAffairs], recurring: true },
      ],
    });
    expect(more.statusCode, more.body).toBe(200);
    expect((more.json() as SynthesisDraft).conclusion!.section!.tasks.map((x) => x.letter)).toEqual([
      "a",
      "b",
    ]);
    // The new tasks are the agencies' to report on from then on.
    const periods = (await coordinator.get(`/api/plans/${plan.id}/reports`)).json() as PlanReports;
    const homeAffairs = periods.periods[0]!.reports.find((r) => r.agency.id === agencies.homeAffairs)!;
    expect(homeAffairs.leads).toBe(2);
    const events = await periodEvents(half);
    expect(events.filter((e) => e.type === "plan.conclusion_tasks_added").length).toBe(2);
    expect(events.map((e) => e.type)).toContain("plan.conclusion_saved");
    // The leader reads the conclusion but neither records one nor gives tasks.
    expect((await draft(leader)).conclusion?.numberSymbol).toBe("45/TB-UBND");
    expect(
      (
        await leader.post(`${base()}/conclusion/tasks`, {
          expectedRowVersion: 0,
          tasks: [],
        })
      ).statusCode,
    ).toBe(403);
  });

  it("retitle the section their tasks went into when corrected, a title written by hand kept", async () => {
    const before = (await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    const start = (await draft()).conclusion!;
    const correct = (numberSymbol: string, issuedOn: string, expectedRowVersion: number) =>
      coordinator.put(`${base()}/conclusion`, {
        numberSymbol,
        issuedOn,
        text: start.text,
        expectedRowVersion,
      });
    const corrected = await correct("46/TB-UBND", "2024-07-22", start.rowVersion);
    expect(corrected.statusCode, corrected.body).toBe(200);
    const title = "Nhiệm vụ theo kết luận của Chủ tịch UBND tỉnh tại văn bản số 46/TB-UBND ngày 22/07/2024";
    expect((corrected.json() as SynthesisDraft).conclusion!.section!.title).toBe(title);
    const after = (await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    expect(after.sections[1]!.title).toBe(title);
    // The plan changed: a copy read before it is refused, not saved over the new title.
    expect(after.rowVersion).toBe(before.rowVersion + 1);
    const saved = (await periodEvents(half)).filter((e) => e.type === "plan.conclusion_saved").at(-1)!;
    expect(saved.after).toMatchObject({ numberSymbol: "46/TB-UBND", sectionTitle: title });

    // A title the coordinator rewrote is theirs.
    const own = "Nhiệm vụ theo Thông báo kết luận về báo cáo 6 tháng đầu năm 2024";
    await t.database.db
      .update(planSections)
      .set({ title: own })
      .where(eq(planSections.id, after.sections[1]!.id));
    const again = await correct("47/TB-UBND", "2024-07-22", start.rowVersion + 1);
    expect(again.statusCode, again.body).toBe(200);
    expect((again.json() as SynthesisDraft).conclusion!.section!.title).toBe(own);
    expect(((await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail).rowVersion).toBe(
      after.rowVersion,
    );
  });
});
