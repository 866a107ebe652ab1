// A plan's progress reports: the schedule gives the periods and their due days (seed 004: six-
// monthly by 05/7, yearly by 10/12); each agency reports task by task, a supporting agency's
// input reaches the lead; a report is signed off where the agency has a head's sign-off, sent,
// returned with a reason and accepted; a change after acceptance is an amendment with its
// reason; a closed period takes nothing; the plan's own measures take their actuals from the
// accepted reports; reminders go before the due day and when late.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDetail } from "../../src/contracts/plan-content.js";
import type { AgencyReportHistory, PlanHealth } from "../../src/contracts/plan-health.js";
import type { PlanReport, PlanReports } from "../../src/contracts/plan-reports.js";
import type { Plan } from "../../src/contracts/plans.js";
import { samplePdf } from "../../src/domain/files/samples.test-support.js";
import { seed004Schedule } from "../../src/domain/plans/report-periods.js";
import {
  ownMeasureFacts,
  queuePlanReportReminders,
} from "../../src/server/features/plans/plan-reports.service.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";

let t: TestApp;
let coordinator: TestClient;
let agencies: ProvinceAgencies;
let plan: Plan;
let targetId: string;
let taskB: string;
const people = {} as Record<"construction" | "head" | "industry", TestClient>;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signedInClient(t, "coordinator");
  agencies = (await makeCycleProvince(t.database.db)).agencies;
  people.construction = await signedInClient(t, "reporter", agencies.construction);
  people.head = await signedInClient(t, "agency_head", agencies.construction);
  people.industry = await signedInClient(t, "reporter", agencies.industry);
  plan = (
    await coordinator.post("/api/plans", {
      numberSymbol: "82/KH-UBND",
      issuedOn: "2024-03-20",
      issuer: "UBND tỉnh",
      title: "Kế hoạch nâng hạng Chỉ số PGI giai đoạn 2024-2025",
      periodFrom: 2024,
      periodTo: 2025,
      scope: "pgi",
      status: "issued",
    })
  ).json();
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
    ],
  });
  expect(withTargets.statusCode, withTargets.body).toBe(200);
  const detail = withTargets.json() as PlanDetail;
  targetId = detail.targets[0]!.id;
  const withTasks = await coordinator.put(`/api/plans/${plan.id}/tasks`, {
    expectedRowVersion: detail.rowVersion,
    sections: [
      {
        number: "1",
        title: "Chỉ số thành phần 1",
        tasks: [
          {
            letter: "a",
            body: "Đầu tư hệ thống thu gom, xử lý nước thải đô thị",
            leadAgencyIds: [agencies.construction],
            supportingAgencyIds: [agencies.industry],
            targetIds: [targetId],
            recurring: true,
          },
          {
            letter: "b",
            body: "Kiểm tra các cụm công nghiệp",
            leadAgencyIds: [agencies.industry],
            recurring: true,
          },
        ],
      },
    ],
  });
  expect(withTasks.statusCode, withTasks.body).toBe(200);
  taskB = (withTasks.json() as PlanDetail).sections[0]!.tasks[1]!.id;
});
afterAll(() => t.close());

const version = async () => ((await coordinator.get(`/api/plans/${plan.id}`)).json() as Plan).rowVersion;
const reports = async (client = coordinator) =>
  (await client.get(`/api/plans/${plan.id}/reports`)).json() as PlanReports;
const periodOf = async (label: string) => (await reports()).periods.find((p) => p.label === label)!;
const reportUrl = (periodId: string, agencyId: string) =>
  `/api/plans/${plan.id}/reports/${periodId}/${agencyId}`;
const read = async (client: TestClient, periodId: string, agencyId: string) =>
  (await client.get(reportUrl(periodId, agencyId))).json() as PlanReport;

describe("the reporting schedule", () => {
  it("is refused by place when a day does not exist or the department would compile first", async () => {
    const bad = await coordinator.put(`/api/plans/${plan.id}/schedule`, {
      expectedRowVersion: await version(),
      schedule: [{ kind: "year", agencyDue: "12-31", departmentDue: "12-15", followingYear: false }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      {
        field: "schedule[0].departmentDue",
        message: "Hạn Sở tổng hợp (15/12) phải sau hạn các cơ quan báo cáo (31/12)",
      },
    ]);
    expect((await reports()).periods).toEqual([]);
  });

  it("gives seed 004's periods for each year, each listing the agencies on the plan's tasks", async () => {
    const saved = await coordinator.put(`/api/plans/${plan.id}/schedule`, {
      expectedRowVersion: await version(),
      schedule: seed004Schedule,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const list = saved.json() as PlanReports;
    expect(list.periods.map((p) => `${p.label}: ${p.agencyDue}, ${p.departmentDue}`)).toEqual([
      "6 tháng đầu năm 2024: 2024-07-05, 2024-07-10",
      "năm 2024: 2024-12-10, 2024-12-15",
      "6 tháng đầu năm 2025: 2025-07-05, 2025-07-10",
      "năm 2025: 2025-12-10, 2025-12-15",
    ]);
    expect(list.periods[0]!.reports.map((r) => [r.agency.name, r.status, r.leads, r.supports])).toEqual([
      ["Sở Công Thương", null, 1, 1],
      ["Sở Xây dựng", null, 1, 0],
    ]);
    // An agency's people see their own line only.
    const own = await reports(people.industry);
    expect(own.periods[0]!.reports.map((r) => r.agency.name)).toEqual(["Sở Công Thương"]);
  });
});

describe("the periods follow the plan", () => {
  it("gets periods for a year added to the plan, and loses them when it is taken out again", async () => {
    const current = (await coordinator.get(`/api/plans/${plan.id}`)).json() as Plan;
    const { id, rowVersion, implements: _i, implementedBy, allowedActions, updatedAt, ...fields } = current;
    const longer = await coordinator.patch(`/api/plans/${plan.id}`, {
      ...fields,
      periodTo: 2026,
      expectedRowVersion: rowVersion,
    });
    expect(longer.statusCode, longer.body).toBe(200);
    expect((await reports()).periods.map((p) => p.label).slice(-2)).toEqual([
      "6 tháng đầu năm 2026",
      "năm 2026",
    ]);
    const back = await coordinator.patch(`/api/plans/${plan.id}`, {
      ...fields,
      periodTo: 2025,
      expectedRowVersion: rowVersion + 1,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect((await reports()).periods.map((p) => p.label).at(-1)).toBe("năm 2025");
  });

  it("takes no report on a plan still in draft", async () => {
    const draft = (
      await coordinator.post("/api/plans", {
        issuer: "Sở Công Thương",
        title: "Kế hoạch của Sở Công Thương (dự thảo)",
        periodFrom: 2024,
        periodTo: 2024,
        scope: "pgi",
        status: "draft",
      })
    ).json() as Plan;
    const tasks = await coordinator.put(`/api/plans/${draft.id}/tasks`, {
      expectedRowVersion: draft.rowVersion,
      sections: [
        {
          number: "1",
          title: "Nhiệm vụ",
          tasks: [{ letter: "a", body: "Rà soát", leadAgencyIds: [agencies.industry], recurring: true }],
        },
      ],
    });
    const scheduled = await coordinator.put(`/api/plans/${draft.id}/schedule`, {
      expectedRowVersion: (tasks.json() as PlanDetail).rowVersion,
      schedule: [seed004Schedule[1]],
    });
    const period = (scheduled.json() as PlanReports).periods[0]!;
    const refused = await people.industry.put(
      `/api/plans/${draft.id}/reports/${period.id}/${agencies.industry}`,
      {
        expectedRowVersion: 0,
        items: [],
        figures: [],
      },
    );
    expect(refused.json().error.message).toBe(
      "Không thể sửa báo cáo khi kế hoạch đang ở trạng thái “dự thảo”.",
    );
  });
});

describe("an agency's progress report of a period", () => {
  it("goes from the agency, task by task, through a return with its reason to acceptance", async () => {
    const half = await periodOf("6 tháng đầu năm 2024");
    const url = reportUrl(half.id, agencies.industry);
    const blank = await read(people.industry, half.id, agencies.industry);
    expect(blank.items.map((i) => [i.task.place, i.role, i.lead.map((l) => l.name)])).toEqual([
      ["1.a", "support", ["Sở Xây dựng"]],
      ["1.b", "lead", []],
    ]);
    expect(blank.rowVersion).toBe(0);
    const taskA = blank.items[0]!.task.id;

    // Sending what says nothing of the task it leads is refused with the task's place.
    const draft = await people.industry.put(url, {
      expectedRowVersion: 0,
      items: [{ taskId: taskA, progress: "Phối hợp rà soát 12 cụm công nghiệp" }],
      figures: [],
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const early = await people.industry.post(`${url}/submit`, { expectedRowVersion: 1 });
    expect(early.json().error.code).toBe("PLAN_REPORT_INCOMPLETE");
    expect(early.json().error.message).toBe(
      "Chưa thể gửi: báo cáo còn 1 chỗ cần bổ sung (xem từng nhiệm vụ).",
    );
    expect(early.json().error.details).toEqual([
      { field: `item:${taskB}:status`, message: "Nhiệm vụ 1.b: chưa chọn tình hình thực hiện" },
    ]);
    // A task it does not have and a target it does not report are refused by place.
    const foreign = await people.industry.put(url, {
      expectedRowVersion: 1,
      items: [{ taskId: crypto.randomUUID(), status: "done", progress: "x" }],
      figures: [{ targetId, value: 10 }],
    });
    expect(foreign.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      "items[0].taskId",
      "figures[0].targetId",
    ]);
    const twice = await people.industry.put(url, {
      expectedRowVersion: 1,
      items: [
        { taskId: taskB, status: "done", progress: "x" },
        { taskId: taskB, status: "delayed", progress: "y" },
      ],
      figures: [],
    });
    expect(twice.json().error.details).toEqual([
      { field: "items[1].taskId", message: "Nhiệm vụ 1.b có hai lần trong báo cáo" },
    ]);

    const full = await people.industry.put(url, {
      expectedRowVersion: 1,
      items: [
        { taskId: taskA, progress: "Phối hợp rà soát 12 cụm công nghiệp" },
        { taskId: taskB, status: "done", progress: "Đã kiểm tra 8/8 cụm công nghiệp" },
      ],
      figures: [],
      difficulties: "Thiếu kinh phí quan trắc",
      proposals: "Bổ sung kinh phí",
    });
    expect(full.statusCode, full.body).toBe(200);
    const sent = await people.industry.post(`${url}/submit`, { expectedRowVersion: 2 });
    expect(sent.statusCode, sent.body).toBe(200);
    expect((sent.json() as PlanReport).status).toBe("submitted");
    expect((sent.json() as PlanReport).timeliness).toBe("late");
    const locked = await people.industry.put(url, { expectedRowVersion: 3, items: [], figures: [] });
    expect(locked.json().error.code).toBe("INVALID_TRANSITION");

    const noReason = await coordinator.post(`${url}/return`, { expectedRowVersion: 3 });
    expect(noReason.json().error.details[0].field).toBe("reason");
    const returned = await coordinator.post(`${url}/return`, {
      expectedRowVersion: 3,
      reason: "Nêu rõ số cụm công nghiệp vi phạm",
    });
    expect((returned.json() as PlanReport).status).toBe("returned");
    const told = await people.industry.get("/api/notifications");
    expect(JSON.stringify(told.json())).toContain("Nêu rõ số cụm công nghiệp vi phạm");
    expect((await people.industry.post(`${url}/submit`, { expectedRowVersion: 4 })).statusCode).toBe(200);
    const accepted = await coordinator.post(`${url}/accept`, { expectedRowVersion: 5 });
    expect((accepted.json() as PlanReport).status).toBe("accepted");
    // The agency cannot accept its own report, nor read another agency's.
    expect((await people.industry.post(`${url}/accept`, { expectedRowVersion: 6 })).statusCode).toBe(403);
    expect((await people.industry.get(reportUrl(half.id, agencies.construction))).statusCode).toBe(403);
  });

  it("gives the lead the supporter's input, needs the head's sign-off, and fills the plan's own measure while its year runs", async () => {
    const half = await periodOf("6 tháng đầu năm 2024");
    const url = reportUrl(half.id, agencies.construction);
    const blank = await read(people.construction, half.id, agencies.construction);
    expect(blank.items[0]!.supportInputs).toEqual([
      {
        agency: { id: agencies.industry, name: "Sở Công Thương" },
        progress: "Phối hợp rà soát 12 cụm công nghiệp",
        reportStatus: "accepted",
      },
    ]);
    expect(blank.figures).toMatchObject([
      { targetId, label: "Tỷ lệ nước thải đô thị được thu gom, xử lý", target: 50 },
    ]);
    const saved = await people.construction.put(url, {
      expectedRowVersion: 0,
      items: [
        { taskId: blank.items[0]!.task.id, status: "in_progress", progress: "Đã đấu nối 3 khu đô thị" },
      ],
      figures: [{ targetId, value: 48 }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      (await people.construction.post(`${url}/submit`, { expectedRowVersion: 1 })).json().error.code,
    ).toBe("PLAN_REPORT_SIGN_OFF_REQUIRED");
    expect(
      (await people.construction.post(`${url}/request-sign-off`, { expectedRowVersion: 1 })).statusCode,
    ).toBe(200);
    // Only the head signs.
    expect((await people.construction.post(`${url}/sign-off`, { expectedRowVersion: 2 })).statusCode).toBe(
      403,
    );
    expect((await people.head.post(`${url}/sign-off`, { expectedRowVersion: 2 })).statusCode).toBe(200);
    // A document attached after the signature needs the signature again.
    const attached = await people.construction.upload(
      `${url}/files`,
      {},
      { name: "ket-qua.pdf", content: samplePdf("Kết quả") },
    );
    expect((attached.json() as PlanReport).signedOffAt).toBeNull();
    expect(
      (await people.construction.post(`${url}/submit`, { expectedRowVersion: 4 })).json().error.code,
    ).toBe("PLAN_REPORT_SIGN_OFF_REQUIRED");
    expect((await people.head.post(`${url}/sign-off`, { expectedRowVersion: 4 })).statusCode).toBe(200);
    expect((await people.construction.post(`${url}/submit`, { expectedRowVersion: 5 })).statusCode).toBe(200);

    // Not reported until accepted: a sent figure is not yet the plan's actual.
    const before = (await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    expect(before.targets[0]!.years[0]).toMatchObject({ year: 2024, actual: null, status: "not_reported" });
    expect((await coordinator.post(`${url}/accept`, { expectedRowVersion: 6 })).statusCode).toBe(200);
    // While 2024 ran, the accepted six-month figure was its live actual.
    const during = (await ownMeasureFacts(t.database.db, plan.id, new Date("2024-08-01T03:00:00Z")))(
      targetId,
    );
    expect(during.actual("own", null, 2024)).toEqual({
      value: 48,
      final: false,
      source: "Báo cáo 6 tháng đầu năm 2024 của Sở Xây dựng",
      published: false,
    });
    // The year is over: without the yearly report, 2024 is not reported, never "on track".
    const after = (await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    expect(after.targets[0]!.years[0]).toMatchObject({ year: 2024, actual: null, status: "not_reported" });
  });

  it("keeps a change after acceptance as an amendment with its reason", async () => {
    const half = await periodOf("6 tháng đầu năm 2024");
    const url = reportUrl(half.id, agencies.construction);
    const report = await read(people.construction, half.id, agencies.construction);
    expect(report.allowedActions).toContain("amend");
    const change = {
      expectedRowVersion: report.rowVersion,
      items: [
        { taskId: report.items[0]!.task.id, status: "in_progress", progress: "Đã đấu nối 4 khu đô thị" },
      ],
      figures: [{ targetId, value: 49 }],
    };
    const noReason = await people.construction.put(url, change);
    expect(noReason.json().error.details[0].field).toBe("amendmentReason");
    const amended = await people.construction.put(url, {
      ...change,
      amendmentReason: "Số liệu khu đô thị thứ tư",
    });
    expect(amended.statusCode, amended.body).toBe(200);
    const body = amended.json() as PlanReport;
    expect(body.status).toBe("accepted");
    expect(body.amendments.map((a) => a.reason)).toEqual(["Số liệu khu đô thị thứ tư"]);
    const amendedFacts = await ownMeasureFacts(t.database.db, plan.id, new Date("2024-08-01T03:00:00Z"));
    expect(amendedFacts(targetId).actual("own", null, 2024)?.value).toBe(49);
  });

  it("takes nothing once the department has closed the period, until it is reopened", async () => {
    const half = await periodOf("6 tháng đầu năm 2024");
    const closed = await coordinator.post(`/api/plans/${plan.id}/periods/${half.id}/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    const report = await read(people.construction, half.id, agencies.construction);
    expect(report.allowedActions).toEqual([]);
    const late = await people.construction.put(reportUrl(half.id, agencies.construction), {
      expectedRowVersion: report.rowVersion,
      items: [],
      figures: [],
      amendmentReason: "Bổ sung",
    });
    expect(late.json().error.message).toBe(
      "Không thể sửa báo cáo khi kỳ báo cáo của kế hoạch đang ở trạng thái “đã khóa (kỳ 6 tháng đầu năm 2024)”.",
    );
    expect((await coordinator.post(`/api/plans/${plan.id}/periods/${half.id}/reopen`, {})).statusCode).toBe(
      200,
    );
  });

  it("keeps in the plan a task that was reported on, and a period that has reports", async () => {
    const detail = (await coordinator.get(`/api/plans/${plan.id}`)).json() as PlanDetail;
    const [a] = detail.sections[0]!.tasks;
    const removed = await coordinator.put(`/api/plans/${plan.id}/tasks`, {
      expectedRowVersion: detail.rowVersion,
      sections: [
        {
          id: detail.sections[0]!.id,
          number: "1",
          title: "Chỉ số thành phần 1",
          tasks: [
            {
              id: a!.id,
              letter: "a",
              body: a!.body,
              leadAgencyIds: [agencies.construction],
              recurring: true,
            },
          ],
        },
      ],
    });
    expect(removed.statusCode).toBe(400);
    expect(removed.json().error.details[0].message).toContain("Nhiệm vụ 1.b đã có báo cáo tiến độ");
    const dropped = await coordinator.put(`/api/plans/${plan.id}/schedule`, {
      expectedRowVersion: detail.rowVersion,
      schedule: [seed004Schedule[1]],
    });
    expect(dropped.json().error.details[0].message).toBe(
      "Kỳ báo cáo 6 tháng đầu năm 2024 đã có 2 cơ quan báo cáo nên không bỏ được",
    );
  });

  it("keeps documents with a report being written", async () => {
    const year = await periodOf("năm 2024");
    const url = reportUrl(year.id, agencies.industry);
    const pdf = samplePdf("Báo cáo 6 tháng");
    const added = await people.industry.upload(`${url}/files`, {}, { name: "bao-cao.pdf", content: pdf });
    expect(added.statusCode, added.body).toBe(200);
    const file = (added.json() as PlanReport).files[0]!;
    expect(file.fileName).toBe("bao-cao.pdf");
    const back = await coordinator.get(`${url}/files/${file.id}`);
    expect(back.rawPayload.equals(pdf)).toBe(true);
    expect((await people.construction.get(`${url}/files/${file.id}`)).statusCode).toBe(403);
    const gone = await people.industry.delete(`${url}/files/${file.id}`);
    expect((gone.json() as PlanReport).files).toEqual([]);
  });
});

describe("reminders of a period", () => {
  it("go to the agencies before the due day, and when late to them and to the department", async () => {
    const db = t.database.db;
    const before = await queuePlanReportReminders(db, new Date("2025-07-02T03:00:00Z"), [7, 3, 1]);
    expect(before.reminders).toBeGreaterThanOrEqual(2);
    const again = await queuePlanReportReminders(db, new Date("2025-07-02T09:00:00Z"), [7, 3, 1]);
    expect(again.reminders).toBe(0);
    await queuePlanReportReminders(db, new Date("2025-07-06T03:00:00Z"), [7, 3, 1]);
    const list = JSON.stringify((await coordinator.get("/api/notifications")).json());
    expect(list).toContain("2 cơ quan quá hạn gửi báo cáo 6 tháng đầu năm 2025");
    expect(list).toContain("Các cơ quan chưa gửi: Sở Công Thương; Sở Xây dựng.");
  });
});

describe("how the plans stand", () => {
  it("tells the leader each plan's targets, late tasks by agency and who has not reported", async () => {
    const year = await periodOf("năm 2024");
    const url = reportUrl(year.id, agencies.industry);
    const draft = await read(people.industry, year.id, agencies.industry);
    const saved = await people.industry.put(url, {
      expectedRowVersion: draft.rowVersion,
      items: [
        { taskId: draft.items[0]!.task.id, progress: "Không có nội dung phối hợp trong kỳ" },
        { taskId: taskB, status: "delayed", progress: "Chưa đủ kinh phí kiểm tra" },
      ],
      figures: [],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      (
        await people.industry.post(`${url}/submit`, {
          expectedRowVersion: (saved.json() as PlanReport).rowVersion,
        })
      ).statusCode,
    ).toBe(200);

    const leader = await signedInClient(t, "leader");
    const health = await leader.get("/api/plans/health");
    expect(health.statusCode, health.body).toBe(200);
    const mine = (health.json() as PlanHealth).plans.find((p) => p.plan.id === plan.id)!;
    // The plan ended in 2025: its targets are judged on that year, where nothing is reported yet.
    expect(mine.year).toBe(2025);
    expect(mine.targets).toEqual({ met: 0, on_track: 0, at_risk: 0, missed: 0, not_reported: 1 });
    expect(mine.period?.label).toBe("năm 2025");
    expect(mine.notReported.map((a) => a.name)).toEqual(["Sở Công Thương", "Sở Xây dựng"]);
    expect(mine.lateTasks).toEqual([
      {
        agency: { id: agencies.industry, name: "Sở Công Thương" },
        tasks: [{ place: "1.b", body: "Kiểm tra các cụm công nghiệp", deadline: null, why: "delayed" }],
      },
    ]);
    // An agency's people do not get the province's overview.
    expect((await people.industry.get("/api/plans/health")).statusCode).toBe(403);
  });

  it("shows an agency how its reports arrived over time and where its tasks stand, and only its own", async () => {
    const history = await people.industry.get(`/api/plans/agency-reports?agencyId=${agencies.industry}`);
    expect(history.statusCode, history.body).toBe(200);
    const items = (history.json() as AgencyReportHistory).items;
    expect(items.map((i) => [i.period.label, i.status, i.timeliness])).toEqual([
      ["năm 2025", null, "overdue"],
      ["6 tháng đầu năm 2025", null, "overdue"],
      ["năm 2024", "submitted", "late"],
      ["6 tháng đầu năm 2024", "accepted", "late"],
    ]);
    const other = await people.industry.get(`/api/plans/agency-reports?agencyId=${agencies.construction}`);
    expect(other.statusCode).toBe(403);
    // Its tasks say how it last reported each one it leads.
    const tasks = (await people.industry.get(`/api/plans/tasks?agencyId=${agencies.industry}`)).json() as {
      items: { id: string; role: string; latest: { status: string; period: string } | null }[];
    };
    expect(tasks.items.find((x) => x.id === taskB)?.latest).toEqual({
      status: "delayed",
      period: "năm 2024",
    });
    expect(tasks.items.find((x) => x.role === "support")?.latest).toBeNull();
  });
});
