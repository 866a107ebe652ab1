// The follow-up list in the browser: a value the coordinator marked "Cần làm rõ" appears under
// the cycle's "Cần làm rõ" tab with the last comment, and opens the figure on its agency's form.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeAssignedCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { makeUser } from "../support/factories.js";
import {
  accessibilityViolations,
  type BrowserHarness,
  hasChromium,
  signIn,
  startBrowserHarness,
} from "./support.js";

describe.skipIf(!hasChromium)("the follow-up list", { timeout: 300_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("gathers the values to clarify across agencies and opens each on its form", async () => {
    const { provinceId, agencies } = await makeCycleProvince(h.db);
    const cycleId = await makeAssignedCycle(
      h.db,
      provinceId,
      { [agencies.health]: ["medical_hazardous_waste_generated_t"] },
      { only: true },
    );
    const reporter = await makeUser(h.db, "reporter", agencies.health);
    const coordinator = await makeUser(h.db, "coordinator");
    const base = `/api/cycles/${cycleId}/agencies/${agencies.health}`;

    const agencyPage = await h.newPage();
    await signIn(agencyPage, reporter.username, reporter.password);
    const headers = { origin: h.baseUrl };
    const saved = await agencyPage.request.put(`${base}/values`, {
      data: {
        values: [{ element: "medical_hazardous_waste_generated_t", number: "120", baseVersion: null }],
      },
      headers,
    });
    expect(saved.status(), await saved.text()).toBe(200);
    expect((await agencyPage.request.post(`${base}/submit`, { headers })).status()).toBe(200);

    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password);
    const review = await page.request.post(`${base}/review`, {
      data: { element: "medical_hazardous_waste_generated_t", status: "questioned" },
      headers,
    });
    expect(review.status(), await review.text()).toBe(200);
    const comment = await page.request.post(`${base}/comments`, {
      data: {
        subject: "element:medical_hazardous_waste_generated_t",
        body: "Đề nghị đối chiếu với sổ theo dõi.",
      },
      headers,
    });
    expect(comment.status()).toBe(201);

    await page.goto(`/cycles/${cycleId}`);
    await page.getByRole("tab", { name: "Cần làm rõ (1)" }).click();
    const table = page.getByTestId("follow-up");
    await table.getByText("Đề nghị đối chiếu với sổ theo dõi.").waitFor();
    expect(await table.textContent()).toContain("Sở Y tế");
    expect(await accessibilityViolations(page, "[data-testid=follow-up]")).toEqual([]);
    await table.getByRole("link", { name: "Khối lượng chất thải y tế nguy hại phát sinh" }).click();
    await page.getByTestId("element-medical_hazardous_waste_generated_t").waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cycles/${cycleId}/agencies/${agencies.health}`);
  });
});
