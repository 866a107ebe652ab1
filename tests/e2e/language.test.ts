// The interface is Vietnamese by default and switches to English and back; the choice also
// reaches the server, whose error messages then come in the same language.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../support/factories.js";
import { type BrowserHarness, eventually, hasChromium, signIn, startBrowserHarness } from "./support.js";

describe.skipIf(!hasChromium)("language switch", { timeout: 60_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("switches the interface to English and back to Vietnamese", async () => {
    const user = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, user.username, user.password);
    const navText = () => page.getByRole("navigation").textContent();

    expect(await navText()).toContain("Trang chủ");
    expect(await page.getByTestId("user-role").textContent()).toBe("Điều phối viên (Sở NN&MT)");

    await page.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    await eventually(navText).toContain("Home");
    expect(await navText()).toContain("Agencies");
    expect(await navText()).not.toContain("Trang chủ");
    expect(await page.getByTestId("user-role").textContent()).toBe("Coordinator (environment department)");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    // The choice survives a reload.
    await page.reload();
    await eventually(navText).toContain("Home");

    await page.getByTestId("language-switch").getByText("VI", { exact: true }).click();
    await eventually(navText).toContain("Trang chủ");
    expect(await navText()).toContain("Cơ quan");
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
  });

  it("shows the server's sign-in error in the chosen language", async () => {
    const user = await makeUser(h.db, "leader");
    const page = await h.newPage();
    await page.goto("/login");
    await page.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    await page.getByLabel("User name").fill(user.username);
    await page.getByLabel("Password").fill("not-the-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await eventually(() => page.getByRole("alert").textContent()).toContain("Wrong user name or password.");

    await page.getByTestId("language-switch").getByText("VI", { exact: true }).click();
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await eventually(() => page.getByRole("alert").textContent()).toContain(
      "Tên đăng nhập hoặc mật khẩu không đúng.",
    );
  });
});
