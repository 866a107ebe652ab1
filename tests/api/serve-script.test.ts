// `npm start` runs the server bundle through scripts/serve.sh: the memory settings it applies are
// part of how the server meets its memory goals, so they are checked on a real process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess } from "../support/server-process.js";

let dataDir: string;
let server: ServerProcess;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-serve-"));
  // The script's own default for MALLOC_ARENA_MAX is under test: none may be inherited.
  delete process.env.MALLOC_ARENA_MAX;
  server = await startServerProcess(dataDir, { ADMIN_INITIAL_PASSWORD: "ServeScript2026" });
}, 90_000);

afterAll(async () => {
  await server.stop("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("scripts/serve.sh", () => {
  it("execs Node itself, with the young-generation and thread-pool flags", () => {
    const args = fs.readFileSync(`/proc/${server.child.pid}/cmdline`, "utf8").split("\0");
    expect(args[0]).toBe(process.execPath);
    expect(args).toContain("--max-semi-space-size=4");
    expect(args).toContain("--v8-pool-size=1");
    // The heavy-work queue collects garbage between pieces (platform/heavy-work.ts).
    expect(args).toContain("--expose-gc");
    expect(args.some((a) => a.endsWith("dist/server/main.mjs"))).toBe(true);
  });

  it("limits glibc to two malloc arenas unless told otherwise", () => {
    const environment = fs.readFileSync(`/proc/${server.child.pid}/environ`, "utf8").split("\0");
    expect(environment).toContain("MALLOC_ARENA_MAX=2");
  });

  it("stops cleanly on SIGTERM, and its database server with it", async () => {
    expect(await server.stop("SIGTERM")).toBe(0);
  });
});
