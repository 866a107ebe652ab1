import { Writable } from "node:stream";
import { DrizzleQueryError } from "drizzle-orm/errors";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { loggerOptions } from "../app.js";
import { loadConfig } from "./config.js";
import { handleError } from "./http-errors.js";
import { loggableError } from "./log-safety.js";

const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0c2FsdA$aGFzaGhhc2hoYXNo";
const failedQuery = () =>
  new DrizzleQueryError(
    "insert into users (username, password_hash) values ($1, $2)",
    ["nguyen.van.a", hash],
    Object.assign(new Error('duplicate key value violates unique constraint "users_username_key"'), {
      code: "23505",
      constraint: "users_username_key",
      detail: "Key (username)=(nguyen.van.a) already exists.",
    }),
  );
/** A failure no request can cause on purpose (a broken reference): a server error, logged whole. */
const unexpectedQuery = () =>
  new DrizzleQueryError(
    "insert into users (username, password_hash, agency_id) values ($1, $2, $3)",
    ["nguyen.van.a", hash, "00000000-0000-4000-8000-000000000000"],
    Object.assign(
      new Error('insert or update on table "users" violates foreign key constraint "users_agency_id_fkey"'),
      {
        code: "23503",
        constraint: "users_agency_id_fkey",
        detail: 'Key (agency_id)=(00000000-0000-4000-8000-000000000000) is not present in table "agencies".',
      },
    ),
  );

describe("loggableError", () => {
  it("keeps the SQL and the codes of a failed query, never its parameters", () => {
    const logged = loggableError(failedQuery());
    const text = JSON.stringify(logged);
    expect(text).not.toContain(hash);
    expect(text).not.toContain("nguyen.van.a");
    expect(logged.query).toBe("insert into users (username, password_hash) values ($1, $2)");
    expect(logged.cause).toMatchObject({ code: "23505", constraint: "users_username_key" });
  });

  it("hides parameters over many lines, and the value a data error quotes", () => {
    const secret = "CCCD 001234567890";
    const error = new DrizzleQueryError(
      "update explanations set body = $1 where id = $2",
      [`dòng một\n${secret} bí mật\ndòng ba`, "x"],
      Object.assign(new Error(`invalid input syntax for type uuid: "${secret}"`), { code: "22P02" }),
    );
    const logged = loggableError(error);
    expect(JSON.stringify(logged)).not.toContain(secret);
    expect(logged.message).toBe(
      "Failed query: update explanations set body = $1 where id = $2\nparams: [ẩn]",
    );
    expect(logged.stack).toMatch(/params: \[ẩn\]\n\s+at /);
    expect(logged.cause?.message).toBe("invalid input syntax for type uuid: [ẩn]");
  });

  it("is what the server's log writes for an unexpected error, whole but without the values", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({ logger: { ...loggerOptions(loadConfig({ LOG_LEVEL: "error" })), stream } });
    app.setErrorHandler(handleError);
    app.get("/api/boom", async () => {
      throw unexpectedQuery();
    });
    expect((await app.inject({ method: "GET", url: "/api/boom" })).statusCode).toBe(500);
    await app.close();
    const logged = JSON.parse(lines.find((l) => l.includes("unexpected error"))!);
    expect(logged.err.message).toContain("Failed query: insert into users");
    expect(logged.err.cause.constraint).toBe("users_agency_id_fkey");
    expect(JSON.stringify(logged)).not.toContain(hash);
  });

  it("answers a unique key met by two requests at once as a clear conflict, not a server error", async () => {
    const app = Fastify();
    app.setErrorHandler(handleError);
    app.get("/api/twice", async () => {
      throw failedQuery();
    });
    const response = await app.inject({ method: "GET", url: "/api/twice" });
    await app.close();
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("CONCURRENT_DUPLICATE");
    expect(response.body).not.toContain("nguyen.van.a");
  });
});
