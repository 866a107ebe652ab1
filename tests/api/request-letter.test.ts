// The request letter downloaded as Word and read back: the admin header, the agencies asked,
// what each must provide with units and evidence, the deadline, the coordinator's edits, the
// file name, and who may download or edit it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyForm, CycleDetail } from "../../src/contracts/cycles.js";
import type { DocumentDraft } from "../../src/contracts/documents.js";
import { nameInSentence } from "../../src/domain/text/official-names.js";
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
    // The year 2023 was reported before the ministries merged: the names of that time.
    expect(text).toContain("SỞ TÀI NGUYÊN\nVÀ MÔI TRƯỜNG");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    // The symbol carries the drafting office, and so does the filing line.
    expect(text).toMatch(/^Số: +\/STNMT-BVMT$/m);
    expect(text).toContain("- Lưu: VT, BVMT.");
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
    // The departments on one line ("Các Sở: Công Thương, …"), the others one by one, a commune
    // in lower case as inside a sentence.
    const departments = asked.filter((s) => s.agency.name.startsWith("Sở "));
    const departmentLine = addressees.split("\n").find((l) => l.startsWith("- Các Sở: "));
    expect(departmentLine).toBeDefined();
    for (const { agency } of departments) expect(departmentLine).toContain(agency.name.replace("Sở ", ""));
    for (const { agency } of asked.filter((s) => !departments.includes(s)))
      expect(addressees).toMatch(new RegExp(`^- ${nameInSentence(agency.name)}[;.]$`, "m"));
    expect(addressees).toContain("- UBND xã Bắc;");
    // The department does not write to itself.
    expect(addressees).not.toContain("Sở Nông nghiệp và Môi trường");

    for (const { agency } of asked) {
      const section = sectionOf(text, nameInSentence(agency.name));
      const form: AgencyForm = (
        await coordinator.get(`/api/cycles/${cycleId}/agencies/${agency.id}/form`)
      ).json();
      for (const element of form.elements.filter((e) => !e.readOnly)) {
        const unit = vietnameseUnitText(element.unit);
        expect(section).toContain(unit ? `${element.name.vi} (${unit})` : element.name.vi);
      }
    }
    // Shared figures are asked once, of the statistics office, which reports them.
    const statistics = sectionOf(text, "Thống kê tỉnh");
    expect(statistics).toContain("Số liệu dùng chung cho các chỉ số");
    expect(statistics).toContain("Dân số khu vực đô thị (người)");
    expect(sectionOf(text, "Sở Xây dựng")).not.toContain("Dân số khu vực đô thị (người)");
    // Evidence the framework expects, under its indicator.
    expect(text).toContain("Tài liệu minh chứng: Báo cáo của đơn vị vận hành nhà máy");
    // A list's items end "…;" and its last one "…." before what follows.
    const lines = text.split("\n");
    expect(lines.filter((line) => line.startsWith("+ ")).length).toBeGreaterThan(10);
    lines.forEach((line, i) => {
      if (!line.startsWith("+ ")) return;
      expect(line).toMatch(lines[i + 1]?.startsWith("+ ") ? /;$/ : /\.$/);
    });

    // Sections are numbered in the order the agencies are listed; the department's own offices
    // are not among them (they get the internal assignment).
    const numbers = [...text.matchAll(/^(\d+)\. (.*)$/gm)];
    expect(numbers.length).toBe(asked.length);
    expect(numbers.map((m) => Number(m[1]))).toEqual(numbers.map((_, i) => i + 1));
    expect(text).not.toContain("Các phòng, đơn vị thuộc Sở");
    // How to answer (the Excel form) is said once, after the sections; then whom to call, then the deadline.
    expect(text.split("nút “Tải biểu mẫu Excel”").length - 1).toBe(1);
    const lastSection = text.search(new RegExp(`^${asked.length}\\. `, "m"));
    expect(text.indexOf("nút “Tải biểu mẫu Excel”")).toBeGreaterThan(lastSection);
    expect(text.indexOf("đề nghị liên hệ")).toBeGreaterThan(text.indexOf("nút “Tải biểu mẫu Excel”"));
    expect(text.indexOf("đề nghị liên hệ")).toBeLessThan(text.indexOf("trước ngày 20/02/2024"));

    expect(await docxXml(docx, "docProps/core.xml")).toContain("Đề nghị cung cấp thông tin, số liệu");
  });

  it("gives the department's own offices an internal assignment instead of a section of the letter", async () => {
    const response = await coordinator.get(`/api/cycles/${cycleId}/documents/internal-assignment.docx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(
      decodeURIComponent(String(response.headers["content-disposition"]).split("UTF-8''")[1] ?? ""),
    ).toBe("Phiếu giao nhiệm vụ PEPI 2023.docx");
    const text = await docxText(response.rawPayload);
    expect(text).toContain("PHIẾU GIAO NHIỆM VỤ");
    expect(text).toContain("Giao: các phòng, đơn vị thuộc Sở.");
    expect(text).toMatch(/^Số: +\/PGNV-STNMT$/m);
    const form: AgencyForm = (
      await coordinator.get(`/api/cycles/${cycleId}/agencies/${agencies.environment}/form`)
    ).json();
    const own = form.elements.filter((e) => !e.readOnly);
    expect(own.length).toBeGreaterThan(0);
    for (const element of own) expect(text).toContain(element.name.vi);
    expect(text).toContain("Thời hạn hoàn thành: trước ngày 20/02/2024./.");
    const reporter = await signedInClient(t, "reporter", agencies.construction);
    expect((await reporter.get(`/api/cycles/${cycleId}/documents/internal-assignment.docx`)).statusCode).toBe(
      403,
    );
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
        provincialInstruction: "Công văn số 388/VP-KT ngày 03/02/2024 của Văn phòng Ủy ban nhân dân tỉnh",
        ministryGuidance: "Công văn số 373/BTNMT-MT ngày 01/02/2024",
        contactName: "bà Nguyễn Thị Hoa",
        contactUnit: "Phòng Quản lý môi trường",
        contactPhone: "0205.3896.668",
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const { text, docx } = await downloadLetter();
    expect(text).toContain("V/v cung cấp số liệu Bộ chỉ số PEPI năm 2023 (lần 2)");
    expect(text).toContain("Số: 125/SNNMT-MT");
    expect(text).toContain(", ngày 05 tháng 01 năm 2024");
    expect(text).toContain("Kính gửi:\n- Sở Xây dựng;\n- Sở Y tế.");
    expect(text).toContain("Trần Thị Lan");
    // The documents it answers open the letter, as seed 003 writes them; the contact is a person.
    expect(text).toContain(
      "Thực hiện ý kiến chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số 388/VP-KT ngày 03/02/2024 của Văn phòng Ủy ban nhân dân tỉnh; theo hướng dẫn của Bộ Tài nguyên và Môi trường tại Công văn số 373/BTNMT-MT ngày 01/02/2024, để có cơ sở tổng hợp số liệu",
    );
    expect(text).toMatch(
      /đề nghị liên hệ: bà Nguyễn Thị Hoa, Phòng Quản lý môi trường, điện thoại 0205\.3896\.668/,
    );
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
