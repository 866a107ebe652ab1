import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import type { Db } from "../../src/server/db/client.js";
import { loadConfig } from "../../src/server/platform/config.js";
import { createTestApp, type TestApp, TestClient } from "../support/app.js";
import { makeUser } from "../support/factories.js";

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: "4096" });
  const user = await makeUser(t.database.db, "admin");
  admin = new TestClient(t.app);
  await admin.login(user.username, user.password);
});
afterAll(() => t.close());

describe("errors a user can meet", () => {
  it("answers malformed JSON with 400 MALFORMED_JSON and writes nothing", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/users",
      headers: { "content-type": "application/json" },
      payload: '{"username": "x",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "MALFORMED_JSON",
      message: "Nội dung yêu cầu không phải JSON hợp lệ.",
    });
  });

  it("answers an oversized body with 413", async () => {
    const response = await admin.post("/api/users", {
      username: "big",
      fullName: "x".repeat(10_000),
      role: "leader",
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("BODY_TOO_LARGE");
  });

  it("answers an unknown API route with 404 naming the route, signed in or not", async () => {
    for (const client of [admin, new TestClient(t.app)]) {
      const response = await client.get("/api/khong-co?x=1");
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toBe("Không có đường dẫn GET /api/khong-co.");
    }
  });

  it("answers in English when the person chose English", async () => {
    const client = new TestClient(t.app);
    await client.post("/api/auth/locale/en");
    const response = await client.get("/api/auth/me");
    expect(response.json().error.message).toBe("You need to sign in.");
  });

  it("refuses a cross-site write even with a valid session", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/auth/logout",
      headers: { origin: "https://evil.example", host: "localhost:80" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("CROSS_SITE_REQUEST");
    expect((await admin.get("/api/auth/me")).statusCode).toBe(200);
  });

  it("puts a request id on every response and never leaks internals", async () => {
    const response = await admin.get("/api/users/not-a-uuid");
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body).not.toMatch(/stack|select |at Object/i);
  });

  it("serves the OpenAPI document", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/auth/login", "/api/agencies/{id}", "/api/users"]),
    );
  });
});

describe("a database that cannot be reached", () => {
  it("answers 503 DATABASE_UNAVAILABLE and keeps serving", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-nodb-"));
    // Port 9 on loopback has no PostgreSQL: every query fails to connect.
    const pool = new pg.Pool({
      connectionString: "postgres://x@127.0.0.1:9/none",
      connectionTimeoutMillis: 500,
    });
    pool.on("error", () => {});
    const db = drizzle(pool) as unknown as Db;
    const app = await buildApp({
      config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }),
      database: { db, kind: "postgres", changes: null, close: () => pool.end() },
    });
    try {
      for (let i = 0; i < 2; i++) {
        const health = await app.inject({ method: "GET", url: "/api/health" });
        expect(health.statusCode).toBe(503);
        expect(health.json().error.message).toBe("Không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau.");
      }
      const login = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "a", password: "b" },
      });
      expect(login.statusCode).toBe(503);
    } finally {
      await app.close();
      await pool.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
