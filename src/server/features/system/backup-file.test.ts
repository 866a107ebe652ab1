// A backup whose lines fail midway (an evidence file unreadable while it is read) fails as a
// rejected promise, leaving no file behind, encrypted or not; it never ends the process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeBackupFile } from "./backup.service.js";

async function* failingLines() {
  yield "{}\n";
  await new Promise((resolve) => setTimeout(resolve, 5));
  throw new Error("EIO: lỗi đọc tệp minh chứng");
}

const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

afterEach(() => {
  process.off("uncaughtException", onUncaught);
});

describe("writeBackupFile", () => {
  for (const passphrase of [undefined, "Cum-tu-bi-mat-2026"]) {
    it(`rejects and leaves no file when its lines fail (${passphrase ? "encrypted" : "plain"})`, async () => {
      process.on("uncaughtException", onUncaught);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-backup-file-"));
      const file = path.join(dir, "sao-luu.jsonl.gz");
      await expect(writeBackupFile(failingLines(), file, passphrase)).rejects.toThrow(/lỗi đọc tệp/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught).toEqual([]);
      expect(fs.readdirSync(dir)).toEqual([]);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  }
});
