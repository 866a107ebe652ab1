// Free space under DATA_DIR, looked at every few seconds. Below the configured minimum the server
// refuses what would write (saves, uploads, documents) with STORAGE_FULL (507) before the disk
// is full: a database that cannot write its log stops, and half-written files help nobody.
import fs from "node:fs";
import type { FastifyInstance } from "fastify";
import { AppError } from "./errors.js";

export interface StorageState {
  freeBytes: number;
  minFreeBytes: number;
  ok: boolean;
}

export class StorageGuard {
  #checkedAt = 0;
  #state: StorageState;

  constructor(
    readonly dir: string,
    readonly minFreeBytes: number,
    readonly checkEveryMs = 2000,
  ) {
    this.#state = { freeBytes: Number.POSITIVE_INFINITY, minFreeBytes, ok: true };
  }

  state(now = Date.now()): StorageState {
    if (now - this.#checkedAt >= this.checkEveryMs) {
      this.#checkedAt = now;
      try {
        const stats = fs.statfsSync(this.dir);
        const freeBytes = stats.bavail * stats.bsize;
        this.#state = { freeBytes, minFreeBytes: this.minFreeBytes, ok: freeBytes >= this.minFreeBytes };
      } catch {
        // A directory that cannot be looked at is not reported full: the writes themselves will say.
        this.#state = { freeBytes: Number.POSITIVE_INFINITY, minFreeBytes: this.minFreeBytes, ok: true };
      }
    }
    return this.#state;
  }
}

const writes = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Signing in and out write a row each; they stay possible so that someone can still act. */
const alwaysAllowed = new Set(["/api/auth/login", "/api/auth/logout"]);

export function registerStorageGuard(app: FastifyInstance, guard: StorageGuard) {
  // After the session and the validation: whoever may not write learns nothing of the disk.
  app.addHook("preHandler", async (request) => {
    if (!writes.has(request.method) || !request.url.startsWith("/api/")) return;
    if (alwaysAllowed.has(request.routeOptions.url ?? "")) return;
    if (!guard.state().ok) throw new AppError("STORAGE_FULL");
  });
}
