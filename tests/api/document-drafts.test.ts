// The editable text of a cycle's documents: defaults taken from the cycle, a save that keeps
// versions and refuses an outdated copy, a reset to the defaults, each with its audit event.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentDraft, RequestLetterFields } from "../../src/contracts/documents.js";
import { cycles } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";

let t: TestApp;
let coordinator: TestClient;
let admin: TestClient;
let cycleId: string;
beforeAll(async () => {
  t = await createTestApp();
  const province = await makeCycleProvince(t.database.db);
  cycleId = await makeCycle(t.database.db, province.provinceId, { year: 2023 });
  coordinator = await signedInClient(t, "coordinator");
  admin = await signedInClient(t, "admin");
});
afterAll(() => t.close());

const url = (kind = "request_letter") => `/api/cycles/${cycleId}/documents/${kind}/draft`;

async function draftOf(client: TestClient, kind = "request_letter"): Promise<DocumentDraft> {
  const response = await client.get(url(kind));
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function trail(): Promise<{ type: string; before: unknown; after: unknown }[]> {
  const response = await admin.get(`/api/audit-events?entityType=document&entityId=${cycleId}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

describe("document drafts", () => {
  it("start from defaults taken from the cycle", async () => {
    const draft = await draftOf(coordinator);
    expect(draft).toMatchObject({ kind: "request_letter", saved: false, rowVersion: null, updatedAt: null });
    expect(draft.allowedActions).toContain("document.edit");
    const fields = draft.fields as RequestLetterFields;
    expect(fields.subject).toContain("năm 2023");
    // 2023 was reported before the ministries merged (03/2025): the names of that time.
    expect(fields.issuingBody).toBe("SỞ TÀI NGUYÊN\nVÀ MÔI TRƯỜNG");
    expect(fields.closing).toContain("trước ngày 20/02/2024");
    // The departments on one line, as people write it.
    expect(fields.addressees).toContainEqual(expect.stringMatching(/^Các Sở: .*Xây dựng/));
    expect(fields.addressees).not.toContain("Sở Nông nghiệp và Môi trường");
    expect(fields.date).toBeNull();

    const report = await draftOf(coordinator, "report");
    expect(report.fields.addressees).toEqual(["Bộ Tài nguyên và Môi trường"]);

    // The leader reads but does not edit.
    const leader = await signedInClient(t, "leader");
    expect((await draftOf(leader)).allowedActions).not.toContain("document.edit");
    const refused = await leader.put(url(), { rowVersion: null, fields: draft.fields });
    expect(refused.statusCode).toBe(403);
    expect((await leader.request({ method: "DELETE", url: url() })).statusCode).toBe(403);
  });

  it("save with versions and refuse an outdated copy", async () => {
    const draft = await draftOf(coordinator);
    const first = await coordinator.put(url(), {
      rowVersion: null,
      fields: { ...draft.fields, subject: "Cung cấp số liệu năm 2023" },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ saved: true, rowVersion: 1 });
    expect(first.json().fields.subject).toBe("Cung cấp số liệu năm 2023");

    const second = await coordinator.put(url(), {
      rowVersion: 1,
      fields: { ...first.json().fields, contact: "Liên hệ: Phòng Môi trường, 0214.3840.123." },
    });
    expect(second.json()).toMatchObject({ saved: true, rowVersion: 2 });

    // A second editor who started from the defaults, or from version 1, overwrites nothing.
    for (const rowVersion of [null, 1]) {
      const stale = await coordinator.put(url(), { rowVersion, fields: { ...draft.fields, subject: "Cũ" } });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe("STALE_UPDATE");
    }
    expect((await draftOf(coordinator)).fields.subject).toBe("Cung cấp số liệu năm 2023");

    const saved = (await trail()).filter((e) => e.type === "document.draft_saved");
    expect(saved).toHaveLength(2);
    // Newest first: the second save changed only the contact.
    expect(Object.keys(saved[0]?.after as object)).toEqual(["contact"]);
    expect(saved[1]?.after).toMatchObject({ subject: "Cung cấp số liệu năm 2023" });
  });

  it("refuse invalid text, naming each field in Vietnamese", async () => {
    const draft = await draftOf(coordinator);
    const response = await coordinator.put(url(), {
      rowVersion: draft.rowVersion,
      fields: { ...draft.fields, issuingBody: "", date: "05/01/2025", recipients: ["Như trên;", ""] },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      "fields.date",
      "fields.issuingBody",
      "fields.recipients.1",
    ]);
  });

  it("reset to the defaults, recorded in the audit trail", async () => {
    const reset = await coordinator.request({ method: "DELETE", url: url() });
    expect(reset.statusCode, reset.body).toBe(200);
    const draft = await draftOf(coordinator);
    expect(draft).toMatchObject({ saved: false, rowVersion: null });
    expect(draft.fields.subject).toContain("Đề nghị cung cấp thông tin, số liệu");
    const events = await trail();
    expect(events[0]?.type).toBe("document.draft_reset");
    expect(events[0]?.before).toMatchObject({ subject: "Cung cấp số liệu năm 2023" });

    // Resetting defaults again changes nothing and records nothing.
    await coordinator.request({ method: "DELETE", url: url() });
    expect(await trail()).toHaveLength(events.length);
  });

  it("are closed to agencies, and frozen once the dossier is recorded as sent", async () => {
    const province = await makeCycleProvince(t.database.db);
    const ownCycle = await makeCycle(t.database.db, province.provinceId, { year: 2022 });
    const own = `/api/cycles/${ownCycle}/documents/report/draft`;
    const reporter = await signedInClient(t, "reporter", province.agencies.construction);
    expect((await reporter.get(own)).statusCode).toBe(403);
    expect((await reporter.get(`/api/cycles/${ownCycle}/documents/dossier`)).statusCode).toBe(403);

    const draft = (await coordinator.get(own)).json() as DocumentDraft;
    await t.database.db.update(cycles).set({ status: "sent_to_ministry" }).where(eq(cycles.id, ownCycle));
    const refused = await coordinator.put(own, { rowVersion: null, fields: draft.fields });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: "INVALID_TRANSITION" });
    expect(refused.json().error.message).toContain("sửa nội dung văn bản");
    expect((await coordinator.get(own)).json()).toMatchObject({ saved: false });
  });
});
