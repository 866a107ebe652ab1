import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvidenceView } from "../../src/contracts/cycles.js";
import {
  sampleDocx,
  sampleOle2,
  samplePdf,
  samplePng,
  sampleZip,
} from "../../src/domain/files/samples.test-support.js";
import { auditEvents, cycles, submissions } from "../../src/server/db/schema.js";
import { changeAssignments, openCycle } from "../../src/server/features/cycles/cycles.service.js";
import { createBackup, restoreBackup } from "../../src/server/features/system/backup.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { createTestApp, type TestApp, TestClient } from "../support/app.js";
import { makeAgency, makeProvince, makeUser } from "../support/factories.js";

const ctx = systemContext("test");
// 0.05 MB = 52 428 bytes: small enough to pass over in a test.
const maxBytes = Math.floor(0.05 * 1024 * 1024);

let t: TestApp;
let coordinator: TestClient;
beforeAll(async () => {
  t = await createTestApp({ EVIDENCE_MAX_MB: "0.05" });
  coordinator = await signIn("coordinator");
});
afterAll(() => t.close());

async function signIn(role: "coordinator" | "reporter" | "leader", agencyId: string | null = null) {
  const user = await makeUser(t.database.db, role, agencyId);
  const client = new TestClient(t.app);
  expect((await client.login(user.username, user.password)).statusCode).toBe(200);
  return client;
}

/** A 2023 cycle in a new province: agency A reports public transport, agency B urban population. */
async function fixture() {
  const db = t.database.db;
  const province = await makeProvince(db);
  const agencyA = await makeAgency(db, { orgUnitId: province });
  const agencyB = await makeAgency(db, { orgUnitId: province });
  const { id: cycleId } = await openCycle(
    db,
    {
      frameworkCode: "PEPI-2782",
      orgUnitId: province,
      year: 2023,
      deadlines: { submissionDue: "2024-02-20" },
    },
    ctx,
  );
  await changeAssignments(
    db,
    cycleId,
    {
      add: [
        { agencyId: agencyA, elementCode: "public_transport_vehicles" },
        { agencyId: agencyB, elementCode: "urban_water_supplied_m3" },
      ],
      remove: [],
    },
    ctx,
  );
  const reporterA = await signIn("reporter", agencyA);
  const reporterB = await signIn("reporter", agencyB);
  const evidenceUrl = `/api/cycles/${cycleId}/agencies/${agencyA}/evidence`;
  return { cycleId, agencyA, agencyB, reporterA, reporterB, evidenceUrl };
}

const fields = { indicatorCode: "07", docNumber: "15/BC-SXD", docDate: "2024-01-15", issuer: "Sở Xây dựng" };

async function setSubmission(cycleId: string, agencyId: string, status: string) {
  await t.database.db
    .update(submissions)
    .set({ status })
    .where(and(eq(submissions.cycleId, cycleId), eq(submissions.agencyId, agencyId)));
}

async function auditOf(type: string, entityId: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.type, type), eq(auditEvents.entityId, entityId)));
}

/** Every file under the evidence area, temporary ones included. */
function storedFiles(): string[] {
  const root = path.join(t.config.filesDir, "evidence");
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("uploading evidence", () => {
  it("stores the document by its SHA-256 and gives it back byte for byte", async () => {
    const f = await fixture();
    const content = samplePdf("Danh sách xe buýt");
    const response = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "Danh sách xe buýt năm 2023.pdf",
      content,
    });
    expect(response.statusCode).toBe(200);
    const view = response.json() as EvidenceView;
    expect(view).toMatchObject({
      indicatorCode: "07",
      fileName: "Danh sách xe buýt năm 2023.pdf",
      sizeBytes: content.length,
      mediaType: "application/pdf",
      sha256: sha256(content),
      docNumber: "15/BC-SXD",
      docDate: "2024-01-15",
      issuer: "Sở Xây dựng",
      reviewStatus: "pending",
      withdrawnAt: null,
    });
    expect(view.uploadedBy).toMatch(/^Người dùng reporter\./);

    const list = await f.reporterA.get(f.evidenceUrl);
    expect(list.json().items.map((e: EvidenceView) => e.id)).toEqual([view.id]);

    const download = await f.reporterA.get(`/api/evidence/${view.id}/file`);
    expect(download.statusCode).toBe(200);
    expect(sha256(download.rawPayload)).toBe(view.sha256);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-disposition"]).toBe(
      "attachment; filename=\"Danh sach xe buyt nam 2023.pdf\"; filename*=UTF-8''Danh%20s%C3%A1ch%20xe%20bu%C3%BDt%20n%C4%83m%202023.pdf",
    );
    // The coordinator reads every agency's documents.
    expect((await coordinator.get(`/api/evidence/${view.id}/file`)).statusCode).toBe(200);

    const [event] = await auditOf("evidence.uploaded", view.id);
    expect(event?.agencyId).toBe(f.agencyA);
    expect(event?.after).toMatchObject({ sha256: view.sha256, fileName: view.fileName });
  });

  it("keeps identical content once, under <2 hex>/<sha256>, and leaves no temporary file", async () => {
    const f = await fixture();
    const content = sampleDocx();
    const first = await f.reporterA.upload(f.evidenceUrl, fields, { name: "bao cao.docx", content });
    // The same document twice for one indicator is refused by its content, whatever its name.
    const again = await f.reporterA.upload(f.evidenceUrl, fields, { name: "ban sao.docx", content });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      "Tệp “ban sao.docx” có nội dung trùng với tài liệu “bao cao.docx” đã đính kèm cho chỉ số 07.",
    );
    // Another agency may cite the same document; each side sees that it is the same content.
    const second = await f.reporterB.upload(
      `/api/cycles/${f.cycleId}/agencies/${f.agencyB}/evidence`,
      { ...fields, indicatorCode: "01", docNumber: "" },
      { name: "ban sao.docx", content },
    );
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(second.json().docNumber).toBeNull();
    // An agency learns nothing of another's documents; the coordinator, who reads both, sees the pair.
    expect(second.json().sameContentAs).toEqual([]);
    const listA = (await f.reporterA.get(f.evidenceUrl)).json().items as EvidenceView[];
    expect(listA[0]?.sameContentAs).toEqual([]);
    const coordinator = await signIn("coordinator", null);
    const seen = (await coordinator.get(f.evidenceUrl)).json().items as EvidenceView[];
    expect(seen[0]?.sameContentAs).toEqual([expect.stringMatching(/^“ban sao\.docx” \(chỉ số 01, /)]);
    const hash = sha256(content);
    expect(fs.existsSync(path.join(t.config.filesDir, "evidence", hash.slice(0, 2), hash))).toBe(true);
    expect(storedFiles().filter((name) => name === hash)).toHaveLength(1);
    expect(storedFiles().filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("keeps only a safe base name of what the client calls the file", async () => {
    const f = await fixture();
    const response = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "../../etc/passwd.pdf",
      content: samplePdf("1"),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().fileName).toBe("passwd.pdf");
    const strange = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "bien<ban>|*1 .pdf",
      content: samplePdf("2"),
    });
    expect(strange.json().fileName).toBe("bienban1 .pdf");
    const windows = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "C:\\x\\biên bản.pdf",
      content: samplePdf("3"),
    });
    expect(windows.json().fileName).toBe("biên bản.pdf");
  });

  it("refuses content that is not what the name says, in Vietnamese", async () => {
    const f = await fixture();
    const before = storedFiles().length;
    const response = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "bien ban.pdf",
      content: samplePng(),
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe("FILE_TYPE_REFUSED");
    expect(response.json().error.message).toContain("tên tệp có đuôi .pdf nhưng nội dung là ảnh PNG");
    const exe = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "chay.exe",
      content: Buffer.from("MZ"),
    });
    expect(exe.json().error.message).toContain("không nhận tệp có đuôi .exe");
    expect(storedFiles().length).toBe(before);
    expect((await f.reporterA.get(f.evidenceUrl)).json().items).toEqual([]);
  });

  it("refuses documents that act when opened, so they never reach the dossier", async () => {
    const f = await fixture();
    const before = storedFiles().length;
    const old = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "bao cao cu.doc",
      content: sampleOle2(["WordDocument"]),
    });
    expect(old.statusCode).toBe(415);
    expect(old.json().error.code).toBe("FILE_OLD_OFFICE_FORMAT");
    expect(old.json().error.message).toContain("lưu lại thành .docx, .xlsx hoặc PDF");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Số liệu").getCell("A1").value = { formula: 'WEBSERVICE("http://x.example/")' };
    const web = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "so lieu.xlsx",
      content: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    expect(web.statusCode).toBe(415);
    expect(web.json().error.message).toContain("có công thức gọi mạng hoặc chương trình khác");
    const disguised = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "bang tinh.xlsx",
      content: sampleZip({
        "[Content_Types].xml": "<Types/>",
        "xl/workbook.xml": "<workbook/>",
        "run.vbs": "x",
      }),
    });
    expect(disguised.json().error.message).toContain("có tệp lạ trong tài liệu (“run.vbs”)");
    expect(storedFiles().length).toBe(before);
    expect((await f.reporterA.get(f.evidenceUrl)).json().items).toEqual([]);
  });

  it("refuses an empty file, a missing file and a body that is not a form", async () => {
    const f = await fixture();
    const empty = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "rong.pdf",
      content: Buffer.alloc(0),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: "FILE_EMPTY", message: "Tệp “rong.pdf” rỗng." });
    const none = await f.reporterA.upload(f.evidenceUrl, fields);
    expect(none.json().error.details).toEqual([
      { field: "file", message: "Chưa chọn tệp tài liệu minh chứng" },
    ]);
    const json = await f.reporterA.post(f.evidenceUrl, fields);
    expect(json.statusCode).toBe(415);
    const badDate = await f.reporterA.upload(
      f.evidenceUrl,
      { ...fields, docDate: "15/01/2024" },
      {
        name: "a.pdf",
        content: samplePdf(),
      },
    );
    expect(badDate.json().error.details[0].field).toBe("docDate");
  });

  it("refuses a file past EVIDENCE_MAX_MB while it streams, and a larger request before reading it", async () => {
    const f = await fixture();
    const before = storedFiles().length;
    const justOver = Buffer.concat([samplePdf(), Buffer.alloc(maxBytes, 0x20)]);
    const streamed = await f.reporterA.upload(f.evidenceUrl, fields, { name: "lon.pdf", content: justOver });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json().error).toMatchObject({ code: "FILE_TOO_LARGE" });
    expect(streamed.json().error.message).toContain("lon.pdf");
    const huge = await f.reporterA.upload(f.evidenceUrl, fields, {
      name: "rat lon.pdf",
      content: Buffer.alloc(4 * 1024 * 1024, 0x20),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toBe("Tệp “rat lon.pdf” vượt quá dung lượng cho phép (0,05 MB).");
    expect(huge.headers.connection).toBe("close");
    // A body cut inside the file.
    const cut = await f.reporterA.request({
      method: "POST",
      url: f.evidenceUrl,
      payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\n',
      headers: { "content-type": "multipart/form-data; boundary=b" },
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().error.details[0].message).toContain("bị cắt ngang");
    expect(storedFiles().length).toBe(before);
    // At the limit exactly is still accepted.
    const atLimit = Buffer.concat([samplePdf(), Buffer.alloc(maxBytes - samplePdf().length, 0x20)]);
    expect(
      (await f.reporterA.upload(f.evidenceUrl, fields, { name: "vua.pdf", content: atLimit })).statusCode,
    ).toBe(200);
  });

  it("takes documents only for indicators that read a figure assigned to the agency", async () => {
    const f = await fixture();
    const notMine = await f.reporterA.upload(
      f.evidenceUrl,
      { ...fields, indicatorCode: "01" },
      {
        name: "a.pdf",
        content: samplePdf(),
      },
    );
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.details[0]).toMatchObject({ field: "indicatorCode" });
    expect(notMine.json().error.details[0].message).toContain("không được giao số liệu nào của chỉ số 01");
    const unknown = await f.reporterA.upload(
      f.evidenceUrl,
      { ...fields, indicatorCode: "99" },
      {
        name: "a.pdf",
        content: samplePdf(),
      },
    );
    expect(unknown.json().error.details[0].message).toContain("không có chỉ số “99”");
    // Agency B reports a figure beneath a derived element of indicator 01.
    const bUrl = `/api/cycles/${f.cycleId}/agencies/${f.agencyB}/evidence`;
    const derived = await f.reporterB.upload(
      bUrl,
      { ...fields, indicatorCode: "01" },
      {
        name: "nuoc.pdf",
        content: samplePdf(),
      },
    );
    expect(derived.statusCode).toBe(200);
  });

  it("refuses uploads once the submission is sent and after the cycle is approved", async () => {
    const f = await fixture();
    await setSubmission(f.cycleId, f.agencyA, "submitted");
    const sent = await f.reporterA.upload(f.evidenceUrl, fields, { name: "a.pdf", content: samplePdf() });
    expect(sent.statusCode).toBe(409);
    expect(sent.json().error.code).toBe("INVALID_TRANSITION");
    await setSubmission(f.cycleId, f.agencyA, "returned");
    expect(
      (await f.reporterA.upload(f.evidenceUrl, fields, { name: "a.pdf", content: samplePdf() })).statusCode,
    ).toBe(200);
    await t.database.db.update(cycles).set({ status: "approved" }).where(eq(cycles.id, f.cycleId));
    const locked = await f.reporterA.upload(f.evidenceUrl, fields, { name: "a.pdf", content: samplePdf() });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe("CYCLE_LOCKED");
    expect(locked.json().error.message).toContain("năm 2023 đã được phê duyệt và khóa");
  });
});

describe("who may see and change evidence", () => {
  it("keeps another agency's reporter out of uploading, listing, downloading and withdrawing", async () => {
    const f = await fixture();
    const view = (
      await f.reporterA.upload(f.evidenceUrl, fields, { name: "a.pdf", content: samplePdf() })
    ).json();
    const upload = await f.reporterB.upload(f.evidenceUrl, fields, { name: "b.pdf", content: samplePdf() });
    expect(upload.statusCode).toBe(403);
    expect((await f.reporterB.get(f.evidenceUrl)).statusCode).toBe(403);
    expect((await f.reporterB.get(`/api/evidence/${view.id}/file`)).statusCode).toBe(403);
    expect((await f.reporterB.post(`/api/evidence/${view.id}/withdraw`)).statusCode).toBe(403);
    expect(
      (await coordinator.upload(f.evidenceUrl, fields, { name: "c.pdf", content: samplePdf() })).statusCode,
    ).toBe(403);
    expect(
      (await f.reporterA.get(`/api/evidence/00000000-0000-4000-8000-000000000000/file`)).statusCode,
    ).toBe(404);
  });

  it("lets the agency withdraw a document, which stays listed last and audited", async () => {
    const f = await fixture();
    const old = (
      await f.reporterA.upload(f.evidenceUrl, fields, { name: "cu.pdf", content: samplePdf("cũ") })
    ).json();
    const current = (
      await f.reporterA.upload(f.evidenceUrl, fields, { name: "moi.pdf", content: samplePdf() })
    ).json();
    const withdrawn = await f.reporterA.post(`/api/evidence/${old.id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().withdrawnAt).toEqual(expect.any(String));
    const list = (await f.reporterA.get(f.evidenceUrl)).json().items as EvidenceView[];
    expect(list.map((e) => e.id)).toEqual([current.id, old.id]);
    expect(await auditOf("evidence.withdrawn", old.id)).toHaveLength(1);
    expect((await f.reporterA.post(`/api/evidence/${old.id}/withdraw`)).statusCode).toBe(409);
    await setSubmission(f.cycleId, f.agencyA, "submitted");
    expect((await f.reporterA.post(`/api/evidence/${current.id}/withdraw`)).json().error.code).toBe(
      "INVALID_TRANSITION",
    );
  });

  it("lets the coordinator review a submitted document, not the reporter, until the cycle is locked", async () => {
    const f = await fixture();
    const view = (
      await f.reporterA.upload(f.evidenceUrl, fields, { name: "a.pdf", content: samplePdf() })
    ).json();
    const url = `/api/evidence/${view.id}/review`;
    expect((await f.reporterA.post(url, { status: "accepted" })).statusCode).toBe(403);
    expect((await coordinator.post(url, { status: "accepted" })).json().error.code).toBe(
      "INVALID_TRANSITION",
    );
    await setSubmission(f.cycleId, f.agencyA, "submitted");

    const noReason = await coordinator.post(url, { status: "rejected" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0]).toMatchObject({ field: "note" });
    const rejected = await coordinator.post(url, { status: "rejected", note: "Thiếu chữ ký, đóng dấu" });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ reviewStatus: "rejected", reviewNote: "Thiếu chữ ký, đóng dấu" });
    const accepted = await coordinator.post(url, { status: "accepted" });
    expect(accepted.json()).toMatchObject({ reviewStatus: "accepted", reviewNote: null });
    const events = await auditOf("evidence.reviewed", view.id);
    expect(events.map((e) => (e.after as { reviewStatus: string }).reviewStatus).sort()).toEqual([
      "accepted",
      "rejected",
    ]);

    const leader = await signIn("leader");
    expect((await leader.get(`/api/evidence/${view.id}/file`)).statusCode).toBe(200);
    expect((await leader.post(url, { status: "accepted" })).statusCode).toBe(403);

    await t.database.db.update(cycles).set({ status: "approved" }).where(eq(cycles.id, f.cycleId));
    const locked = await coordinator.post(url, { status: "rejected", note: "Muộn" });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe("CYCLE_LOCKED");
  });
});

describe("evidence in backups", () => {
  it("carries the files, and a restore puts them back where the server finds them", async () => {
    const f = await fixture();
    const content = samplePdf("sao lưu");
    // Larger than one chunk line, so the file spans several.
    const big = Buffer.concat([samplePdf(), Buffer.alloc(45_000, 0x41)]);
    const small = (await f.reporterA.upload(f.evidenceUrl, fields, { name: "a.pdf", content })).json();
    const large = (await f.reporterA.upload(f.evidenceUrl, fields, { name: "b.pdf", content: big })).json();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-evidence-backup-"));
    try {
      const file = path.join(dir, "with-files.jsonl.gz");
      const counts = await createBackup(t.database.db, file, undefined, { filesDir: t.config.filesDir });
      expect(counts.evidence_files).toBeGreaterThanOrEqual(2);

      // A document attached after the backup: the restore sets it aside, named, not lost.
      const later = samplePdf("đính kèm sau khi sao lưu");
      const laterView = (
        await f.reporterA.upload(f.evidenceUrl, fields, { name: "c.pdf", content: later })
      ).json();
      const restoredHere = await restoreBackup(t.database.db, file, ctx, { filesDir: t.config.filesDir });
      expect(restoredHere.evidence_files_set_aside).toBe(1);
      const aside = fs
        .readdirSync(path.dirname(t.config.filesDir))
        .find((n) => n.startsWith("files-set-aside-"))!;
      const asideDir = path.join(path.dirname(t.config.filesDir), aside);
      expect(fs.readdirSync(asideDir)).toEqual([laterView.sha256]);
      expect(fs.readFileSync(path.join(asideDir, laterView.sha256)).equals(later)).toBe(true);

      // Another machine: no files at all.
      fs.rmSync(path.join(t.config.filesDir, "evidence"), { recursive: true, force: true });
      // (The restore ended every session: sign in again.)
      const again = await signIn("reporter", f.agencyA);
      expect((await again.get(`/api/evidence/${small.id}/file`)).statusCode).toBe(404);

      const restored = await restoreBackup(t.database.db, file, ctx, { filesDir: t.config.filesDir });
      expect(restored.evidence_files).toBe(counts.evidence_files);
      expect(restored.evidence_files_set_aside).toBeUndefined();
      const client = await signIn("reporter", f.agencyA);
      for (const [view, bytes] of [
        [small, content],
        [large, big],
      ] as const) {
        const download = await client.get(`/api/evidence/${view.id}/file`);
        expect(download.statusCode).toBe(200);
        expect(download.rawPayload.equals(bytes)).toBe(true);
      }

      // A backup cut inside a file is refused, and no file of it is left behind.
      const lines = gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n");
      const cut = path.join(dir, "cut.jsonl.gz");
      fs.writeFileSync(cut, gzipSync(lines.slice(0, -3).join("\n")));
      fs.rmSync(path.join(t.config.filesDir, "evidence"), { recursive: true, force: true });
      await expect(restoreBackup(t.database.db, cut, ctx, { filesDir: t.config.filesDir })).rejects.toThrow(
        /cắt ngắn/,
      );
      expect(storedFiles()).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
