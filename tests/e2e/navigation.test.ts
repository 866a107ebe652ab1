// What each role sees in the navigation, and that an agency-bound user cannot open another
// agency's page.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain/auth/roles.js";
import { createUser } from "../../src/server/features/users/users.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import { makeFacility, makeFacilityUser } from "../support/facility-account.js";
import { makeAgency, makeUser, testPassword } from "../support/factories.js";
import {
  type BrowserHarness,
  eventually,
  hasChromium,
  navigationItems,
  signIn,
  startBrowserHarness,
} from "./support.js";

const indexWork = ["nav-frameworks", "nav-computations", "nav-published"];
// The yearly cycle; who is late is for the coordinator, the leadership and the administrator.
// The greenhouse-gas register ("nav-ghg") is theirs too; agencies do not read it yet.
const cycleWork = ["nav-cycles", "nav-overdue"];
const expectedNavigation: Record<Role, string[]> = {
  admin: [
    "nav-home",
    "nav-agencies",
    ...cycleWork,
    ...indexWork,
    "nav-pgi",
    "nav-ghg",
    "nav-plans",
    "nav-users",
    "nav-setup",
    "nav-org-units",
    "nav-outbox",
    "nav-audit",
  ],
  coordinator: [
    "nav-home",
    "nav-agencies",
    ...cycleWork,
    ...indexWork,
    "nav-pgi",
    "nav-ghg",
    "nav-plans",
    "nav-merger",
    "nav-users",
    "nav-org-units",
    "nav-outbox",
  ],
  // Agency staff read the frameworks, the published results and the green index (its tasks are
  // theirs), not the province's computations; and the greenhouse-gas facilities they follow.
  reporter: [
    "nav-home",
    "nav-my-agency",
    "nav-cycles",
    "nav-frameworks",
    "nav-published",
    "nav-pgi",
    "nav-ghg",
    "nav-plans",
    "nav-org-units",
  ],
  agency_head: [
    "nav-home",
    "nav-my-agency",
    "nav-cycles",
    "nav-frameworks",
    "nav-published",
    "nav-pgi",
    "nav-ghg",
    "nav-plans",
    "nav-users",
    "nav-org-units",
  ],
  // The years before the 2025 merger: for those who follow where the province stands.
  leader: [
    "nav-home",
    "nav-agencies",
    ...cycleWork,
    ...indexWork,
    "nav-pgi",
    "nav-ghg",
    "nav-plans",
    "nav-merger",
    "nav-org-units",
  ],
  // The Ministry reads the cycles sent to it, with their documents; it follows no deadline.
  ministry_viewer: ["nav-home", "nav-agencies", "nav-cycles", ...indexWork, "nav-org-units"],
  // A facility's own account works on its facility's obligations and reports only.
  facility: ["nav-home", "nav-my-facility"],
};

const roleLabels: Record<Role, string> = {
  admin: "Quản trị hệ thống",
  coordinator: "Điều phối viên (Sở NN&MT)",
  reporter: "Cán bộ báo cáo",
  agency_head: "Lãnh đạo cơ quan",
  leader: "Lãnh đạo UBND tỉnh",
  ministry_viewer: "Bộ NN&MT (xem)",
  facility: "Cơ sở phát thải khí nhà kính",
};

describe.skipIf(!hasChromium)("navigation by role", { timeout: 60_000 }, () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h?.close());
  afterEach(() => expect(h.pageErrors).toEqual([]));

  for (const role of Object.keys(expectedNavigation) as Role[]) {
    it(`shows ${role} exactly the sections the role may use`, async () => {
      const agencyId = role === "reporter" || role === "agency_head" ? await makeAgency(h.db) : null;
      const user =
        role === "facility"
          ? await makeFacilityUser(h.db, await makeFacility(h.db))
          : await makeUser(h.db, role, agencyId);
      const page = await h.newPage();
      await signIn(page, user.username, user.password);

      expect(await navigationItems(page)).toEqual(expectedNavigation[role]);
      await eventually(() => page.getByTestId("user-role").textContent()).toBe(roleLabels[role]);
      if (agencyId) {
        const href = await page.getByTestId("nav-my-agency").getAttribute("href");
        expect(href).toBe(`/agencies/${agencyId}`);
      }
    });
  }

  it("lets a reporter open their own agency but not another one", async () => {
    const nameA = "Sở Xây dựng Thử nghiệm A";
    const nameB = "Sở Y tế Thử nghiệm B";
    const agencyA = await makeAgency(h.db, { name: nameA });
    const agencyB = await makeAgency(h.db, { name: nameB });
    const reporter = await makeUser(h.db, "reporter", agencyA);
    const page = await h.newPage();

    // Signing in from a deep link returns there afterwards.
    await signIn(page, reporter.username, reporter.password, `/agencies/${agencyA}`);
    await eventually(() => page.getByTestId("agency-name").textContent()).toBe(nameA);
    expect(new URL(page.url()).pathname).toBe(`/agencies/${agencyA}`);

    await page.goto(`/agencies/${agencyB}`);
    await page.getByTestId("forbidden").waitFor();
    expect(await page.getByTestId("forbidden").textContent()).toContain("Không có quyền");
    expect(await page.getByText(nameB).count()).toBe(0);
  });

  it("shows a not-found page for an unknown address", async () => {
    const user = await makeUser(h.db, "leader");
    const page = await h.newPage();
    await signIn(page, user.username, user.password, "/khong-co-trang-nay");
    await page.getByTestId("not-found").waitFor();
    expect(await page.getByTestId("not-found").textContent()).toContain("Không tìm thấy");
  });

  it("sends a user whose session ended to the login page and back where they were", async () => {
    const user = await makeUser(h.db, "coordinator");
    const page = await h.newPage();
    await signIn(page, user.username, user.password);
    // The coordinator's home reads the standing: let it land before the session ends, or its
    // refused read sends the page to the login first, and from the home.
    await page.getByTestId("standing").waitFor();
    await page.context().clearCookies();
    await page.getByTestId("nav-org-units").click();
    await eventually(() => new URL(page.url()).pathname).toBe("/login");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/org-units");

    await page.getByLabel("Tên đăng nhập").fill(user.username);
    await page.getByLabel("Mật khẩu").fill(user.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await eventually(() => new URL(page.url()).pathname).toBe("/org-units");
  });

  it("warns a demonstration user with a banner", async () => {
    const username = "demo.lanhdao";
    await createUser(
      h.db,
      { username, fullName: "Lãnh đạo trình diễn", role: "leader", password: testPassword },
      systemContext("test"),
      { isDemo: true },
    );
    const page = await h.newPage();
    await signIn(page, username, testPassword);
    expect(await page.getByTestId("demo-banner").textContent()).toContain("Dữ liệu trình diễn");
  });
});
