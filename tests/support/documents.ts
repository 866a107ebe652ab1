// Reading generated documents back in tests: the text of a .docx (its document.xml), and a
// PDF's page count, title, text and page images through poppler-utils (pdfinfo, pdftotext,
// pdftoppm). Without poppler the PDF checks are skipped locally and fail in CI.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";

function installed(tool: string): boolean {
  try {
    execFileSync(tool, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** False skips the PDF checks locally; in CI missing poppler-utils is a failure, not a skip. */
export const hasPoppler = ["pdfinfo", "pdftotext", "pdftoppm"].every(installed);
if (!hasPoppler) {
  if (process.env.CI)
    throw new Error("poppler-utils (pdfinfo, pdftotext, pdftoppm) is required for the PDF tests");
  console.log("Bỏ qua kiểm tra tệp PDF: chưa cài poppler-utils (apt-get install poppler-utils)");
}

export async function docxXml(buffer: Buffer, part = "word/document.xml"): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} is missing from the .docx`);
  return file.async("string");
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);

/** The text of each paragraph of the body (table cells included), joined with "\n". */
export async function docxText(buffer: Buffer): Promise<string> {
  const xml = await docxXml(buffer);
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
        .map((m) => (m[0] === "<w:br/>" ? "\n" : m[0] === "<w:tab/>" ? "\t" : unescapeXml(m[1] ?? "")))
        .join(""),
    )
    .join("\n");
}

/** Runs a poppler tool on the PDF written to a temporary file. */
function withPdfFile<T>(buffer: Buffer, use: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pepi-pdf-"));
  const file = path.join(dir, "document.pdf");
  fs.writeFileSync(file, buffer);
  return use(file, dir);
}

export function pdfInfo(buffer: Buffer): { pages: number; title?: string } {
  const out = withPdfFile(buffer, (file) => execFileSync("pdfinfo", [file], { encoding: "utf8" }));
  const field = (name: string) => out.match(new RegExp(`^${name}:\\s*(.*)$`, "m"))?.[1]?.trim();
  return { pages: Number(field("Pages") ?? 0), title: field("Title") || undefined };
}

export function pdfText(buffer: Buffer): string {
  return withPdfFile(buffer, (file) =>
    execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }),
  );
}

/** Each page as a PNG at 50 dpi; returns the files' paths in page order. */
export function pdfToPngs(buffer: Buffer): string[] {
  return withPdfFile(buffer, (file, dir) => {
    execFileSync("pdftoppm", ["-r", "50", "-png", file, path.join(dir, "page")]);
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort()
      .map((f) => path.join(dir, f));
  });
}
