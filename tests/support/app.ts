// The real application on a fresh test database, driven through fastify.inject.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { Role } from "../../src/domain/auth/roles.js";
import { buildApp } from "../../src/server/app.js";
import type { Database } from "../../src/server/db/client.js";
import { type AppConfig, loadConfig } from "../../src/server/platform/config.js";
import { createTestDatabase } from "./db.js";
import { makeUser } from "./factories.js";

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: AppConfig;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-app-"));
  // The free-space guard is tested on a disk of its own (faults.test.ts), not on the machine's.
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", STORAGE_MIN_FREE_MB: "0", ...env });
  const database = await createTestDatabase();
  const app = await buildApp({ config, database });
  await app.ready();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A client that keeps its session cookie between requests, as a browser does. */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await this.app.inject({
      ...options,
      headers: { ...(cookie ? { cookie } : {}), ...(options.headers ?? {}) },
    });
    for (const c of response.cookies) {
      if (c.value === "" || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get = (url: string) => this.request({ method: "GET", url });
  post = (url: string, payload?: unknown) => this.request({ method: "POST", url, payload: payload as never });
  put = (url: string, payload?: unknown) => this.request({ method: "PUT", url, payload: payload as never });
  patch = (url: string, payload?: unknown) =>
    this.request({ method: "PATCH", url, payload: payload as never });
  delete = (url: string) => this.request({ method: "DELETE", url });

  /** A multipart/form-data POST with text fields and one file, built as a browser would. */
  upload = (url: string, fields: Record<string, string>, file?: { name: string; content: Buffer }) => {
    const boundary = `----pepi${Math.random().toString(16).slice(2)}`;
    const parts: Buffer[] = [];
    for (const [name, value] of Object.entries(fields))
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
      );
    if (file) {
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
      parts.push(Buffer.from(head), file.content, Buffer.from("\r\n"));
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return this.request({
      method: "POST",
      url,
      payload: Buffer.concat(parts),
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
  };

  async login(username: string, password: string): Promise<LightMyRequestResponse> {
    return this.post("/api/auth/login", { username, password });
  }
}

/** A client signed in as a new user with this role (and agency). */
export async function signedInClient(
  t: TestApp,
  role: Role,
  agencyId: string | null = null,
): Promise<TestClient> {
  const user = await makeUser(t.database.db, role, agencyId);
  const client = new TestClient(t.app);
  const response = await client.login(user.username, user.password);
  if (response.statusCode !== 200) throw new Error(`sign-in of ${user.username} failed: ${response.body}`);
  return client;
}
