// Behind a reverse proxy the audit trail records the real client address: the one the proxy
// saw, never what the client wrote itself into X-Forwarded-For.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/server/db/schema.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { makeUser } from "../support/factories.js";

const apps: TestApp[] = [];
afterAll(() => Promise.all(apps.map((a) => a.close())));

async function loginAddress(env: Record<string, string>, forwardedFor: string, from = "127.0.0.1") {
  const t = await createTestApp(env);
  apps.push(t);
  const user = await makeUser(t.database.db, "admin");
  const response = await t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username: user.username, password: user.password },
    headers: { "x-forwarded-for": forwardedFor },
    remoteAddress: from,
  });
  expect(response.statusCode).toBe(200);
  const [event] = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUsername, user.username), eq(auditEvents.type, "auth.login_succeeded")))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return (event!.after as { ip: string }).ip;
}

describe("the client address", () => {
  it("is the proxy's hop with TRUST_PROXY=true, not the address the client forged", async () => {
    // The client sent "6.6.6.6"; the proxy on this machine appended the address it came from.
    expect(await loginAddress({ TRUST_PROXY: "true" }, "6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
  });

  it("believes no header from a client that reaches the port without the proxy", async () => {
    expect(await loginAddress({ TRUST_PROXY: "true" }, "6.6.6.6", "198.51.100.9")).toBe("198.51.100.9");
  });

  it("follows the listed proxies", async () => {
    expect(
      await loginAddress({ TRUST_PROXY: "127.0.0.1, 10.0.0.0/8" }, "6.6.6.6, 203.0.113.7, 10.0.0.2"),
    ).toBe("203.0.113.7");
  });

  it("ignores the header without a proxy", async () => {
    expect(await loginAddress({}, "6.6.6.6")).toBe("127.0.0.1");
  });
});
