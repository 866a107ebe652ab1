import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvidenceView } from "../../src/contracts/cycles.js";
import { samplePdf, samplePng } from "../../src/domain/files/samples.test-support.js";
import { auditEvents, cycles, submissions } from "../../src/server/db/schema.js";
import type { Manifest } from "../../src/server/documents/dossier-zip.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeAssignedCycle } from "../support/cycle-factories.js";
import { makeAgency, makeProvince } from "../support/factories.js";

const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");

let t: TestApp;
let coordinator: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signedInClient(t, "coordinator");
});
afterAll(() => t.close());

/** A 2023 cycle where agency A reports public transport (indicator 07) and attaches documents. */
async function fixture() {
  const db = t.database.db;
  const province = await makeProvince(db);
  const agencyA = await makeAgency(db, { orgUnitId: province, name: "Sở Xây dựng" });
  const cycleId = await makeAssignedCycle(db, province, { [agencyA]: ["public_transport_vehicles"] });
  const reporter = await signedInClient(t, "reporter", agencyA);
  const url = `/api/cycles/${cycleId}/agencies/${agencyA}/evidence`;
  const attach = async (name: string, content: Buffer) => {
    const response = await reporter.upload(
      url,
      { indicatorCode: "07", docNumber: "15/BC-SXD", docDate: "2024-01-15", issuer: "Sở Xây dựng" },
      { name, content },
    );
    expect(response.statusCode, response.body).toBe(200);
    return { view: response.json() as EvidenceView, content };
  };
  return { cycleId, agencyA, reporter, attach };
}

async function download(cycleId: string) {
  const response = await coordinator.get(`/api/cycles/${cycleId}/documents/dossier.zip`);
  expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
  return { response, zip: await JSZip.loadAsync(response.rawPayload) };
}

describe("Ministry dossier", () => {
  it("holds the report, the data and every document in force, with checksums that verify", async () => {
    const f = await fixture();
    const odd = await f.attach("Biên bản: số 1 <bản chính>?.pdf", samplePdf("Biên bản số 1"));
    const first = await f.attach("Ảnh hiện trường.png", samplePng());
    const same = await f.attach("Biên bản kiểm tra.pdf", samplePdf("lần 1"));
    const again = await f.attach("Biên bản kiểm tra.pdf", samplePdf("lần 2"));
    const withdrawn = await f.attach("Bản cũ.pdf", samplePdf("bản cũ"));
    expect((await f.reporter.post(`/api/evidence/${withdrawn.view.id}/withdraw`)).statusCode).toBe(200);
    const refused = await f.attach("Sai.pdf", samplePdf("không đúng"));
    await t.database.db
      .update(submissions)
      .set({ status: "submitted" })
      .where(and(eq(submissions.cycleId, f.cycleId), eq(submissions.agencyId, f.agencyA)));
    const review = await coordinator.post(`/api/evidence/${refused.view.id}/review`, {
      status: "rejected",
      note: "Không đúng chỉ số",
    });
    expect(review.statusCode, review.body).toBe(200);

    const summary = await coordinator.get(`/api/cycles/${f.cycleId}/documents/dossier`);
    expect(summary.json()).toMatchObject({
      approved: false,
      evidenceCount: 4,
      indicatorsWithEvidence: ["07"],
      fileName: "Hồ sơ Bộ chỉ số PEPI năm 2023.zip",
    });

    const { response, zip } = await download(f.cycleId);
    expect(response.headers["content-type"]).toBe("application/zip");
    expect(decodeURIComponent(String(response.headers["content-disposition"]))).toContain(
      "Hồ sơ Bộ chỉ số PEPI năm 2023.zip",
    );
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names.some((n) => /^01 .*\.docx$/.test(n))).toBe(true);
    expect(names.some((n) => /^01 .*\.pdf$/.test(n))).toBe(true);
    expect(names).toContain("02 Số liệu PEPI 2023.xlsx");
    const evidence = names.filter((n) => n.startsWith("03 Minh chứng/"));
    // Forbidden characters go, diacritics stay; two documents with one name both arrive.
    expect(evidence.some((n) => n.endsWith("/Sở Xây dựng - Biên bản số 1 bản chính.pdf"))).toBe(true);
    expect(evidence.filter((n) => n.includes("Biên bản kiểm tra"))).toEqual([
      expect.stringMatching(/Sở Xây dựng - Biên bản kiểm tra\.pdf$/),
      expect.stringMatching(/Sở Xây dựng - Biên bản kiểm tra \(2\)\.pdf$/),
    ]);
    // The indicator's folder: its code kept, its name cut at a word, "10.000" never an extension.
    expect(new Set(evidence.map((n) => n.split("/")[1]))).toEqual(
      new Set(["07 - Số lượng phương tiện giao thông công cộng trên 10.000"]),
    );
    expect(evidence).toHaveLength(4); // the withdrawn and the refused documents are not sent
    for (const name of evidence) expect(name).not.toMatch(/[<>:"\\|?*]/);

    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string")) as Manifest;
    expect(manifest.files.map((file) => file.path).sort()).toEqual(
      names.filter((n) => n !== "manifest.json" && n !== "SHA256SUMS.txt").sort(),
    );
    for (const file of manifest.files) {
      const content = await zip.file(file.path)!.async("nodebuffer");
      expect(sha(content), file.path).toBe(file.sha256);
      expect(content.length).toBe(file.sizeBytes);
    }
    const uploaded = [odd, first, same, again].map((e) => e.content);
    const sent = manifest.files.filter((file) => file.kind === "evidence");
    expect(sent.map((file) => file.sha256).sort()).toEqual(uploaded.map(sha).sort());
    expect(sent[0]).toMatchObject({ indicator: "07", docNumber: "15/BC-SXD", docDate: "2024-01-15" });

    const sums = (await zip.file("SHA256SUMS.txt")!.async("string")).trim().split("\n");
    const manifestBytes = await zip.file("manifest.json")!.async("nodebuffer");
    expect(sums).toContain(`${sha(manifestBytes)}  manifest.json`);
    expect(sums).toHaveLength(manifest.files.length + 1);

    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.type, "dossier.generated"), eq(auditEvents.entityId, f.cycleId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toContain("4 minh chứng");
  });

  it("says which stored file is missing before the download starts", async () => {
    const f = await fixture();
    const { view } = await f.attach("Quyết định phê duyệt.pdf", samplePdf("quyết định"));
    const stored = path.join(t.config.filesDir, "evidence", view.sha256.slice(0, 2), view.sha256);
    const kept = `${stored}.kept`;
    fs.renameSync(stored, kept);
    try {
      const response = await coordinator.get(`/api/cycles/${f.cycleId}/documents/dossier.zip`);
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({ code: "EVIDENCE_FILE_MISSING" });
      expect(response.json().error.message).toContain("Quyết định phê duyệt.pdf");
    } finally {
      fs.renameSync(kept, stored);
    }
  });

  it("carries the signed report once recorded, never a regenerated one, and the Ministry reads it", async () => {
    const f = await fixture();
    const signed = samplePdf("Báo cáo số 45/BC-UBND đã ký");
    const record = (content: Buffer, name = "Bao cao 45-BC-UBND da ky.pdf") =>
      coordinator.upload(
        `/api/cycles/${f.cycleId}/documents/issued-report`,
        { docNumber: "45/BC-UBND", docDate: "2024-03-15" },
        { name, content },
      );
    // Not before the leader has approved the year.
    expect((await record(signed)).json().error.code).toBe("INVALID_TRANSITION");
    await t.database.db.update(cycles).set({ status: "approved" }).where(eq(cycles.id, f.cycleId));
    const notPdf = await record(samplePng(), "bao cao.png");
    expect(notPdf.statusCode).toBe(400);
    expect(notPdf.json().error.details[0]).toMatchObject({
      field: "file",
      message: expect.stringContaining("không phải PDF"),
    });
    const recorded = await record(signed);
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().issuedReport).toMatchObject({ docNumber: "45/BC-UBND", docDate: "2024-03-15" });

    const { zip } = await download(f.cycleId);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.startsWith("01 "))).toEqual([
      "01 Báo cáo tự đánh giá PEPI 2023 - bản đã ký.pdf",
      "01 Báo cáo tự đánh giá PEPI 2023 - bản Word để làm việc.docx",
    ]);
    const carried = await zip.file("01 Báo cáo tự đánh giá PEPI 2023 - bản đã ký.pdf")!.async("nodebuffer");
    expect(sha(carried)).toBe(sha(signed));
    expect(await zip.file("00 Đọc trước.txt")!.async("string")).toContain(
      "Báo cáo số 45/BC-UBND ngày 15/03/2024",
    );

    // Reopened, the year is approved again and signed again: the old signed report is set aside.
    const reopened = await coordinator.post(`/api/cycles/${f.cycleId}/reopen`, {
      reason: "Sửa số liệu chỉ số 07",
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(
      (await coordinator.get(`/api/cycles/${f.cycleId}/documents/dossier`)).json().issuedReport,
    ).toBeNull();
    await t.database.db.update(cycles).set({ status: "approved" }).where(eq(cycles.id, f.cycleId));
    expect((await record(signed)).statusCode).toBe(200);

    // Sent to the Ministry: its viewer reads the signed report and the dossier; nothing changes it.
    await t.database.db.update(cycles).set({ status: "sent_to_ministry" }).where(eq(cycles.id, f.cycleId));
    expect((await record(samplePdf("khác"))).json().error.code).toBe("INVALID_TRANSITION");
    const ministry = await signedInClient(t, "ministry_viewer");
    const file = await ministry.get(`/api/cycles/${f.cycleId}/documents/issued-report.pdf`);
    expect(file.statusCode).toBe(200);
    expect(sha(file.rawPayload)).toBe(sha(signed));
    expect((await ministry.get(`/api/cycles/${f.cycleId}/documents/dossier.zip`)).statusCode).toBe(200);
  });

  it("is not given to an agency's reporter", async () => {
    const f = await fixture();
    expect((await f.reporter.get(`/api/cycles/${f.cycleId}/documents/dossier.zip`)).statusCode).toBe(403);
  });
});
