// Contracts of a cycle's official documents: the free text the coordinator edits before the
// request letter and the self-assessment report are generated. The figures, tables and lists
// in those documents always come from the cycle; only the words around them are edited.
import { z } from "zod";
import { actionSchema } from "./auth.js";

const line = z.string().trim().max(300);
const paragraph = z.string().trim().max(8000);

export const documentKinds = ["request_letter", "report"] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** Who issues the document and who signs it (Nghị định 30/2020/NĐ-CP). */
export const issuerFields = {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH LÀO CAI"; empty when the issuer has none (UBND tỉnh). */
  superiorBody: line,
  /** Cơ quan ban hành, e.g. "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG". */
  issuingBody: line.min(1),
  /** Số và ký hiệu without "Số:", e.g. "125/SNNMT-MT"; "/SNNMT-MT" leaves the number to the clerk. */
  numberSymbol: line,
  /** The place in the date line, e.g. "Lào Cai". */
  place: line.min(1),
  /** Null leaves day and month blank for the day of signing. */
  date: z.iso.date().nullable(),
  /** e.g. "KT. GIÁM ĐỐC", or two lines "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"; empty when the head signs. */
  signerAuthority: z.string().trim().max(300),
  signerTitle: line.min(1),
  signerName: line,
  /** "Nơi nhận", one line each ("Như trên;", "Lưu: VT, MT."). */
  recipients: z.array(line.min(1)).max(40),
  /** "Kính gửi", one addressee each. */
  addressees: z.array(line.min(1)).min(1).max(80),
  /** Trích yếu, e.g. "Cung cấp thông tin, số liệu tính toán Bộ chỉ số PEPI năm 2024". */
  subject: line.min(1),
};

export const requestLetterFieldsSchema = z.object({
  ...issuerFields,
  /**
   * The documents the letter answers, printed first in its opening ("Thực hiện … tại Công văn số
   * 388/VP-KT ngày 03/02/2023 của Văn phòng UBND tỉnh; theo hướng dẫn của Bộ … tại Công văn số
   * 373/BTNMT-MT ngày 01/02/2023"). Empty until the coordinator knows them: never guessed.
   */
  provincialInstruction: line.default(""),
  ministryGuidance: line.default(""),
  /** Why the data is asked for, after the documents it answers, before the list of requests. */
  opening: paragraph,
  /** After the list: the deadline, the form of the answer, the request to report on time. */
  closing: paragraph,
  /** The person the agencies call, printed before the deadline. */
  contactName: line.default(""),
  /** The office, e.g. "Phòng Quản lý môi trường, Sở Nông nghiệp và Môi trường". */
  contactUnit: line.default(""),
  contactPhone: z.string().trim().max(40).default(""),
  contactEmail: line.default(""),
  /** Earlier drafts wrote the contact as free text; printed only when no name is given. */
  contact: paragraph.default(""),
});
export type RequestLetterFields = z.infer<typeof requestLetterFieldsSchema>;

export const reportFieldsSchema = z.object({
  ...issuerFields,
  /** How the self-assessment was carried out. */
  introduction: paragraph,
  /** The overall assessment of the results. */
  assessment: paragraph,
  /** Shortcomings and their causes (tồn tại, hạn chế). */
  limitations: paragraph,
  /** Proposals to the Ministry (kiến nghị, đề xuất). */
  proposals: paragraph,
  /** State the estimated rank (a rank is the Ministry's to publish; off unless chosen). */
  includeRank: z.boolean().optional(),
});
export type ReportFields = z.infer<typeof reportFieldsSchema>;

export const draftFieldSchemas = {
  request_letter: requestLetterFieldsSchema,
  report: reportFieldsSchema,
} as const;
export type DraftFields = { request_letter: RequestLetterFields; report: ReportFields };

export const documentDraftSchema = z.object({
  kind: documentKindSchema,
  fields: z.union([requestLetterFieldsSchema, reportFieldsSchema]),
  /** False while the text is the generated default. */
  saved: z.boolean(),
  rowVersion: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  allowedActions: z.array(actionSchema),
});
export type DocumentDraft = z.infer<typeof documentDraftSchema>;

export const saveDraftRequestSchema = z.object({
  fields: z
    .record(z.string().max(64), z.unknown())
    .refine((fields) => Object.keys(fields).length <= 60, "Văn bản có tối đa 60 trường"),
  /** The version the editor started from; null when it started from the defaults. */
  rowVersion: z.number().int().nullable(),
});

export const documentDraftParamsSchema = z.object({ cycleId: z.uuid(), kind: documentKindSchema });

/** What the Ministry dossier would hold, shown before it is downloaded. */
/** The self-assessment report as issued, signed. */
export const issuedReportSchema = z.object({
  docNumber: z.string(),
  docDate: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});
export type IssuedReport = z.infer<typeof issuedReportSchema>;

export const issuedReportFieldsSchema = z.object({
  docNumber: z.string().trim().min(1, "Nhập số hiệu báo cáo").max(100),
  docDate: z.iso.date({ message: "Chọn ngày ký báo cáo" }),
});

export const dossierSummarySchema = z.object({
  fileName: z.string(),
  /** The signed report the dossier carries, once recorded; the report is generated until then. */
  issuedReport: issuedReportSchema.nullable(),
  /** The largest file accepted for the signed report. */
  maxUploadBytes: z.number().int(),
  /** False while the cycle is not approved: the report then carries the "DỰ THẢO" mark. */
  approved: z.boolean(),
  evidenceCount: z.number().int(),
  evidenceBytes: z.number().int(),
  indicatorsWithEvidence: z.array(z.string()),
});
export type DossierSummary = z.infer<typeof dossierSummarySchema>;
