// Text with a NUL character or broken Unicode is refused with a 400 that names the field, on
// every endpoint; other text is stored in NFC. The fuzz below walks the OpenAPI document and
// sends bad values to every operation, as an administrator and signed out: nothing may answer 5xx.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeProvince } from "../support/factories.js";
import { operations } from "../support/openapi.js";

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: "100" });
  admin = await signedInClient(t, "admin");
});
afterAll(() => t.close());

/** A JSON body written by hand, so it can carry escapes JSON.stringify would not produce. */
const rawJson = (client: TestClient, method: "POST" | "PATCH" | "PUT", url: string, body: string) =>
  client.request({ method, url, payload: body, headers: { "content-type": "application/json" } });

describe("bad text", () => {
  it("refuses a NUL in the sign-in name with a 400 naming the field, before signing in", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "admin\u0000", password: "x" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("VALIDATION_FAILED");
    expect(response.json().error.details[0]).toMatchObject({ field: "username" });
    expect(response.json().error.details[0].message).toBe(
      "chứa ký tự không hợp lệ (thường do dán từ tệp khác); hãy gõ lại đoạn này",
    );
  });

  it("refuses half a surrogate pair in a body and a NUL in a query string", async () => {
    const province = await makeProvince(t.database.db);
    const body = `{"code":"HONG-1","name":"Sở \\ud800 hỏng","kind":"department","orgUnitId":"${province}"}`;
    const broken = await rawJson(admin, "POST", "/api/agencies", body);
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.details).toEqual([expect.objectContaining({ field: "name" })]);
    const query = await admin.get("/api/users?q=ab%00cd");
    expect(query.statusCode).toBe(400);
    expect(query.json().error.details[0].field).toBe("q");
  });

  it("stores decomposed Vietnamese text in NFC, so it matches what others typed", async () => {
    const province = await makeProvince(t.database.db);
    const decomposed = "Sở Nông nghiệp Thừa Thiên Huế".normalize("NFD");
    const created = await admin.post("/api/agencies", {
      code: "NFC-1",
      name: decomposed,
      kind: "department",
      orgUnitId: province,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().name).toBe("Sở Nông nghiệp Thừa Thiên Huế".normalize("NFC"));
    expect(created.json().name).not.toBe(decomposed);
  });
});

/** Percent-encodes like a browser; half a surrogate pair becomes the invalid UTF-8 it would be. */
const percent = (text: string) =>
  text
    .split(/([\uD800-\uDFFF])/)
    .map((part) => (/^[\uD800-\uDFFF]$/.test(part) ? "%ED%A0%80" : encodeURIComponent(part)))
    .join("");

const badStrings = ["a\u0000b", "\ud800", "x\udfffy", "%", "'; drop table users; --", "ß".repeat(5000)];
const badValues: unknown[] = [...badStrings, -1, 1e308, [], {}, null, true, [{ "\u0000": 1 }]];

// Operations that would end the fuzzing session or replace the data under it.
const skipped = new Set(["POST /api/auth/logout", "POST /api/auth/password", "POST /api/admin/restore"]);

describe("fuzzing every endpoint of the API document", () => {
  it("never answers 5xx, signed in as an administrator or not at all", async () => {
    const ops = (await operations(t.app)).filter((op) => !skipped.has(`${op.method} ${op.path}`));
    expect(ops.length).toBeGreaterThan(50);
    const anonymous = { request: (o: Parameters<TestClient["request"]>[0]) => t.app.inject(o) };
    const failures: string[] = [];
    let requests = 0;
    for (const op of ops) {
      const bodyFields = Object.keys(op.body?.properties ?? {});
      for (const [i, bad] of badStrings.entries()) {
        const url = op.path.replace(/\{(\w+)\}/g, () => percent(bad));
        const query = op.query.map((q) => `${q}=${percent(badStrings[(i + 1) % badStrings.length]!)}`);
        const fullUrl = `${url}${query.length ? `?${query.join("&")}` : ""}`;
        const body = ["POST", "PUT", "PATCH"].includes(op.method)
          ? Object.fromEntries(bodyFields.map((f, j) => [f, badValues[(i + j) % badValues.length]]))
          : undefined;
        for (const [who, client] of [
          ["admin", admin],
          ["anonymous", anonymous],
        ] as const) {
          const response = await client.request({
            method: op.method as "GET",
            url: fullUrl,
            ...(body ? { payload: body as never } : {}),
          });
          requests++;
          if (response.statusCode >= 500)
            failures.push(
              `${who} ${op.method} ${fullUrl.slice(0, 120)} → ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
        }
      }
      // The same body as raw JSON with escapes that decode to broken text.
      if (bodyFields.length > 0 && op.params.length === 0) {
        const raw = `{${bodyFields.map((f) => `"${f}":"\\ud800\\u0000"`).join(",")}}`;
        const response = await rawJson(admin, op.method as "POST", op.path, raw);
        requests++;
        if (response.statusCode >= 500)
          failures.push(
            `admin raw ${op.method} ${op.path} → ${response.statusCode} ${response.body.slice(0, 200)}`,
          );
      }
    }
    expect(requests).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 120_000);
});
