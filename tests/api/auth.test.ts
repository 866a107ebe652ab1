import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSettingsOf } from "../../src/server/app.js";
import { auditEvents } from "../../src/server/db/schema.js";
import { createSessionCache, resolveSession } from "../../src/server/features/auth/auth.service.js";
import { createTestApp, type TestApp, TestClient } from "../support/app.js";
import { makeAgency, makeUser, testPassword } from "../support/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: "3", SESSION_TTL_HOURS: "1", SESSION_MAX_HOURS: "2" });
});
afterAll(() => t.close());

describe("login and sessions", () => {
  it("signs in, reports who the user is and what they may do, and signs out", async () => {
    const agencyId = await makeAgency(t.database.db);
    const user = await makeUser(t.database.db, "reporter", agencyId);
    const client = new TestClient(t.app);

    const login = await client.login(user.username, user.password);
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === "pepi_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");

    const me = await client.get("/api/auth/me");
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: user.username, role: "reporter", agency: { id: agencyId } });
    expect(me.json().permissions).toContain("agency.read");
    expect(me.json().permissions).not.toContain("user.manage");

    expect((await client.post("/api/auth/logout")).statusCode).toBe(200);
    const after = await client.get("/api/auth/me");
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a wrong password with a Vietnamese message and a request id", async () => {
    const user = await makeUser(t.database.db, "admin");
    const response = await new TestClient(t.app).login(user.username, "sai-mat-khau-1");
    expect(response.statusCode).toBe(401);
    const body = response.json();
    expect(body.error.code).toBe("INVALID_CREDENTIALS");
    expect(body.error.message).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(body.error.requestId).toBe(response.headers["x-request-id"]);
  });

  it("locks a user name after repeated failures, even for the right password", async () => {
    const user = await makeUser(t.database.db, "coordinator");
    const client = new TestClient(t.app);
    for (let i = 0; i < 2; i++)
      expect((await client.login(user.username, "wrong-pass-1")).statusCode).toBe(401);
    const third = await client.login(user.username, "wrong-pass-1");
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe("ACCOUNT_LOCKED");
    const right = await client.login(user.username, testPassword);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.message).toMatch(/thử lại sau \d+ phút/);
  });

  it("checks no more passwords than the limit when 30 attempts arrive at once", async () => {
    const user = await makeUser(t.database.db, "reporter", await makeAgency(t.database.db));
    // 29 wrong guesses, then the right password, all at the same moment (the limit here is 3).
    const attempts = [...Array.from({ length: 29 }, (_, i) => `doan-sai-${i}`), user.password];
    const answers = await Promise.all(attempts.map((p) => new TestClient(t.app).login(user.username, p)));
    const codes = answers.map((a) => (a.statusCode === 200 ? "OK" : a.json().error.code));
    const checked = codes.filter((c) => c !== "ACCOUNT_LOCKED").length;
    const trail = await t.database.db
      .select({ type: auditEvents.type })
      .from(auditEvents)
      .where(eq(auditEvents.actorUsername, user.username));
    // Every checked password leaves one event: failed, locked, or signed in.
    const passwordsChecked = trail.filter((e) =>
      ["auth.login_failed", "auth.account_locked", "auth.login_succeeded"].includes(e.type),
    ).length;
    expect(passwordsChecked).toBeLessThanOrEqual(3);
    expect(checked).toBeLessThanOrEqual(3);
    expect(codes.filter((c) => c === "ACCOUNT_LOCKED").length).toBeGreaterThanOrEqual(27);
  });

  it("answers an expired or unknown session cookie with SESSION_EXPIRED", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/auth/me",
      cookies: { pepi_session: "nope" },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("SESSION_EXPIRED");
  });

  it("changes the password, refusing a weak one and a wrong current one", async () => {
    const user = await makeUser(t.database.db, "leader");
    const client = new TestClient(t.app);
    await client.login(user.username, user.password);
    const wrong = await client.post("/api/auth/password", {
      currentPassword: "x",
      newPassword: "MoiMatKhau2027x",
    });
    expect(wrong.json().error.code).toBe("WRONG_CURRENT_PASSWORD");
    const weak = await client.post("/api/auth/password", {
      currentPassword: user.password,
      newPassword: "short",
    });
    expect(weak.json().error.code).toBe("WEAK_PASSWORD");
    for (const [newPassword, reason] of [
      ["Password2026!", "mật khẩu phổ biến"],
      ["qwerty12345678", "mật khẩu phổ biến"],
      [`${user.username.toUpperCase()}-2026`, "tên đăng nhập"],
      [user.password, "khác mật khẩu hiện tại"],
    ]) {
      const refused = await client.post("/api/auth/password", {
        currentPassword: user.password,
        newPassword,
      });
      expect(refused.json().error.code, newPassword).toBe("WEAK_PASSWORD");
      expect(refused.json().error.message, newPassword).toContain(reason);
      // The field is named where a program reads it, never in the sentence a person reads.
      expect(refused.json().error.message).not.toContain("newPassword");
      expect(refused.json().error.details).toEqual([
        { field: "newPassword", message: expect.stringContaining(reason!) },
      ]);
    }
    const ok = await client.post("/api/auth/password", {
      currentPassword: user.password,
      newPassword: "MoiMatKhau2027",
    });
    expect(ok.statusCode).toBe(200);
    const again = new TestClient(t.app);
    expect((await again.login(user.username, user.password)).statusCode).toBe(401);
    expect((await again.login(user.username, "MoiMatKhau2027")).statusCode).toBe(200);
  });

  it("opens nothing but the password change to someone with a first password", async () => {
    const admin = new TestClient(t.app);
    const adminUser = await makeUser(t.database.db, "admin");
    await admin.login(adminUser.username, adminUser.password);
    const created = await admin.post("/api/users", {
      username: `moi.${Date.now()}`,
      fullName: "Người dùng mới",
      role: "leader",
      password: "DoQuanTriDat-2026",
    });
    expect(created.statusCode).toBe(201);
    const client = new TestClient(t.app);
    expect((await client.login(created.json().user.username, "DoQuanTriDat-2026")).statusCode).toBe(200);
    const blocked = await client.get("/api/agencies");
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("PASSWORD_CHANGE_REQUIRED");
    expect((await client.get("/api/auth/me")).json().mustChangePassword).toBe(true);
    const changed = await client.post("/api/auth/password", {
      currentPassword: "DoQuanTriDat-2026",
      newPassword: "TuChonMatKhau-2026",
    });
    expect(changed.statusCode).toBe(200);
    expect((await client.get("/api/agencies")).statusCode).toBe(200);
  });

  it("ends a session at its absolute lifetime however active it is", async () => {
    const user = await makeUser(t.database.db, "leader");
    const login = await new TestClient(t.app).login(user.username, user.password);
    const token = login.cookies.find((c) => c.name === "pepi_session")!.value;
    const settings = authSettingsOf(t.config);
    const signedIn = Date.now();
    const at = (minutes: number) => new Date(signedIn + minutes * 60_000);
    const resolve = (minutes: number) =>
      resolveSession(t.database.db, settings, createSessionCache(null), token, at(minutes));
    // Active every 50 minutes: the one-hour idle limit never ends it…
    for (const minutes of [50, 100, 118]) expect(await resolve(minutes), `${minutes} min`).toBeDefined();
    // …but two hours after signing in it ends.
    expect(await resolve(121)).toBeUndefined();
  });

  it("refuses a disabled account", async () => {
    const admin = await makeUser(t.database.db, "admin");
    const victim = await makeUser(t.database.db, "leader");
    const adminClient = new TestClient(t.app);
    await adminClient.login(admin.username, admin.password);
    const victimClient = new TestClient(t.app);
    await victimClient.login(victim.username, victim.password);
    expect((await adminClient.patch(`/api/users/${victim.id}`, { active: false })).statusCode).toBe(200);
    expect((await victimClient.get("/api/auth/me")).statusCode).toBe(401);
    const relogin = await new TestClient(t.app).login(victim.username, victim.password);
    expect(relogin.json().error.code).toBe("ACCOUNT_DISABLED");
    // The attempt is in the trail, as a failed sign-in.
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUsername, victim.username), eq(auditEvents.type, "auth.login_failed")));
    expect(event?.summary).toBe(`Đăng nhập vào tài khoản đã ngừng hoạt động “${victim.username}”`);
  });
});
