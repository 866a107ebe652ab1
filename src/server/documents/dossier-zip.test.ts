import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import archiver from "archiver";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import {
  checksumsPath,
  type DossierEntry,
  type Manifest,
  manifestPath,
  writeDossier,
} from "./dossier-zip.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-dossier-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");

function storedFile(name: string, content: Buffer) {
  const source = path.join(dir, name);
  fs.writeFileSync(source, content);
  return { source, sha256: sha(content), sizeBytes: content.length };
}

const evidence = (p: string, file: { source: string; sha256: string; sizeBytes: number }): DossierEntry => ({
  path: p,
  ...file,
  kind: "evidence",
  indicator: "07",
  agency: "Sở Xây dựng",
  docNumber: "12/QĐ-UBND",
  docDate: "2024-03-01",
  issuer: "UBND tỉnh",
});

async function zipOf(entries: DossierEntry[]) {
  const archive = archiver("zip");
  const out = path.join(dir, `d-${Math.random()}.zip`);
  const [manifest] = await Promise.all([
    writeDossier(archive, "Hồ sơ PEPI 2024", entries),
    pipeline(archive, fs.createWriteStream(out)),
  ]);
  return { manifest, zip: await JSZip.loadAsync(fs.readFileSync(out)) };
}

describe("dossier zip", () => {
  it("holds every entry with Vietnamese names and a manifest whose checksums verify", async () => {
    const pdf = storedFile("a", Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(200_000)]));
    const report = Buffer.from("báo cáo tự đánh giá");
    const { manifest, zip } = await zipOf([
      { path: "01 Báo cáo tự đánh giá PEPI 2024.docx", content: report, kind: "report" },
      evidence("03 Minh chứng/07 - Tỷ lệ chất thải rắn/Sở Xây dựng - Quyết định số 12.pdf", pdf),
    ]);

    const names = Object.keys(zip.files);
    expect(names).toContain("03 Minh chứng/07 - Tỷ lệ chất thải rắn/Sở Xây dựng - Quyết định số 12.pdf");
    const stored = JSON.parse(await zip.file(manifestPath)!.async("string")) as Manifest;
    expect(stored).toEqual(manifest);
    expect(stored.files.map((f) => f.sha256)).toEqual([sha(report), pdf.sha256]);
    expect(stored.files[1]).toMatchObject({ indicator: "07", docNumber: "12/QĐ-UBND", sizeBytes: 200_009 });

    // A recipient unpacks it and runs the standard tool over the checksum list.
    const out = fs.mkdtempSync(path.join(dir, "unpacked-"));
    for (const [name, file] of Object.entries(zip.files)) {
      if (file.dir) continue;
      fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
      fs.writeFileSync(path.join(out, name), await file.async("nodebuffer"));
    }
    const sums = fs.readFileSync(path.join(out, checksumsPath), "utf8");
    expect(sums.split("\n").filter(Boolean)).toHaveLength(3); // two files and the manifest
    expect(execFileSync("sha256sum", ["-c", checksumsPath], { cwd: out, encoding: "utf8" })).toMatch(
      /Quyết định số 12\.pdf: OK/,
    );

    // A changed byte is caught.
    fs.appendFileSync(path.join(out, names.find((n) => n.endsWith(".docx"))!), "x");
    expect(() => execFileSync("sha256sum", ["-c", checksumsPath], { cwd: out, stdio: "pipe" })).toThrow();
  });

  it("refuses a stored file whose content no longer matches its hash", async () => {
    const file = storedFile("b", Buffer.from("original"));
    fs.writeFileSync(file.source, "changed on disk");
    const archive = archiver("zip");
    const sink = fs.createWriteStream(path.join(dir, "broken.zip"));
    archive.pipe(sink);
    archive.on("error", () => {});
    await expect(writeDossier(archive, "x", [evidence("b.pdf", file)])).rejects.toThrow(/changed on disk/);
  });

  it("stops reading files when the archive is closed by a client that went away", async () => {
    const big = storedFile("c", randomBytes(2_000_000));
    const archive = archiver("zip");
    const writing = writeDossier(archive, "x", [evidence("c.pdf", big), evidence("d.pdf", big)]);
    archive.once("data", () => archive.destroy());
    await expect(writing).rejects.toThrow();
  });
});
