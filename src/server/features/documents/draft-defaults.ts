// The text a document starts with before anyone edits it, taken from the cycle: the province,
// its environment department, the agencies asked and the deadlines. The coordinator changes
// what the department writes differently; these defaults follow the seed letters' wording.
import type { DocumentKind, DraftFields } from "../../../contracts/documents.js";
import type { DbOrTx } from "../../db/client.js";
import { notFound } from "../../platform/errors.js";
import * as cycles from "../cycles/cycles.repo.js";
import { loadCycle } from "../cycles/guards.js";

const upper = (text: string) => text.toLocaleUpperCase("vi-VN");
const dayMonthYear = (iso: string) => iso.split("-").reverse().join("/");

/** "Tỉnh Lào Cai" → "Lào Cai": the place written in the date line. */
export function placeName(provinceName: string): string {
  return provinceName.replace(/^(tỉnh|thành phố)\s+/i, "").trim();
}

/** "Sở Nông nghiệp và Môi trường" → "SNNMT": the issuer's part of a document's symbol. */
export function issuerInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word && word.toLocaleLowerCase("vi-VN") !== "và")
    .map((word) => upper(word[0]!).normalize("NFD").replace(/\p{M}/gu, "").replace("Đ", "D"))
    .join("");
}

export interface DocumentContext {
  year: number;
  provinceName: string;
  departmentName: string;
  agencyNames: string[];
  submissionDue: string;
  ministryDue: string | null;
}

export async function documentContext(db: DbOrTx, cycleId: string): Promise<DocumentContext> {
  const cycle = await loadCycle(db, cycleId);
  const province = await cycles.findOrgUnit(db, cycle.orgUnitId);
  if (!province) throw notFound("orgUnit");
  const agencies = await cycles.provinceAgencies(db, cycle.orgUnitId);
  const department = agencies.find((a) => a.kind === "environment_department");
  const submissions = await cycles.listSubmissions(db, cycleId);
  return {
    year: cycle.year,
    provinceName: province.name,
    departmentName: department?.name ?? "Sở Nông nghiệp và Môi trường",
    agencyNames: submissions.map((s) => s.agencyName),
    submissionDue: cycle.submissionDue,
    ministryDue: cycle.ministryDue,
  };
}

const indexName = "Bộ chỉ số đánh giá kết quả bảo vệ môi trường";

function letterDefaults(ctx: DocumentContext): DraftFields["request_letter"] {
  const place = placeName(ctx.provinceName);
  return {
    superiorBody: `UBND ${upper(ctx.provinceName)}`,
    issuingBody: upper(ctx.departmentName),
    numberSymbol: `/${issuerInitials(ctx.departmentName)}`,
    place,
    date: null,
    subject: `Đề nghị cung cấp thông tin, số liệu thực hiện ${indexName} của tỉnh năm ${ctx.year}`,
    addressees: ctx.agencyNames,
    opening:
      `Để có cơ sở tổng hợp, tự đánh giá kết quả thực hiện ${indexName} năm ${ctx.year} ` +
      `của ${ctx.provinceName} gửi Bộ Nông nghiệp và Môi trường theo quy định, ` +
      `${ctx.departmentName} đề nghị các cơ quan, đơn vị cung cấp thông tin, số liệu như sau:`,
    closing:
      `Thông tin, số liệu đề nghị nhập trực tiếp trên hệ thống PEPI Hub hoặc theo biểu mẫu Excel ` +
      `tải từ hệ thống, kèm tài liệu minh chứng, gửi về ${ctx.departmentName} trước ngày ` +
      `${dayMonthYear(ctx.submissionDue)}. Số liệu tính đến hết ngày 31/12/${ctx.year}. ` +
      `Đề nghị các cơ quan, đơn vị quan tâm phối hợp, cung cấp đúng thời hạn.`,
    contact: "Thông tin chi tiết xin liên hệ: ",
    signerAuthority: "KT. GIÁM ĐỐC",
    signerTitle: "PHÓ GIÁM ĐỐC",
    signerName: "",
    recipients: ["Như trên;", "UBND tỉnh (để báo cáo);", "Giám đốc Sở (để báo cáo);", "Lưu: VT."],
  };
}

function reportDefaults(ctx: DocumentContext): DraftFields["report"] {
  return {
    superiorBody: "",
    issuingBody: `ỦY BAN NHÂN DÂN\n${upper(ctx.provinceName)}`,
    numberSymbol: "/BC-UBND",
    place: placeName(ctx.provinceName),
    date: null,
    subject: `Kết quả tự đánh giá ${indexName} năm ${ctx.year} của ${ctx.provinceName}`,
    addressees: ["Bộ Nông nghiệp và Môi trường"],
    introduction:
      `Thực hiện hướng dẫn của Bộ Nông nghiệp và Môi trường về việc đánh giá kết quả thực hiện ` +
      `${indexName} năm ${ctx.year}, Ủy ban nhân dân ${ctx.provinceName} đã chỉ đạo ` +
      `${ctx.departmentName} phối hợp với các sở, ban, ngành và địa phương thu thập thông tin, ` +
      `số liệu, tài liệu minh chứng và tự đánh giá kết quả như sau:`,
    assessment: "",
    limitations: "",
    proposals: "",
    signerAuthority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
    signerTitle: "PHÓ CHỦ TỊCH",
    signerName: "",
    recipients: ["Như trên;", "TT. Tỉnh ủy, HĐND tỉnh (để báo cáo);", `${ctx.departmentName};`, "Lưu: VT."],
  };
}

export function draftDefaults<K extends DocumentKind>(kind: K, ctx: DocumentContext): DraftFields[K] {
  return (kind === "request_letter" ? letterDefaults(ctx) : reportDefaults(ctx)) as DraftFields[K];
}
