import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("uses the documented defaults and no secret", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.HOST).toBe("127.0.0.1");
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.ADMIN_INITIAL_PASSWORD).toBeUndefined();
    expect(config.embeddedDbDir).toMatch(/data\/postgres$/);
  });

  it("lists every wrong value, with its name and value", () => {
    try {
      loadConfig({
        PORT: "abc",
        DATABASE_URL: "mysql://x",
        COOKIE_SECURE: "maybe",
        ADMIN_INITIAL_PASSWORD: "short",
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toMatch(/^PORT: .*"abc"/m);
      expect(problems).toMatch(/^DATABASE_URL: .*postgres/m);
      expect(problems).toMatch(/^COOKIE_SECURE: /m);
      expect(problems).toMatch(/^ADMIN_INITIAL_PASSWORD: .*12 ký tự/m);
      // Secrets are never repeated, even when wrong.
      expect(problems).not.toContain("short");
      expect(problems).not.toContain("mysql://x");
    }
  });

  it("refuses a common or guessable first administrator password before anything starts", () => {
    for (const [password, reason] of [
      ["Password2026!", "phổ biến"],
      ["admin-secret-2026", "tên đăng nhập"],
      ["KhongCoSo-mot-hai", "chữ và số"],
    ]) {
      expect(() => loadConfig({ ADMIN_INITIAL_PASSWORD: password }), password).toThrow(reason);
      expect(() => loadConfig({ ADMIN_INITIAL_PASSWORD: password })).not.toThrow(password);
    }
    expect(loadConfig({ ADMIN_INITIAL_PASSWORD: "Quan-tri-So-2026" }).ADMIN_INITIAL_PASSWORD).toBe(
      "Quan-tri-So-2026",
    );
  });

  it("reads the mail and reminder settings and needs MAIL_FROM with SMTP_URL", () => {
    const config = loadConfig({ REMINDER_DAYS_BEFORE: "1, 7,3,7", PUBLIC_BASE_URL: "https://pepi.example/" });
    expect(config.REMINDER_DAYS_BEFORE).toEqual([7, 3, 1]);
    expect(config.PUBLIC_BASE_URL).toBe("https://pepi.example");
    expect(config.WORKER_INTERVAL_SECONDS).toBe(60);
    expect(config.MAIL_MAX_ATTEMPTS).toBe(5);
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
    expect(() => loadConfig({ SMTP_URL: "smtp://mail.example:587" })).toThrow(/MAIL_FROM: /);
    expect(() => loadConfig({ REMINDER_DAYS_BEFORE: "bảy" })).toThrow(/REMINDER_DAYS_BEFORE: /);
  });

  it("reads TRUST_PROXY as a proxy on this machine or a list of addresses, never a number of hops", () => {
    expect(loadConfig({ TRUST_PROXY: "true" }).TRUST_PROXY).toEqual(["loopback"]);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.5, 10.1.0.0/16, ::1" }).TRUST_PROXY).toEqual([
      "10.0.0.5",
      "10.1.0.0/16",
      "::1",
    ]);
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    for (const bad of ["2", "dead", "10.0.0.0/40"]) {
      try {
        loadConfig({ TRUST_PROXY: bad });
        expect.unreachable(bad);
      } catch (error) {
        expect((error as ConfigError).problems.join("\n")).toMatch(
          /^TRUST_PROXY: .*danh sách địa chỉ proxy/m,
        );
      }
    }
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" }).PORT).toBe(3000);
  });
});
