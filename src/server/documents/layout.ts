// The page and type measures of Nghị định 30/2020/NĐ-CP (Phụ lục I) shared by the .docx and
// .pdf renderers, and the few text rules both apply, so the two formats lay out alike.
import type { Inline, OfficialDocument } from "./model.js";

export const a4 = { widthMm: 210, heightMm: 297 };
export const marginsMm = { top: 20, bottom: 20, left: 30, right: 15 };
/** The running header (page number, draft mark) sits this far from the top edge. */
export const headerDistanceMm = 10;

export const fontSize = {
  body: 14,
  adminLeft: 13,
  nationalName: 13,
  motto: 14,
  placeDate: 14,
  letterSubject: 12,
  recipientsLabel: 12,
  recipients: 11,
  table: 11,
  pageNumber: 13,
};

/** Word's "multiple" line spacing and pdfmake's lineHeight mean the same thing. */
export const lineSpacing = 1.2;
export const spaceAfterPt = 6;
export const firstLineIndentMm = 10;
/** Where "Kính gửi:" and its list of addressees start. */
export const addresseeIndentMm = { label: 20, names: 35 };

export const mmToPt = (mm: number) => (mm * 72) / 25.4;

export function pageSizeMm(doc: OfficialDocument): { width: number; height: number } {
  return doc.orientation === "landscape"
    ? { width: a4.heightMm, height: a4.widthMm }
    : { width: a4.widthMm, height: a4.heightMm };
}

export function textWidthMm(doc: OfficialDocument): number {
  return pageSizeMm(doc).width - marginsMm.left - marginsMm.right;
}

/**
 * Widths of the two columns of the admin header and of the signature block. The right column
 * must hold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in bold 13 pt (95 mm in Times) on one line.
 */
export function twoColumnsMm(doc: OfficialDocument, part: "header" | "signature"): [number, number] {
  const width = textWidthMm(doc);
  const right = part === "header" ? 100 : Math.min(95, width / 2 + 10);
  return [width - right, right];
}

/** Lengths of the short rules under the issuing body and under the motto. */
export const ruleMm = { issuingBody: 22, motto: 61, title: 30 };

export const plain = (inline: Inline) => (typeof inline === "string" ? inline : inline.text);

/** NFC, because a decomposed "ệ" would print as "e" and two floating marks in some viewers. */
export const nfc = (text: string) => text.normalize("NFC");

export const upper = (text: string) => nfc(text).toLocaleUpperCase("vi-VN");

const endPunctuation = /[\s;.,]+$/;

/** "Kính gửi" lines: one addressee as is; several as "- A;" each, the last ending with ".". */
export function addresseeLines(names: string[]): string[] {
  const cleaned = names.map((n) => nfc(n).trim().replace(endPunctuation, "")).filter(Boolean);
  if (cleaned.length <= 1) return cleaned.map((n) => `${n}.`);
  return cleaned.map((n, i) => `- ${n.replace(/^-\s*/, "")}${i === cleaned.length - 1 ? "." : ";"}`);
}

/** "Nơi nhận" lines, each starting with "- " whether or not the editor wrote it. */
export function recipientLines(recipients: string[]): string[] {
  return recipients
    .map((r) => nfc(r).trim())
    .filter(Boolean)
    .map((r) => `- ${r.replace(/^-\s*/, "")}`);
}

/** Non-empty lines of a multi-line field ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"). */
export const linesOf = (text: string) =>
  nfc(text)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** Room left between the signer's title and name for the signature and the seal. */
export const signatureSpaceMm = 28;

export const draftMarkText = "DỰ THẢO";
export const signatureLabel = "Nơi nhận:";
export const addresseeLabel = "Kính gửi:";
