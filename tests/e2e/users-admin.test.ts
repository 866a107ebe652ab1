// An administrator adds a user on the Users page; the generated password is shown once and
// is the one the new user signs in with (and must then change).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { agencies } from "../../src/server/db/schema.js";
import { makeAgency, makeUser } from "../support/factories.js";
import { type BrowserHarness, eventually, hasChromium, signIn, startBrowserHarness } from "./support.js";

describe.skipIf(!hasChromium)("users administration", { timeout: 90_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("creates a reporter and shows the temporary password exactly once", async () => {
    const agencyName = "Sở Công Thương Thử nghiệm";
    await makeAgency(h.db, { name: agencyName });
    const admin = await makeUser(h.db, "admin");
    const page = await h.newPage();
    await signIn(page, admin.username, admin.password);
    await page.getByTestId("nav-users").click();
    await page.getByTestId("create-user").click();

    const form = page.getByRole("dialog");
    await form.getByLabel("Tên đăng nhập").fill("nguyen.van.a");
    await form.getByLabel("Họ và tên").fill("Nguyễn Văn A");
    // A reporter must belong to an agency: saving without one is refused on the form.
    await form.getByTestId("user-form-submit").click();
    await form.getByText("Vai trò này phải thuộc một cơ quan.").waitFor();
    await form.getByLabel("Cơ quan", { exact: true }).click();
    await page.keyboard.type("cong thuong");
    await page.keyboard.press("Enter");
    await form.getByTestId("user-form-submit").click();

    const shown = page.getByTestId("temporary-password");
    await shown.waitFor();
    const temporaryPassword = (await shown.textContent())?.trim() ?? "";
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    // A click that lands while the dialog is still opening (a busy machine) is clicked again.
    const done = page.getByTestId("temporary-password-done");
    await eventually(async () => {
      if (await done.isVisible()) await done.click({ timeout: 2000 }).catch(() => undefined);
      return shown.count();
    }).toBe(0);

    const table = page.getByTestId("users-table");
    await table.getByText("Nguyễn Văn A").waitFor();
    expect(await table.getByText(agencyName).count()).toBe(1);
    expect(await page.getByText(temporaryPassword).count()).toBe(0);
    await page.reload();
    await table.getByText("Nguyễn Văn A").waitFor();
    expect(await page.getByText(temporaryPassword).count()).toBe(0);

    // The new user signs in with it and is made to choose a password first.
    const newcomer = await h.newPage();
    await signIn(newcomer, "nguyen.van.a", temporaryPassword);
    await eventually(() => new URL(newcomer.url()).pathname).toBe("/change-password");
    await newcomer.getByLabel("Mật khẩu hiện tại").fill(temporaryPassword);
    await newcomer.getByLabel("Mật khẩu mới", { exact: true }).fill("MatKhauMoi2027");
    await newcomer.getByLabel("Nhập lại mật khẩu mới").fill("MatKhauMoi2027");
    await newcomer.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await eventually(() => new URL(newcomer.url()).pathname).toBe("/");
    await newcomer.getByTestId("home-welcome").waitFor();
  });

  it("creates accounts from a list and prints them with their first passwords", async () => {
    const agencyId = await makeAgency(h.db, { name: "UBND xã Thử Danh Sách" });
    const [row] = await h.db.select({ code: agencies.code }).from(agencies).where(eq(agencies.id, agencyId));
    const code = row!.code;
    const admin = await makeUser(h.db, "admin");
    const page = await h.newPage();
    await signIn(page, admin.username, admin.password, "/users");
    await page.getByTestId("import-users").click();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pepi-accounts-")), "tai-khoan.csv");
    fs.writeFileSync(
      file,
      `Tên đăng nhập,Họ và tên,Vai trò,Mã cơ quan\r\nxa.thu.baocao,Nguyễn Thị Thu,Cán bộ báo cáo,${code}\r\nxa.thu.chutich,Trần Văn Chủ,Lãnh đạo cơ quan,${code}\r\n`,
    );
    await page.getByRole("dialog").locator("input[type=file]").setInputFiles(file);
    const created = page.getByTestId("accounts-created");
    await eventually(() => created.textContent()).toContain("xa.thu.chutich");
    expect(await created.textContent()).toContain("UBND xã Thử Danh Sách");
    const [printed] = await Promise.all([
      page.waitForEvent("popup"),
      page.getByTestId("accounts-print").click(),
    ]);
    await printed.waitForLoadState();
    const text = await printed.textContent("table");
    expect(text).toContain("xa.thu.baocao");
    expect(text).toContain("Nguyễn Thị Thu");
    await printed.close();
  });
});
