// The request letter downloaded as Word and read back: the admin header, the agencies asked,
// what each must provide with units and evidence, the deadline, the coordinator's edits, the
// file name, and who may download or edit it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm, CycleDetail } from "../../src/contracts/cycles.js";
import type { DocumentDraft } from "../../src/contracts/documents.js";
import { vietnameseUnitText } from "../../src/domain/text/unit-labels.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince, type ProvinceAgencies } from "../support/cycle-factories.js";
import { docxText, docxXml } from "../support/documents.js";

let t: TestApp;
let coordinator: TestClient;
let cycleId: string;
let provinceName: string;
let agencies: ProvinceAgencies;
beforeAll(async () => {
  t = await createTestApp();
  const province = await makeCycleProvince(t.database.db);
  provinceName = province.provinceName;
  agencies = province.agencies;
  cycleId = await makeCycle(t.database.db, province.provinceId, { year: 2023 });
  coordinator = await signedInClient(t, "coordinator");
});
afterAll(() => t.close());

const letterUrl = () => `/api/cycles/${cycleId}/documents/request-letter.docx`;
const draftUrl = () => `/api/cycles/${cycleId}/documents/request_letter/draft`;

async function downloadLetter(client: TestClient = coordinator) {
  const response = await client.get(letterUrl());
  expect(response.statusCode, response.body).toBe(200);
  return { response, text: await docxText(response.rawPayload), docx: response.rawPayload };
}

/** The part of the letter under "N. <name>", up to the next agency. */
function sectionOf(text: string, name: string): string {
  const start = text.search(new RegExp(`^\\d+\\. ${name}$`, "m"));
  expect(start, `section of ${name}`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(text.indexOf("\n", start));
  const next = rest.search(/^\d+\. .*$/m);
  return next < 0 ? rest : rest.slice(0, next);
}

describe("the request letter", () => {
  it("is a Word file with the header, every agency asked, their figures and the deadline", async () => {
    const { response, text, docx } = await downloadLetter();
    expect(response.headers["content-type"]).toContain("wordprocessingml.document");
    const disposition = String(response.headers["content-disposition"]);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? "")).toBe(
      "Công văn đề nghị cung cấp số liệu PEPI 2023.docx",
    );
    expect(disposition).toContain('filename="Cong van de nghi cung cap so lieu PEPI 2023.docx"');

    expect(text).toContain(`UBND ${provinceName.toLocaleUpperCase("vi-VN")}`);
    expect(text).toContain("SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toMatch(/^Số: +\/SNNMT$/m);
    expect(text).toContain("V/v đề nghị cung cấp thông tin, số liệu thực hiện Bộ chỉ số");
    expect(text).toMatch(/, ngày +tháng +năm \d{4}$/m);
    expect(text).toContain("trước ngày 20/02/2024");
    expect(text).toContain("./.");
    expect(text).toContain("Nơi nhận:\n- Như trên;");
    expect(text).toContain("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");

    const cycle: CycleDetail = (await coordinator.get(`/api/cycles/${cycleId}`)).json();
    const asked = cycle.submissions.filter((s) => s.agency.id !== agencies.environment);
    expect(asked.length).toBeGreaterThan(5);
    const addressees = text.slice(text.indexOf("Kính gửi:"), text.indexOf("Thực hiện hướng dẫn"));
    for (const { agency } of asked) expect(addressees).toMatch(new RegExp(`^- ${agency.name}[;.]$`, "m"));
    // The department does not write to itself.
    expect(addressees).not.toContain("Sở Nông nghiệp và Môi trường");

    for (const { agency } of asked) {
      const section = sectionOf(text, agency.name);
      const form: AgencyForm = (
        await coordinator.get(`/api/cycles/${cycleId}/agencies/${agency.id}/form`)
      ).json();
      for (const element of form.elements.filter((e) => !e.readOnly)) {
        const unit = vietnameseUnitText(element.unit);
        expect(section).toContain(unit ? `${element.name.vi} (${unit})` : element.name.vi);
      }
      expect(section).toContain("nút “Tải biểu mẫu Excel”");
    }
    // Shared figures are asked once, of the statistics office, which reports them.
    const statistics = sectionOf(text, "Thống kê tỉnh");
    expect(statistics).toContain("Số liệu dùng chung cho các chỉ số");
    expect(statistics).toContain("Dân số khu vực đô thị (người)");
    expect(sectionOf(text, "Sở Xây dựng")).not.toContain("Dân số khu vực đô thị (người)");
    // Evidence the framework expects, under its indicator.
    expect(text).toContain("Tài liệu minh chứng: Báo cáo của đơn vị vận hành nhà máy");

    // Sections are numbered in the order the agencies are listed, each pointing to its own form.
    const numbers = [...text.matchAll(/^(\d+)\. (.*)$/gm)];
    expect(numbers.length).toBe(asked.length + 1); // + the department's own offices, last
    expect(numbers.map((m) => Number(m[1]))).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.at(-1)?.[0]).toContain("Các phòng, đơn vị thuộc Sở Nông nghiệp và Môi trường");
    expect(sectionOf(text, "Sở Xây dựng")).toContain("nút “Tải biểu mẫu Excel”");

    expect(await docxXml(docx, "docProps/core.xml")).toContain("Đề nghị cung cấp thông tin, số liệu");
  });

  it("uses the coordinator's edited text", async () => {
    const draft: DocumentDraft = (await coordinator.get(draftUrl())).json();
    const saved = await coordinator.put(draftUrl(), {
      rowVersion: draft.rowVersion,
      fields: {
        ...draft.fields,
        subject: "Cung cấp số liệu Bộ chỉ số PEPI năm 2023 (lần 2)",
        numberSymbol: "125/SNNMT-MT",
        date: "2024-01-05",
        addressees: ["Sở Xây dựng", "Sở Y tế"],
        signerName: "Trần Thị Lan",
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const { text, docx } = await downloadLetter();
    expect(text).toContain("V/v cung cấp số liệu Bộ chỉ số PEPI năm 2023 (lần 2)");
    expect(text).toContain("Số: 125/SNNMT-MT");
    expect(text).toContain(", ngày 05 tháng 01 năm 2024");
    expect(text).toContain("Kính gửi:\n- Sở Xây dựng;\n- Sở Y tế.");
    expect(text).toContain("Trần Thị Lan");
    expect(await docxXml(docx, "docProps/core.xml")).toContain(
      "Cung cấp số liệu Bộ chỉ số PEPI năm 2023 (lần 2)",
    );
  });

  it("is refused to a reporter and to a stale or invalid save, naming the field", async () => {
    const reporter = await signedInClient(t, "reporter", agencies.construction);
    const denied = await reporter.get(letterUrl());
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe("FORBIDDEN");

    const draft: DocumentDraft = (await coordinator.get(draftUrl())).json();
    expect(draft.rowVersion).not.toBeNull();
    const stale = await coordinator.put(draftUrl(), {
      rowVersion: (draft.rowVersion ?? 0) - 1,
      fields: { ...draft.fields, subject: "Bản cũ" },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE_UPDATE");
    expect(stale.json().error.message).toContain("Nội dung văn bản đã được người khác sửa");

    const invalid = await coordinator.put(draftUrl(), {
      rowVersion: draft.rowVersion,
      fields: { ...draft.fields, subject: "", addressees: [] },
    });
    expect(invalid.statusCode).toBe(400);
    const details: { field: string; message: string }[] = invalid.json().error.details;
    expect(details.map((d) => d.field).sort()).toEqual(["fields.addressees", "fields.subject"]);
    expect(details.every((d) => /\p{L}/u.test(d.message) && !/expected|Too small/i.test(d.message))).toBe(
      true,
    );

    const missing = await coordinator.get(
      "/api/cycles/00000000-0000-4000-8000-000000000000/documents/request-letter.docx",
    );
    expect(missing.statusCode).toBe(404);
  });
});
