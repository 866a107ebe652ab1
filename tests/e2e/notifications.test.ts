// The bell shows a coordinator's unread notifications and marks them read; the outbox page
// lists the e-mails with their state and sends a failed one again.
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { outboxMessages, users } from "../../src/server/db/schema.js";
import { queueNotification } from "../../src/server/features/notifications/notify.js";
import { makeUser } from "../support/factories.js";
import { type BrowserHarness, eventually, hasChromium, signIn, startBrowserHarness } from "./support.js";

describe.skipIf(!hasChromium)("notifications and outbox", { timeout: 90_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  it("shows the unread count, marks read, and resends a failed e-mail", async () => {
    const coordinator = await makeUser(h.db, "coordinator");
    await h.db.update(users).set({ email: "dieuphoi@example.vn" }).where(eq(users.id, coordinator.id));
    await queueNotification(h.db, {
      recipients: { userIds: [coordinator.id] },
      kind: "test.notice",
      title: "Sở Y tế đã gửi số liệu",
      body: "Số liệu năm 2025 của Sở Y tế chờ thẩm định.",
      link: "/outbox",
      dedupeKey: "e2e:notice",
    });
    await h.db
      .update(outboxMessages)
      .set({ status: "failed", attempts: 5, lastError: "550 Hộp thư không tồn tại" })
      .where(eq(outboxMessages.userId, coordinator.id));

    const page = await h.newPage();
    await signIn(page, coordinator.username, coordinator.password);
    await eventually(() => page.getByTestId("notification-count").textContent()).toBe("1");
    await page.getByTestId("notification-bell").click();
    const item = page.getByTestId("notification-item");
    await item.getByText("Sở Y tế đã gửi số liệu").waitFor();
    await page.getByTestId("notification-mark-read").click();
    await eventually(() => page.getByTestId("notification-count").textContent()).toBe("0");

    await page.getByTestId("nav-outbox").click();
    const table = page.getByTestId("outbox-table");
    await table.getByText("[PEPI Hub] Sở Y tế đã gửi số liệu").waitFor();
    await table.getByText("Gửi lỗi").waitFor();
    await table.getByText("550 Hộp thư không tồn tại").waitFor();
    await page.getByText("Máy chủ chưa cấu hình gửi thư").waitFor();
    await table.getByTestId("outbox-resend").click();
    // The confirmation's own button: before it opens, the last "Gửi lại" on the page is the row's.
    await page.locator(".ant-popconfirm").getByRole("button", { name: "Gửi lại" }).click();
    await page.getByText("Đã đưa thư vào hàng đợi để gửi lại.").waitFor();
    await table.getByText("Chờ gửi").waitFor();
    expect(await table.getByTestId("outbox-resend").count()).toBe(0);
  });
});
