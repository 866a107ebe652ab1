// The API document page works under the same Content-Security-Policy as every other page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserHarness, hasChromium, startBrowserHarness } from "./support.js";

let h: BrowserHarness;
beforeAll(async () => {
  if (hasChromium) h = await startBrowserHarness();
}, 120_000);
afterAll(() => h?.close());

describe.runIf(hasChromium)("the API document", () => {
  it("is sent with the strict policy and still shows every group of operations", async () => {
    const page = await h.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/api/docs");
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.getByText("PEPI Hub API").first().waitFor();
    await page.locator(".opblock-tag", { hasText: "auth" }).first().waitFor();
    expect(violations).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
