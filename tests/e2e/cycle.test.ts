// The yearly cycle in the browser: the coordinator opens a year, two agencies fill in their
// figures the Vietnamese way, the construction department's head signs off, one submission is
// returned with a comment and corrected, the leader approves and the dashboard shows 100%.
// Also: two pages saving the same figure, and typed figures surviving a network failure.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CycleDetail } from "../../src/contracts/cycles.js";
import { samplePdf } from "../../src/domain/files/samples.test-support.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  type BrowserHarness,
  confirmCommand,
  eventually,
  hasChromium,
  savedEverything,
  signIn,
  startBrowserHarness,
  submitWithReason,
} from "./support.js";

/** What each of the two agencies keeps; every other assignment is removed in the setup. */
const kept = {
  construction: ["public_transport_vehicles", "urban_population_piped_water"],
  statistics: ["urban_population"],
};

/** Types into an antd select that searches, and picks the first match. */
async function choose(page: Page, label: string, search: string) {
  await page.getByRole("dialog").getByLabel(label).click();
  await page.keyboard.type(search);
  await page.keyboard.press("Enter");
}

/** Replaces a date picker's text (dd/mm/yyyy). */
async function pickDate(page: Page, testId: string, text: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await input.press("Enter");
}

/** Confirms a cycle command and waits for the server's answer. */
const confirm = (page: Page, testId: string) =>
  confirmCommand(
    page,
    testId,
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/api/cycles/"),
  );

describe.skipIf(!hasChromium)("the yearly cycle", { timeout: 300_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("runs a year from opening to approval, with a return and its correction", async () => {
    const { provinceName, agencies } = await makeCycleProvince(h.db);
    const coordinator = await makeUser(h.db, "coordinator");
    const leader = await makeUser(h.db, "leader");
    const builder = await makeUser(h.db, "reporter", agencies.construction);
    const head = await makeUser(h.db, "agency_head", agencies.construction);
    const statistician = await makeUser(h.db, "reporter", agencies.statistics);

    // The coordinator opens 2023; a deadline before the data cut-off is refused next to its box.
    const coord = await h.newPage();
    await signIn(coord, coordinator.username, coordinator.password, "/cycles");
    await coord.getByTestId("open-cycle").click();
    const dialog = coord.getByRole("dialog");
    await choose(coord, "Bộ chỉ số", "2782");
    await choose(coord, "Tỉnh, thành phố", provinceName.replace("Tỉnh ", ""));
    await dialog.getByLabel("Năm đánh giá").fill("2023");
    await eventually(() => coord.getByTestId("deadline-ministryDue").inputValue()).toBe("30/03/2024");
    await pickDate(coord, "deadline-submissionDue", "01/12/2023");
    // QĐ 2782's scoring is provisional: the checklist is read and acknowledged before opening.
    const provisional = dialog.getByTestId("open-cycle-provisional");
    await eventually(() => provisional.textContent()).toContain("chưa có văn bản chính thức xác nhận");
    expect(await dialog.getByTestId("open-cycle-submit").isDisabled()).toBe(true);
    await dialog.getByTestId("open-cycle-acknowledge").click();
    await dialog.getByTestId("open-cycle-submit").click();
    await dialog.getByText("Hạn gửi số liệu phải sau ngày chốt số liệu 31/12/2023").waitFor();
    await pickDate(coord, "deadline-submissionDue", "20/02/2024");
    await dialog.getByTestId("open-cycle-submit").click();
    await eventually(() => coord.getByTestId("cycle-title").textContent()).toBe(
      `Kỳ đánh giá năm 2023 · ${provinceName}`,
    );
    const cycleId = new URL(coord.url()).pathname.split("/")[2]!;
    expect(await coord.getByTestId("cycle-status").textContent()).toBe("Đang thu thập số liệu");

    // Two agencies only, with three figures between them.
    const detail: CycleDetail = await (await coord.request.get(`/api/cycles/${cycleId}`)).json();
    const keep = new Set([
      ...kept.construction.map((e) => `${agencies.construction}:${e}`),
      ...kept.statistics.map((e) => `${agencies.statistics}:${e}`),
    ]);
    const remove = detail.assignments
      .filter((a) => !keep.has(`${a.agency.id}:${a.elementCode}`))
      .map((a) => a.id);
    const trimmed = await coord.request.post(`/api/cycles/${cycleId}/assignments`, { data: { remove } });
    expect(trimmed.status(), await trimmed.text()).toBe(200);

    // The statistics office enters the urban population; it goes straight to its form.
    const stats = await h.newPage();
    await signIn(stats, statistician.username, statistician.password, "/cycles");
    await eventually(() => stats.getByTestId("form-title").textContent()).toBe(
      "Thống kê tỉnh · số liệu năm 2023",
    );
    await stats.getByTestId("input-urban_population").fill("450.000");
    await savedEverything(stats);
    await confirm(stats, "submit-submission");
    await eventually(() => stats.getByTestId("submission-status").textContent()).toBe("Đã gửi");
    expect(await stats.getByTestId("input-urban_population").count()).toBe(0);

    // The construction department: figures, evidence, then the head signs off.
    const build = await h.newPage();
    await signIn(
      build,
      builder.username,
      builder.password,
      `/cycles/${cycleId}/agencies/${agencies.construction}`,
    );
    await build.getByTestId("input-public_transport_vehicles").fill("1.250");
    await build.getByTestId("input-urban_population_piped_water").fill("405.000");
    await savedEverything(build);
    // The shared figure is shown with who reports it, and indicator 07 is computed live.
    expect(await build.getByTestId("shared-urban_population").textContent()).toContain("Thống kê tỉnh");
    await eventually(() => build.getByTestId("indicator-value-07").textContent()).toContain("27,78");
    const panel = build.getByTestId("evidence-panel-07");
    await panel.getByTestId("evidence-upload").click();
    const upload = build.getByRole("dialog");
    await upload.locator("input[type=file]").setInputFiles({
      name: "Danh sách xe buýt 2023.pdf",
      mimeType: "application/pdf",
      buffer: samplePdf("Danh sách xe buýt"),
    });
    await upload.getByTestId("evidence-picked").waitFor();
    await upload.getByTestId("evidence-doc-number").fill("125/SXD-QLGT");
    await upload.getByTestId("evidence-upload-submit").click();
    await panel.getByText("Danh sách xe buýt 2023.pdf").waitFor();
    // Without the head's sign-off the submission waits.
    expect(await build.getByTestId("submit-submission").isDisabled()).toBe(true);

    const boss = await h.newPage();
    await signIn(boss, head.username, head.password, `/cycles/${cycleId}/agencies/${agencies.construction}`);
    await confirm(boss, "sign-off");
    await eventually(() => boss.getByTestId("signed-off").textContent()).not.toBe("Chưa ký duyệt");
    await build.reload();
    await confirm(build, "submit-submission");
    await eventually(() => build.getByTestId("submission-status").textContent()).toBe("Đã gửi");

    // The coordinator questions the urban population, comments and returns it.
    await coord.reload();
    await eventually(() => coord.getByTestId(`submission-status-${agencies.statistics}`).textContent()).toBe(
      "Đã gửi",
    );
    await coord.getByTestId(`open-form-${agencies.statistics}`).click();
    await coord.getByTestId("review-urban_population-questioned").click();
    await eventually(() => coord.getByTestId("review-status-urban_population").textContent()).toBe(
      "Cần làm rõ",
    );
    const subject = "element:urban_population";
    await coord.getByTestId(`comments-toggle-${subject}`).click();
    await coord
      .getByTestId(`comment-input-${subject}`)
      .fill("Chưa khớp niên giám thống kê 2023, đề nghị kiểm tra lại.");
    await coord.getByTestId(`comment-send-${subject}`).click();
    await coord.getByTestId(`comments-${subject}`).getByText("Chưa khớp niên giám").waitFor();
    await submitWithReason(
      coord,
      "return-submission",
      "Dân số đô thị cần theo niên giám thống kê 2023.",
      (r) => new URL(r.url()).pathname.endsWith("/return"),
    );
    await eventually(() => coord.getByTestId("submission-status").textContent()).toBe("Bị trả lại");

    // The statistics office reads the reason, answers, corrects and sends again.
    await stats.reload();
    await eventually(() => stats.getByTestId("return-reason").textContent()).toContain(
      "Dân số đô thị cần theo niên giám thống kê 2023.",
    );
    const thread = stats.getByTestId(`comments-${subject}`);
    await thread.getByText("Chưa khớp niên giám").waitFor();
    await stats.getByTestId(`comment-input-${subject}`).fill("Đã sửa theo niên giám: 452.000 người.");
    await stats.getByTestId(`comment-send-${subject}`).click();
    await thread.getByText("Đã sửa theo niên giám").waitFor();
    await stats.getByTestId("input-urban_population").fill("452.000");
    await savedEverything(stats);
    await confirm(stats, "submit-submission");
    await eventually(() => stats.getByTestId("submission-status").textContent()).toBe("Đã gửi");

    // The coordinator accepts both, then sends the year for approval.
    await coord.reload();
    await eventually(() => coord.getByTestId("value-urban_population").textContent()).toBe("452.000 người");
    await coord.getByTestId(`comments-${subject}`).getByText("Đã sửa theo niên giám").waitFor();
    await coord.getByTestId("review-urban_population-accepted").click();
    await eventually(() => coord.getByTestId("review-status-urban_population").textContent()).toBe("Đạt");
    await confirm(coord, "accept-submission");
    await eventually(() => coord.getByTestId("submission-status").textContent()).toBe("Đã chấp nhận");
    await coord.goto(`/cycles/${cycleId}/agencies/${agencies.construction}`);
    await confirm(coord, "accept-submission");
    await eventually(() => coord.getByTestId("submission-status").textContent()).toBe("Đã chấp nhận");
    await coord.goto(`/cycles/${cycleId}`);
    await confirm(coord, "send-for-approval");
    await eventually(() => coord.getByTestId("cycle-status").textContent()).toBe("Chờ lãnh đạo phê duyệt");

    // The leader approves; the year is locked.
    const lead = await h.newPage();
    await signIn(lead, leader.username, leader.password, `/cycles/${cycleId}`);
    await confirm(lead, "approve-cycle");
    await eventually(() => lead.getByTestId("cycle-status").textContent()).toBe("Đã phê duyệt");

    // The dashboard: every agency complete, indicators 07 and 15 computed.
    await lead.getByTestId("open-dashboard").click();
    await eventually(() => lead.getByTestId("dashboard-completeness").getAttribute("data-pct")).toBe("100");
    for (const agency of [agencies.construction, agencies.statistics])
      expect(await lead.getByTestId(`completeness-${agency}`).textContent()).toContain("100%");
    // 1.250 vehicles per 452.000 urban residents: 27,65 per 10.000; 405.000 / 452.000 = 89,6%.
    expect(await lead.getByTestId("dashboard-value-07").textContent()).toContain("27,65");
    expect(await lead.getByTestId("dashboard-value-15").textContent()).toContain("89,6");
  });

  it("shows a conflict when two pages save the same figure, and keeps the chosen one", async () => {
    const { provinceId, agencies } = await makeCycleProvince(h.db);
    const cycleId = await makeCycle(h.db, provinceId);
    const first = await makeUser(h.db, "reporter", agencies.construction);
    const second = await makeUser(h.db, "reporter", agencies.construction);
    const path = `/cycles/${cycleId}/agencies/${agencies.construction}`;
    const a = await h.newPage();
    const b = await h.newPage();
    await signIn(a, first.username, first.password, path);
    await signIn(b, second.username, second.password, path);

    await a.getByTestId("input-public_transport_vehicles").fill("120");
    await savedEverything(a);
    // The second page still shows the figure before that save.
    await b.getByTestId("input-public_transport_vehicles").fill("130");
    const conflict = b.getByTestId("conflict-public_transport_vehicles");
    await conflict.waitFor();
    await eventually(() => conflict.textContent()).toContain("đã được lưu thành 120");
    expect(await conflict.textContent()).toContain("Bạn nhập 130");
    expect(await b.getByTestId("input-public_transport_vehicles").inputValue()).toBe("130");

    await b.getByTestId("keep-mine-public_transport_vehicles").click();
    await savedEverything(b);
    await a.reload();
    await eventually(() => a.getByTestId("input-public_transport_vehicles").inputValue()).toBe("130");

    // The other way round: the first page is now behind and takes the saved figure.
    await a.getByTestId("input-public_transport_vehicles").fill("125");
    await savedEverything(a);
    await b.getByTestId("input-public_transport_vehicles").fill("140");
    await b.getByTestId("take-theirs-public_transport_vehicles").click();
    await eventually(() => b.getByTestId("input-public_transport_vehicles").inputValue()).toBe("125");
    await b.getByTestId("history-public_transport_vehicles").click();
    await eventually(() => b.getByTestId("history-table").locator("tbody tr").count()).toBe(3);
  });

  it("asks for an explanation when a figure moves beyond the threshold from last year", async () => {
    const { provinceId, agencies } = await makeCycleProvince(h.db);
    const history = await makeCycle(h.db, provinceId, { year: 2022, kind: "history" });
    const cycleId = await makeCycle(h.db, provinceId, { year: 2023 });
    const coordinator = await makeUser(h.db, "coordinator");
    const reporter = await makeUser(h.db, "reporter", agencies.construction);
    const coord = await h.newPage();
    await signIn(coord, coordinator.username, coordinator.password, `/cycles/${history}`);
    // Last year comes from a CSV file; a wrong line refuses the whole file and says where.
    const card = coord.getByTestId("history-import");
    const csv = (content: string) => ({
      name: "nam-2022.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(content),
    });
    await card
      .locator("input[type=file]")
      .setInputFiles(csv("ma;gia_tri\r\npublic_transport_vehicles;80\r\nkhong_co;1\r\n"));
    const problems = card.getByTestId("located-problems");
    await eventually(() => problems.textContent()).toContain("“khong_co” không phải chỉ số hay số liệu");
    expect(await problems.locator("tbody tr").first().textContent()).toContain("3");
    await card
      .locator("input[type=file]")
      .setInputFiles(csv("ma;gia_tri\r\npublic_transport_vehicles;80\r\nurban_population;400.000\r\n"));
    await coord.getByText("Đã nhập 2 số liệu và 0 giá trị chỉ số.").waitFor();
    // The statistics office reports the same urban population this year.
    const statistician = await makeUser(h.db, "reporter", agencies.statistics);
    const stats = await h.newPage();
    await signIn(stats, statistician.username, statistician.password);
    const statsSaved = await stats.request.put(
      `/api/cycles/${cycleId}/agencies/${agencies.statistics}/values`,
      {
        data: { values: [{ element: "urban_population", number: "400.000", baseVersion: null }] },
        headers: { origin: h.baseUrl },
      },
    );
    expect(statsSaved.status(), await statsSaved.text()).toBe(200);

    const page = await h.newPage();
    await signIn(
      page,
      reporter.username,
      reporter.password,
      `/cycles/${cycleId}/agencies/${agencies.construction}`,
    );
    await page.getByTestId("input-public_transport_vehicles").fill("120");
    await savedEverything(page);
    // 80 → 120 vehicles for the same population moves indicator 07 by +50%, beyond the 20%
    // threshold: Sở Xây dựng, responsible for it, explains the indicator before sending.
    const subject = "indicator:07";
    const box = page.getByTestId(`explanation-${subject}`);
    await box.waitFor();
    await eventually(() => page.getByTestId("submission-issues").textContent()).toContain(
      "Cần giải trình biến động của chỉ số 07",
    );
    // A second tab on a phone, opened before the explanation is written there.
    const phone = await h.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await signIn(
      phone,
      reporter.username,
      reporter.password,
      `/cycles/${cycleId}/agencies/${agencies.construction}`,
    );
    const phoneBox = phone.getByTestId(`explanation-${subject}`);
    await phoneBox.waitFor();

    await box.fill("Tỉnh đưa vào khai thác 3 tuyến xe buýt mới trong năm 2023.");
    await eventually(() => page.getByTestId(`explanation-status-${subject}`).textContent()).toBe(
      "Đã lưu giải trình.",
    );
    await eventually(() => page.getByTestId("submission-issues").textContent()).not.toContain(
      "Cần giải trình biến động",
    );

    // The phone's box still started from nothing: its text meets the one saved meanwhile.
    await phoneBox.fill("Thêm 3 tuyến buýt.");
    await phoneBox.blur();
    const conflict = phone.getByTestId(`explanation-conflict-${subject}`);
    await eventually(() => conflict.textContent()).toContain("Tỉnh đưa vào khai thác 3 tuyến xe buýt mới");
    expect(await phoneBox.inputValue()).toBe("Thêm 3 tuyến buýt.");
    await conflict.getByRole("button", { name: "Giữ bản của tôi" }).click();
    await eventually(() => phone.getByTestId(`explanation-status-${subject}`).textContent()).toBe(
      "Đã lưu giải trình.",
    );
    await eventually(() => conflict.count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });

  it("keeps typed figures through a network failure and a reload, then saves them", async () => {
    const { provinceId, agencies } = await makeCycleProvince(h.db);
    const cycleId = await makeCycle(h.db, provinceId);
    const reporter = await makeUser(h.db, "reporter", agencies.health);
    const page = await h.newPage();
    await signIn(
      page,
      reporter.username,
      reporter.password,
      `/cycles/${cycleId}/agencies/${agencies.health}`,
    );
    await page.route("**/values", (route) => route.abort("internetdisconnected"));

    await page.getByTestId("input-medical_hazardous_waste_generated_t").fill("1.234,5");
    await eventually(() => page.getByTestId("save-status").getAttribute("data-state")).toBe("retrying");
    await page.reload();
    await page.getByTestId("drafts-restored").waitFor();
    expect(await page.getByTestId("input-medical_hazardous_waste_generated_t").inputValue()).toBe("1.234,5");

    await page.unroute("**/values");
    await page.getByTestId("retry-save").click();
    await savedEverything(page);
    await page.reload();
    await eventually(() => page.getByTestId("input-medical_hazardous_waste_generated_t").inputValue()).toBe(
      "1.234,5",
    );
    expect(await page.getByTestId("drafts-restored").count()).toBe(0);
  });
});
