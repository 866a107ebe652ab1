import { describe, expect, it } from "vitest";
import type { GhgReportStatus } from "../../contracts/ghg-reports.js";
import {
  allowedCommands,
  decideTransition,
  documentKindsFor,
  type ReportState,
  statusAfterVersion,
} from "./report-workflow.js";

const today = "2026-12-07";
const state = (status: GhgReportStatus, extra: Partial<ReportState> = {}): ReportState => ({
  status,
  quota: false,
  periodFrom: 2023,
  periodTo: 2024,
  verified: false,
  ...extra,
});
const department = ["appraise", "submit"] as const;
const facility = ["submit"] as const;

describe("appraisal of a non-quota facility's report", () => {
  it("goes received → under appraisal → returned → (new version) → under appraisal → accepted", () => {
    expect(decideTransition(state("received"), "start_appraisal", department, {}, today)).toMatchObject({
      ok: true,
      to: "under_appraisal",
    });
    expect(
      decideTransition(state("under_appraisal"), "return", department, { findings: "Thiếu hệ số" }, today),
    ).toMatchObject({ ok: true, to: "returned" });
    expect(statusAfterVersion(state("returned"))).toBe("under_appraisal");
    expect(decideTransition(state("under_appraisal"), "accept", department, {}, today)).toMatchObject({
      ok: true,
      to: "accepted",
    });
  });

  it("needs findings to return, a note and a deadline after today to request information", () => {
    expect(
      decideTransition(state("under_appraisal"), "return", department, { findings: " " }, today),
    ).toEqual({
      ok: false,
      kind: "invalid",
      problems: [{ field: "findings", message: "Nêu các nội dung cơ sở phải sửa khi trả lại báo cáo" }],
    });
    const asked = decideTransition(
      state("under_appraisal"),
      "request_information",
      department,
      { dueOn: today },
      today,
    );
    expect(asked.ok).toBe(false);
    if (!asked.ok && asked.kind === "invalid")
      expect(asked.problems).toEqual([
        { field: "note", message: "Nêu thông tin cần cơ sở bổ sung" },
        { field: "dueOn", message: "Hạn gửi thông tin bổ sung phải sau hôm nay (07/12/2026)" },
      ]);
    expect(
      decideTransition(
        state("under_appraisal"),
        "request_information",
        department,
        { note: "Gửi hóa đơn điện", dueOn: "2026-12-21" },
        today,
      ),
    ).toMatchObject({ ok: true, to: "information_requested" });
    expect(statusAfterVersion(state("information_requested"))).toBe("under_appraisal");
  });

  it("determines the province's figure with years inside the period and a reason", () => {
    const refused = decideTransition(
      state("under_appraisal"),
      "determine",
      department,
      { determined: { years: [{ year: 2022, total: 10 }], reason: "" } },
      today,
    );
    expect(refused).toMatchObject({ ok: false, kind: "invalid" });
    if (!refused.ok && refused.kind === "invalid")
      expect(refused.problems.map((p) => p.field)).toEqual(["determined.reason", "determined.years[1].year"]);
    expect(
      decideTransition(
        state("under_appraisal"),
        "determine",
        department,
        { determined: { years: [{ year: 2023, total: 5000 }], reason: "Hệ số sai" } },
        today,
      ),
    ).toMatchObject({ ok: true, to: "determined" });
  });

  it("keeps accepted and determined final except a reopening by the department with a note", () => {
    expect(decideTransition(state("accepted"), "return", department, { findings: "x" }, today)).toEqual({
      ok: false,
      kind: "refused",
      message: "Không thể trả lại báo cáo khi báo cáo đang ở trạng thái “đã chấp nhận”",
    });
    expect(decideTransition(state("determined"), "reopen", facility, { note: "x" }, today)).toMatchObject({
      ok: false,
      kind: "refused",
    });
    expect(decideTransition(state("determined"), "reopen", department, {}, today)).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(
      decideTransition(state("accepted"), "reopen", department, { note: "Sửa công văn" }, today),
    ).toMatchObject({ ok: true, to: "under_appraisal" });
    expect(allowedCommands(state("accepted"), facility)).toEqual(["comment"]);
  });

  it("lets the facility send versions and documents, never appraise", () => {
    expect(decideTransition(state("received"), "start_appraisal", facility, {}, today)).toEqual({
      ok: false,
      kind: "refused",
      message: "Chỉ Sở mới được bắt đầu thẩm định",
    });
    expect(allowedCommands(state("returned"), facility)).toEqual([
      "add_version",
      "change_gwp",
      "comment",
      "add_document",
    ]);
    expect(documentKindsFor(state("returned"), facility)).not.toContain("minutes");
    expect(documentKindsFor(state("returned"), department)).toContain("result_letter");
    expect(allowedCommands(state("received"), [])).toEqual([]);
  });
});

describe("verification of a quota facility's report", () => {
  const quota = (status: GhgReportStatus, verified = false) => state(status, { quota: true, verified });

  it("is accepted from received once the verification is recorded, never appraised", () => {
    expect(decideTransition(quota("received"), "start_appraisal", department, {}, today)).toMatchObject({
      ok: false,
      kind: "refused",
    });
    expect(decideTransition(quota("received"), "accept", department, {}, today)).toMatchObject({
      ok: false,
      kind: "refused",
    });
    expect(decideTransition(quota("received", true), "accept", department, {}, today)).toMatchObject({
      ok: true,
      to: "accepted",
    });
    expect(allowedCommands(quota("received", true), department)).toEqual([
      "return",
      "accept",
      "add_version",
      "change_gwp",
      "comment",
      "add_document",
      "set_verification",
    ]);
    expect(statusAfterVersion(quota("returned"))).toBe("received");
    expect(
      decideTransition(quota("accepted", true), "reopen", department, { note: "Thẩm tra lại" }, today),
    ).toMatchObject({ ok: true, to: "received" });
  });
});
