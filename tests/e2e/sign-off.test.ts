// Sign-off is asked for, in the browser: the reporter of Sở Xây dựng sends complete figures for
// sign-off ("Trình ký"); the head finds them on the home page, opens the form and signs off; the
// queue empties. The queue card passes axe-core's WCAG 2.1 AA rules.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeAssignedCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  confirmCommand,
  eventually,
  hasChromium,
  isCycleCommand,
  signIn,
  startBrowserHarness,
} from "./support.js";

describe.skipIf(!hasChromium)("asking the head for sign-off", { timeout: 300_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("goes from the reporter's Trình ký to the head's queue and back", async () => {
    const { provinceId, agencies } = await makeCycleProvince(h.db);
    const cycleId = await makeAssignedCycle(
      h.db,
      provinceId,
      { [agencies.construction]: ["public_transport_vehicles"] },
      { only: true },
    );
    const reporter = await makeUser(h.db, "reporter", agencies.construction);
    const head = await makeUser(h.db, "agency_head", agencies.construction);
    const formPath = `/cycles/${cycleId}/agencies/${agencies.construction}`;

    const page = await h.newPage();
    await signIn(page, reporter.username, reporter.password, formPath);
    await page.getByTestId("input-public_transport_vehicles").fill("1.200");
    await eventually(() => page.getByTestId("request-sign-off").isEnabled()).toBe(true);
    await confirmCommand(page, "request-sign-off", isCycleCommand);
    await eventually(() => page.getByTestId("signed-off").textContent()).toContain("Đã trình ký lúc");

    const headPage = await h.newPage();
    await signIn(headPage, head.username, head.password, "/");
    const queue = headPage.getByTestId("sign-off-queue");
    await queue.getByTestId("sign-off-queue-item").waitFor();
    expect(await queue.textContent()).toContain("Sở Xây dựng · số liệu năm 2023");
    expect(await accessibilityViolations(headPage, "[data-testid=sign-off-queue]")).toEqual([]);
    await queue.getByRole("link").click();
    await confirmCommand(headPage, "sign-off", isCycleCommand);
    await eventually(() => headPage.getByTestId("signed-off").textContent()).not.toContain("Đã trình ký");
    await headPage.goto("/");
    await eventually(() => headPage.getByTestId("sign-off-queue").textContent()).toContain(
      "Không có số liệu nào chờ ký duyệt.",
    );
  });
});
