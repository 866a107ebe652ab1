// One silent agency does not stop the province: the coordinator enters figures an agency sent by
// letter (the letter kept, every value marked, the agency told), a figure the agency does not
// have is recorded with why, and the leader approves the year with an agency accepted as missing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm, CycleDetail, ValueInput } from "../../src/contracts/cycles.js";
import type { Role } from "../../src/domain/auth/roles.js";
import { samplePdf } from "../../src/domain/files/samples.test-support.js";
import { auditEvents, cycleAssignments } from "../../src/server/db/schema.js";
import { createBackup, restoreBackup } from "../../src/server/features/system/backup.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeAssignedCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { docxText } from "../support/documents.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signedIn = (role: Role, agencyId: string | null = null) => signedInClient(t, role, agencyId);
const formOf = async (client: TestClient, cycleId: string, agencyId: string): Promise<AgencyForm> =>
  (await client.get(`/api/cycles/${cycleId}/agencies/${agencyId}/form`)).json();

/** Every figure of the form filled with `number`, as the form offers them. */
function allValues(form: AgencyForm, number: string): ValueInput[] {
  return form.elements
    .filter((e) => !e.readOnly && !e.noData)
    .map((e) =>
      e.kind === "list"
        ? { element: e.code, list: [], baseVersion: e.version }
        : { element: e.code, number, baseVersion: e.version },
    );
}

const letter = (fields: Record<string, string>, name = "Cong van so lieu.pdf", content = samplePdf()) => ({
  fields,
  file: { name, content },
});

describe("entering an agency's figures from its letter", () => {
  let cycleId: string;
  let agencyId: string;
  let coordinator: TestClient;
  let reporter: TestClient;
  let backup: string;
  const base = () => `/api/cycles/${cycleId}/agencies/${agencyId}`;

  beforeAll(async () => {
    const province = await makeCycleProvince(t.database.db);
    agencyId = province.agencies.construction; // its head must sign off what it sends itself
    cycleId = await makeAssignedCycle(
      t.database.db,
      province.provinceId,
      {
        [agencyId]: ["public_transport_vehicles", "urban_population"],
      },
      { only: true },
    );
    coordinator = await signedIn("coordinator");
    reporter = await signedIn("reporter", agencyId);
  });

  it("refuses a letter without its number, dated in the future, or not a document", async () => {
    const noNumber = letter({ docNumber: " ", docDate: "2024-03-05" });
    const refused = await coordinator.upload(`${base()}/letters`, noNumber.fields, noNumber.file);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      expect.objectContaining({ field: "docNumber", message: "Nhập số hiệu văn bản" }),
    ]);
    const future = letter({ docNumber: "12/SXD-KHTC", docDate: "2999-01-01" });
    const late = await coordinator.upload(`${base()}/letters`, future.fields, future.file);
    expect(late.json().error.details[0]).toMatchObject({ field: "docDate" });
    const script = letter(
      { docNumber: "12/SXD-KHTC", docDate: "2024-03-05" },
      "so lieu.pdf",
      Buffer.from("#!/bin/sh\n"),
    );
    const notDocument = await coordinator.upload(`${base()}/letters`, script.fields, script.file);
    expect(notDocument.json().error.code).toBe("FILE_TYPE_REFUSED");
    // Nothing was recorded, so nothing may be entered yet.
    const save = await coordinator.put(`${base()}/values`, {
      values: [{ element: "urban_population", number: "1.000", baseVersion: null }],
    });
    expect(save.json().error.code).toBe("ON_BEHALF_LETTER_REQUIRED");
    const noData = await coordinator.put(`${base()}/no-data/urban_population`, {
      reason: "Không thống kê được",
    });
    expect(noData.json().error.code).toBe("ON_BEHALF_LETTER_REQUIRED");
  });

  it("records the letter, tells the agency, and marks every figure entered from it", async () => {
    const sent = letter({ docNumber: "12/SXD-KHTC", docDate: "2024-03-05", note: "Gửi bản giấy" });
    const recorded = await coordinator.upload(`${base()}/letters`, sent.fields, sent.file);
    expect(recorded.statusCode, recorded.body).toBe(200);
    const form: AgencyForm = recorded.json();
    expect(form.letters).toEqual([
      expect.objectContaining({ docNumber: "12/SXD-KHTC", docDate: "2024-03-05", note: "Gửi bản giấy" }),
    ]);
    expect(form.submission.onBehalfSince).not.toBeNull();
    const notices = (await reporter.get("/api/notifications")).json().items as {
      title: string;
      body: string;
    }[];
    expect(notices.map((n) => n.title)).toContain("Sở Nông nghiệp và Môi trường nhập thay số liệu năm 2023");
    expect(notices.find((n) => n.title.includes("nhập thay"))?.body).toContain(
      "văn bản số 12/SXD-KHTC ngày 05/03/2024",
    );

    const saved = await coordinator.put(`${base()}/values`, { values: allValues(form, "1.500") });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await formOf(reporter, cycleId, agencyId);
    const vehicles = after.elements.find((e) => e.code === "public_transport_vehicles")!;
    expect(vehicles.number).toBe("1500");
    expect(vehicles.enteredOnBehalf).toBe(true);
    const history = await reporter.get(`${base()}/values/public_transport_vehicles/history`);
    expect(history.json().versions[0].reason).toBe(
      "Nhập thay cơ quan theo văn bản số 12/SXD-KHTC ngày 05/03/2024",
    );
    // The letter itself is read by the agency as it was received.
    const file = await reporter.get(`/api/letters/${form.letters[0]!.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(samplePdf())).toBe(true);

    // A backup carries the letter and its file.
    backup = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pepi-letter-")), "b.jsonl.gz");
    const counts = await createBackup(t.database.db, backup, undefined, { filesDir: t.config.filesDir });
    expect(counts.agency_letters).toBe(1);
    expect(counts.evidence_files).toBe(1);

    // A figure the agency then changes itself is its own again.
    const own = await reporter.put(`${base()}/values`, {
      values: [{ element: "public_transport_vehicles", number: "1.600", baseVersion: vehicles.version }],
    });
    expect(own.statusCode, own.body).toBe(200);
    const mine = await formOf(reporter, cycleId, agencyId);
    expect(mine.elements.find((e) => e.code === "public_transport_vehicles")?.enteredOnBehalf).toBe(false);
  });

  it("sends the figures for the agency without its head's sign-off, which the letter stands for", async () => {
    expect((await reporter.post(`${base()}/submit`)).json().error.code).toBe("SIGN_OFF_REQUIRED");
    expect((await reporter.post(`${base()}/submit-on-behalf`)).statusCode).toBe(403);
    const sent = await coordinator.post(`${base()}/submit-on-behalf`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect((sent.json() as AgencyForm).submission.status).toBe("submitted");
    const events = await t.database.db
      .select({ type: auditEvents.type, summary: auditEvents.summary })
      .from(auditEvents)
      .where(eq(auditEvents.agencyId, agencyId));
    expect(events.find((e) => e.type === "submission.submitted")?.summary).toBe(
      "Gửi thay số liệu của Sở Xây dựng, năm 2023 (Nhập thay cơ quan theo văn bản số 12/SXD-KHTC ngày 05/03/2024)",
    );
    expect(events.map((e) => e.type)).toContain("submission.letter_received");
    // Sent is sent: a later letter is not needed and not taken.
    const again = letter({ docNumber: "13/SXD-KHTC", docDate: "2024-03-06" });
    const refused = await coordinator.upload(`${base()}/letters`, again.fields, again.file);
    expect(refused.json().error.code).toBe("INVALID_TRANSITION");
  });

  it("keeps the letter's file in place when the backup is restored", async () => {
    const restored = await restoreBackup(t.database.db, backup, systemContext("kiểm thử"), {
      filesDir: t.config.filesDir,
    });
    // Only files no restored row names are set aside; the letter's is named by its row.
    expect(restored.evidence_files_set_aside).toBeUndefined();
    const admin = await signedIn("coordinator");
    const { letters } = (await admin.get(`${base()}/form`)).json() as AgencyForm;
    const file = await admin.get(`/api/letters/${letters[0]!.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(samplePdf())).toBe(true);
  });
});

describe("a figure the agency does not have", () => {
  let cycleId: string;
  let agencyId: string;
  let reporter: TestClient;
  const base = () => `/api/cycles/${cycleId}/agencies/${agencyId}`;

  beforeAll(async () => {
    const province = await makeCycleProvince(t.database.db);
    agencyId = province.agencies.health;
    cycleId = await makeAssignedCycle(
      t.database.db,
      province.provinceId,
      {
        [agencyId]: ["medical_hazardous_waste_generated_t", "medical_hazardous_waste_treated_t"],
      },
      { only: true },
    );
    reporter = await signedIn("reporter", agencyId);
  });

  it("is recorded with a reason, stops being asked for, and cannot be filled while recorded", async () => {
    const short = await reporter.put(`${base()}/no-data/medical_hazardous_waste_treated_t`, { reason: "x" });
    expect(short.statusCode).toBe(400);
    const reason = "Cơ sở xử lý chất thải y tế chưa đi vào hoạt động trong năm";
    const marked = await reporter.put(`${base()}/no-data/medical_hazardous_waste_treated_t`, { reason });
    expect(marked.statusCode, marked.body).toBe(200);
    // The same record again is no change: one event in the trail.
    expect(
      (await reporter.put(`${base()}/no-data/medical_hazardous_waste_treated_t`, { reason })).statusCode,
    ).toBe(200);
    const events = await t.database.db
      .select({ type: auditEvents.type })
      .from(auditEvents)
      .where(eq(auditEvents.agencyId, agencyId));
    expect(events.filter((e) => e.type === "submission.no_data_marked")).toHaveLength(1);
    const form = await formOf(reporter, cycleId, agencyId);
    const treated = form.elements.find((e) => e.code === "medical_hazardous_waste_treated_t")!;
    expect(treated.noData?.reason).toBe(reason);
    expect(form.issues.map((i) => i.field)).toEqual(["element:medical_hazardous_waste_generated_t"]);

    const filled = await reporter.put(`${base()}/values`, {
      values: [
        { element: "medical_hazardous_waste_generated_t", number: "10", baseVersion: null },
        { element: "medical_hazardous_waste_treated_t", number: "5", baseVersion: null },
      ],
    });
    expect(filled.statusCode).toBe(400);
    expect(filled.json().error.details[0]).toMatchObject({
      field: "values.medical_hazardous_waste_treated_t",
      message: expect.stringContaining("đã ghi nhận là không có số liệu"),
    });
    // An empty cell of it, as a whole form sent back carries, is no change and no refusal.
    const generated = await reporter.put(`${base()}/values`, {
      values: [
        { element: "medical_hazardous_waste_generated_t", number: "10", baseVersion: null },
        { element: "medical_hazardous_waste_treated_t", number: "", baseVersion: null },
      ],
    });
    expect(generated.statusCode, generated.body).toBe(200);
    const ready = await formOf(reporter, cycleId, agencyId);
    expect(ready.issues).toEqual([]);
    // The indicator that reads it stays uncomputed: nothing is guessed for the missing figure.
    expect(
      ready.indicators.find((i) => i.elements.includes("medical_hazardous_waste_treated_t"))?.value,
    ).toBeNull();
  });

  it("cannot be recorded over a figure already entered, and is withdrawn as easily", async () => {
    const refused = await reporter.put(`${base()}/no-data/medical_hazardous_waste_generated_t`, {
      reason: "Không thống kê được trong năm",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].message).toContain("đã có số liệu");
    const cleared = await reporter.delete(`${base()}/no-data/medical_hazardous_waste_treated_t`);
    expect(cleared.statusCode).toBe(200);
    const form = await formOf(reporter, cycleId, agencyId);
    expect(form.elements.find((e) => e.code === "medical_hazardous_waste_treated_t")?.noData).toBeNull();
    expect(form.issues.map((i) => i.field)).toContain("element:medical_hazardous_waste_treated_t");
  });

  it("is not overtaken by a save that waited for the submission while the mark was recorded", async () => {
    // The mark holds the submission's lock, as recording one does; the save waits behind it.
    let recordMark: () => void = () => {};
    const marking = t.database.db.transaction(async (tx) => {
      await tx.execute(
        sql`select 1 from submissions where cycle_id = ${cycleId} and agency_id = ${agencyId} for update`,
      );
      await new Promise<void>((resolve) => {
        recordMark = resolve;
      });
      await tx
        .update(cycleAssignments)
        .set({ noDataReason: "Cơ sở xử lý chưa hoạt động", noDataAt: new Date() })
        .where(
          and(
            eq(cycleAssignments.cycleId, cycleId),
            eq(cycleAssignments.agencyId, agencyId),
            eq(cycleAssignments.elementCode, "medical_hazardous_waste_treated_t"),
          ),
        );
    });
    const saving = reporter.put(`${base()}/values`, {
      values: [{ element: "medical_hazardous_waste_treated_t", number: "5", baseVersion: null }],
    });
    await expect
      .poll(async () => {
        const result = await t.database.db.execute(
          sql`select count(*)::int as waiting from pg_locks where not granted`,
        );
        return (result as unknown as { rows: { waiting: number }[] }).rows[0]?.waiting;
      })
      .toBeGreaterThan(0);
    recordMark();
    await marking;
    const saved = await saving;
    expect(saved.statusCode, saved.body).toBe(400);
    expect(saved.json().error.details[0].message).toContain("đã ghi nhận là không có số liệu");
    const form = await formOf(reporter, cycleId, agencyId);
    const treated = form.elements.find((e) => e.code === "medical_hazardous_waste_treated_t")!;
    expect(treated.noData?.reason).toBe("Cơ sở xử lý chưa hoạt động");
    expect(treated.number).toBeNull();
  });
});

describe("approving with an agency accepted as missing", () => {
  let cycleId: string;
  let health: string;
  let construction: string;
  let coordinator: TestClient;
  let leader: TestClient;

  beforeAll(async () => {
    const province = await makeCycleProvince(t.database.db);
    health = province.agencies.health;
    construction = province.agencies.construction;
    cycleId = await makeAssignedCycle(
      t.database.db,
      province.provinceId,
      {
        [health]: ["medical_hazardous_waste_generated_t", "medical_hazardous_waste_treated_t"],
        [construction]: ["public_transport_vehicles", "urban_population"],
      },
      { only: true },
    );
    coordinator = await signedIn("coordinator");
    leader = await signedIn("leader");
    const reporter = await signedIn("reporter", health);
    const form = await formOf(reporter, cycleId, health);
    expect(
      (
        await reporter.put(`/api/cycles/${cycleId}/agencies/${health}/values`, {
          values: allValues(form, "10"),
        })
      ).statusCode,
    ).toBe(200);
    expect((await reporter.post(`/api/cycles/${cycleId}/agencies/${health}/submit`)).statusCode).toBe(200);
    expect((await coordinator.post(`/api/cycles/${cycleId}/agencies/${health}/accept`)).statusCode).toBe(200);
    // Sở Xây dựng typed a draft figure and never sent it.
    const silent = await signedIn("reporter", construction);
    const draft = await silent.put(`/api/cycles/${cycleId}/agencies/${construction}/values`, {
      values: [{ element: "urban_population", number: "500.000", baseVersion: null }],
    });
    expect(draft.statusCode).toBe(200);
  });

  it("asks a reason for every agency not accepted, and only for those", async () => {
    const bare = await coordinator.post(`/api/cycles/${cycleId}/send-for-approval`, {});
    expect(bare.json().error.code).toBe("NOT_ALL_ACCEPTED");
    expect(bare.json().error.message).toContain("Sở Xây dựng");
    const wrong = await coordinator.post(`/api/cycles/${cycleId}/send-for-approval`, {
      missing: [
        { agencyId: construction, reason: "Đã đôn đốc ba lần, không phản hồi" },
        { agencyId: health, reason: "Nhầm cơ quan" },
      ],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([expect.objectContaining({ field: "missing.1.agencyId" })]);
  });

  it("sends the year with the reason, leaves the silent agency's draft out, and the approval accepts it", async () => {
    const reason = "Đã đôn đốc ba lần, không phản hồi";
    const sent = await coordinator.post(`/api/cycles/${cycleId}/send-for-approval`, {
      missing: [{ agencyId: construction, reason }],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const detail: CycleDetail = sent.json();
    expect(detail.status).toBe("in_review");
    const silent = detail.submissions.find((s) => s.agency.id === construction)!;
    expect(silent).toMatchObject({ missingReason: reason, missingAcceptedAt: null });
    const notices = (await leader.get("/api/notifications")).json().items as { body: string }[];
    expect(notices.some((n) => n.body.includes(`Sở Xây dựng (${reason})`))).toBe(true);
    // Its unsent draft does not count: urban population is not known to the year.
    const form = await formOf(coordinator, cycleId, construction);
    expect(form.indicators.find((i) => i.code === "07")?.value).toBeNull();

    const approved = await leader.post(`/api/cycles/${cycleId}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const accepted = (approved.json() as CycleDetail).submissions.find((s) => s.agency.id === construction)!;
    expect(accepted.missingAcceptedAt).not.toBeNull();
    const events = await t.database.db
      .select({ summary: auditEvents.summary })
      .from(auditEvents)
      .where(eq(auditEvents.type, "cycle.approved"));
    expect(events.map((e) => e.summary)).toContain(
      `Phê duyệt và khóa kỳ đánh giá năm 2023; chấp nhận thiếu số liệu của Sở Xây dựng (${reason})`,
    );
    // The report the leader signs says so, with the reason.
    const report = await coordinator.get(`/api/cycles/${cycleId}/documents/report.docx`);
    expect(report.statusCode).toBe(200);
    expect(await docxText(report.rawPayload)).toContain(
      `Sở Xây dựng chưa cung cấp số liệu (lãnh đạo đã chấp nhận thiếu); lý do: ${reason}.`,
    );
  });

  it("forgets the missing mark when the year is reopened, so it is decided again", async () => {
    const reopened = await coordinator.post(`/api/cycles/${cycleId}/reopen`, {
      reason: "Sở Xây dựng đã gửi văn bản",
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const silent = (reopened.json() as CycleDetail).submissions.find((s) => s.agency.id === construction)!;
    expect(silent).toMatchObject({ missingReason: null, missingAcceptedAt: null });
  });
});
