import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { samplePdf } from "../../src/domain/files/samples.test-support.js";
import { makeAssignedCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  confirmCommand,
  eventually,
  hasChromium,
  isCycleCommand,
  savedEverything,
  signIn,
  startBrowserHarness,
  submitWithReason,
} from "./support.js";

describe.skipIf(!hasChromium)("going ahead without a silent agency", { timeout: 300_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("enters an agency's figures from its letter and approves the year with another missing", async () => {
    const { provinceId, agencies } = await makeCycleProvince(h.db);
    const cycleId = await makeAssignedCycle(
      h.db,
      provinceId,
      {
        [agencies.construction]: ["public_transport_vehicles", "urban_population"],
        [agencies.health]: ["medical_hazardous_waste_generated_t"],
      },
      { only: true },
    );
    const coordinator = await makeUser(h.db, "coordinator");
    const leader = await makeUser(h.db, "leader");
    const builder = await makeUser(h.db, "reporter", agencies.construction);

    // The coordinator records the letter Sở Xây dựng sent its figures by.
    const coord = await h.newPage();
    await signIn(
      coord,
      coordinator.username,
      coordinator.password,
      `/cycles/${cycleId}/agencies/${agencies.construction}`,
    );
    const panel = coord.getByTestId("on-behalf-panel");
    await panel.waitFor();
    expect(await coord.getByTestId("input-public_transport_vehicles").count()).toBe(0);
    await coord.getByTestId("record-letter").click();
    const dialog = coord.getByRole("dialog");
    await dialog.locator("input[type=file]").setInputFiles({
      name: "Cong van 125-SXD.pdf",
      mimeType: "application/pdf",
      buffer: samplePdf(),
    });
    await dialog.getByTestId("letter-picked").waitFor();
    await dialog.getByTestId("letter-doc-number").fill("125/SXD-KHTC");
    const date = dialog.getByTestId("letter-doc-date");
    await date.click();
    await date.fill("05/03/2024");
    await date.press("Enter");
    expect(await accessibilityViolations(coord, ".ant-modal")).toEqual([]);
    await dialog.getByTestId("letter-submit").click();
    await panel.getByTestId("letter-item").waitFor();
    expect(await panel.getByTestId("letter-item").textContent()).toContain(
      "Văn bản số 125/SXD-KHTC ngày 05/03/2024",
    );

    // Its figures are typed in from the letter; one it does not have is recorded with why.
    await coord.getByTestId("input-public_transport_vehicles").fill("1.500");
    await savedEverything(coord);
    await submitWithReason(
      coord,
      "no-data-mark-urban_population",
      "Sở Xây dựng không theo dõi dân số đô thị",
      (r) => r.request().method() === "PUT" && r.url().includes("/no-data/"),
    );
    await coord.getByTestId("no-data-urban_population").waitFor();
    await coord.getByTestId("on-behalf-public_transport_vehicles").waitFor();
    expect(await accessibilityViolations(coord, "[data-testid=on-behalf-panel]")).toEqual([]);
    await confirmCommand(coord, "submit-on-behalf", isCycleCommand);
    await eventually(() => coord.getByTestId("submission-status").textContent()).toBe("Đã gửi");
    await confirmCommand(coord, "accept-submission", isCycleCommand);

    // The agency sees what was entered for it, and from which letter.
    const agencyPage = await h.newPage();
    await signIn(
      agencyPage,
      builder.username,
      builder.password,
      `/cycles/${cycleId}/agencies/${agencies.construction}`,
    );
    await agencyPage.getByTestId("on-behalf-public_transport_vehicles").waitFor();
    expect(await agencyPage.getByTestId("on-behalf-panel").textContent()).toContain("125/SXD-KHTC");
    expect(await agencyPage.getByTestId("no-data-urban_population").textContent()).toContain(
      "Sở Xây dựng không theo dõi dân số đô thị",
    );

    // Sở Y tế never answers: the year goes with it named as missing, with why.
    await coord.goto(`/cycles/${cycleId}`);
    await coord.getByTestId("send-for-approval").click();
    const reason = coord.getByTestId(`missing-reason-${agencies.health}`);
    await reason.fill("Đã đôn đốc bằng văn bản ngày 10/02, không phản hồi");
    expect(await accessibilityViolations(coord, ".ant-modal")).toEqual([]);
    const answered = coord.waitForResponse(isCycleCommand);
    await coord.getByTestId("send-with-missing-submit").click();
    expect((await answered).status()).toBe(200);

    const lead = await h.newPage();
    await signIn(lead, leader.username, leader.password, `/cycles/${cycleId}`);
    const banner = lead.getByTestId("missing-agencies");
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      "Sở Y tế: Đã đôn đốc bằng văn bản ngày 10/02, không phản hồi",
    );
    expect(await accessibilityViolations(lead, "[data-testid=missing-agencies]")).toEqual([]);
    await confirmCommand(lead, "approve-cycle", isCycleCommand);
    await eventually(() => lead.getByTestId("missing-agencies").textContent()).toContain(
      "Lãnh đạo đã chấp nhận thiếu số liệu của 1 cơ quan",
    );
  });
});
