// The parts every official document builds from its issuer fields the same way (Nghị định
// 30/2020/NĐ-CP): the admin header with "Số:" and the place and date, the signature block with
// "Nơi nhận", body text split into paragraphs, and the edited words checked. Shared by every document.
import type { z } from "zod";
import type { RequestLetterFields } from "../../../contracts/documents.js";
import { localDay } from "../../../domain/cycle/timeliness.js";
import { placeDateVi } from "../../../domain/text/format-vi.js";
import type { AdminHeaderBlock, Block, SignatureBlock } from "../../documents/model.js";
import { AppError } from "../../platform/errors.js";

/** The fields both the letter and the report have. */
export type IssuerFields = Pick<
  RequestLetterFields,
  | "superiorBody"
  | "issuingBody"
  | "numberSymbol"
  | "place"
  | "date"
  | "signerAuthority"
  | "signerTitle"
  | "signerName"
  | "recipients"
>;

/** Blank room the clerk fills in by hand: the number, the day and the month of signing. */
const blank = "      ";

/** "Số: 125/SNNMT-MT"; "/SNNMT-MT" (no number yet) keeps the blank: "Số:      /SNNMT-MT". */
export function numberLine(numberSymbol: string): string {
  const value = numberSymbol.trim().replace(/^Số:\s*/i, "");
  return value.startsWith("/") || value === "" ? `Số:${blank}${value}` : `Số: ${value}`;
}

/** The date line; without a date, day and month stay blank in the year of writing (in Vietnam). */
export function placeDateLine(place: string, date: string | null, today = new Date()): string {
  return placeDateVi(place, date, Number(localDay(today).slice(0, 4)));
}

/** "V/v đề nghị cung cấp …" from the subject "Đề nghị cung cấp …" (an acronym keeps its case). */
export function letterSubjectLine(subject: string): string {
  const text = subject.trim();
  if (/^V\/v\b/i.test(text)) return text;
  const lowered = /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLocaleLowerCase("vi-VN") + text.slice(1) : text;
  return `V/v ${lowered}`;
}

export function adminHeaderBlock(fields: IssuerFields, letterSubject?: string): AdminHeaderBlock {
  return {
    type: "adminHeader",
    superiorBody: fields.superiorBody,
    issuingBody: fields.issuingBody,
    numberSymbol: numberLine(fields.numberSymbol),
    letterSubject: letterSubject === undefined ? undefined : letterSubjectLine(letterSubject),
    placeDate: placeDateLine(fields.place, fields.date),
  };
}

export function signatureBlock(fields: IssuerFields): SignatureBlock {
  return {
    type: "signature",
    recipients: fields.recipients,
    authority: fields.signerAuthority,
    title: fields.signerTitle,
    signerName: fields.signerName,
  };
}

/** One justified, indented paragraph per non-empty line of an edited text. */
export function paragraphs(text: string): Block[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: "paragraph", runs: [line] }));
}

/** The body of an official letter ends with "./.". */
export function withFinalMark(blocks: Block[]): Block[] {
  const last = blocks.findLast((b) => b.type === "paragraph");
  if (last?.type !== "paragraph") return blocks;
  const runs = [...last.runs];
  const end = runs.at(-1);
  if (typeof end === "string" && !end.endsWith("./."))
    runs[runs.length - 1] = `${end.replace(/[\s.;:,]+$/, "")}./.`;
  return blocks.map((b) => (b === last ? { ...last, runs } : b));
}

/** A document's edited words checked whole; each problem is named as the editor's field (`fields.subject`). */
export function parseDraftFields<S extends z.ZodType>(schema: S, fields: unknown): z.infer<S> {
  const parsed = schema.safeParse(fields);
  if (!parsed.success)
    throw new AppError(
      "VALIDATION_FAILED",
      {},
      parsed.error.issues.map((i) => ({ field: `fields.${i.path.join(".")}`, message: i.message })),
    );
  return parsed.data;
}
