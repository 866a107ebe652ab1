import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { loggableError } from "./log-safety.js";

describe("loggableError", () => {
  it("keeps the SQL and the codes of a failed query, never its parameters", () => {
    const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0c2FsdA$aGFzaGhhc2hoYXNo";
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "users_username_key"'),
      {
        code: "23505",
        constraint: "users_username_key",
        detail: "Key (username)=(nguyen.van.a) already exists.",
      },
    );
    const error = new DrizzleQueryError(
      "insert into users (username, password_hash) values ($1, $2)",
      ["nguyen.van.a", hash],
      cause,
    );
    const logged = loggableError(error);
    const text = JSON.stringify(logged);
    expect(text).not.toContain(hash);
    expect(text).not.toContain("nguyen.van.a");
    expect(logged.query).toBe("insert into users (username, password_hash) values ($1, $2)");
    expect(logged.cause).toMatchObject({ code: "23505", constraint: "users_username_key" });
  });
});
