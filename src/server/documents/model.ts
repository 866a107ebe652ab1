// An official document as data: what a letter, a report or a brief says, in blocks, without
// any Word or PDF detail. Each document is built once as an `OfficialDocument` and rendered to
// .docx or .pdf by the renderers beside this file, so both formats always say the same thing.
// The layout follows Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, Times New Roman 13–14 pt, the
// issuing body and the national motto side by side at the top, the signature block at the end.
// Any text may contain "\n": the renderers break the line there (e.g. a two-line issuing body).

/** A run of text; a plain string is regular text. */
export type Inline = string | { text: string; bold?: boolean; italic?: boolean; underline?: boolean };

export type Align = "left" | "center" | "right" | "justify";

/** A table cell: text runs, or a string; numbers are formatted by the caller (Vietnamese style). */
export type Cell = string | { runs: Inline[]; align?: Align; bold?: boolean; colSpan?: number };

/**
 * The top of an administrative document: on the left the superior body (e.g. "UBND TỈNH LÀO
 * CAI"), the issuing body in bold ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG") and the number and symbol;
 * on the right the national name, the motto and the place and date in italics.
 */
export interface AdminHeaderBlock {
  type: "adminHeader";
  superiorBody: string;
  issuingBody: string;
  /** e.g. "Số: 125/SNNMT-MT"; an empty number keeps the blank for the clerk ("Số:      /SNNMT-MT"). */
  numberSymbol: string;
  /** The subject under the number, for letters ("V/v cung cấp số liệu PEPI năm 2024"). */
  letterSubject?: string;
  /** e.g. "Lào Cai, ngày 05 tháng 01 năm 2025". */
  placeDate: string;
}

/**
 * The closing: "Nơi nhận" on the left, the signer's authority, title and name on the right.
 * Never alone on a page: the renderers keep it with the paragraph before it.
 */
export interface SignatureBlock {
  type: "signature";
  /** Each recipient line, written as "- Như trên;" etc. The renderer adds the "Nơi nhận:" label. */
  recipients: string[];
  /** e.g. "KT. GIÁM ĐỐC" (may be empty when the head signs). */
  authority: string;
  /** e.g. "PHÓ GIÁM ĐỐC". */
  title: string;
  signerName: string;
}

export type Block =
  | AdminHeaderBlock
  | SignatureBlock
  /** A document title such as "BÁO CÁO", bold and centred; `subtitle` is the bold subject below. */
  | { type: "title"; text: string; subtitle?: string }
  | { type: "heading"; text: string; level: 1 | 2 }
  /** Body text: justified with a first-line indent unless `align` or `indent: false` says otherwise. */
  | {
      type: "paragraph";
      runs: Inline[];
      align?: Align;
      indent?: boolean;
      size?: number;
      /** On the same page as what follows (an annex's title lines). */
      keepWithNext?: boolean;
    }
  /** "Kính gửi:" followed by one recipient, or a list of them each on its own line. */
  | { type: "addressees"; names: string[] }
  | { type: "bullets"; items: Inline[][] }
  | {
      type: "table";
      /** Relative widths; the renderer scales them to the text width. */
      columns: { header: string; width: number; align?: Align }[];
      rows: Cell[][];
      /** Smaller text for wide tables (points); default 11. */
      fontSize?: number;
    }
  /** A picture such as a chart, `width` in millimetres (height keeps the aspect ratio). */
  | { type: "image"; png: Buffer; pixelWidth: number; pixelHeight: number; width: number; caption?: string }
  | { type: "pageBreak" };

export interface OfficialDocument {
  /** The file's title in its properties, and the PDF's title. */
  title: string;
  orientation?: "portrait" | "landscape";
  blocks: Block[];
  /** Page numbers at the top centre from page 2, as NĐ 30 asks. */
  pageNumbers?: boolean;
  /** Marks every page "DỰ THẢO" (draft): the figures are not yet approved. */
  draftMark?: boolean;
}
