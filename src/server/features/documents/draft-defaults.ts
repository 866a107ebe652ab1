// The text a document starts with before anyone edits it, taken from the cycle: the province,
// its environment department, the agencies asked and the deadlines. The coordinator changes
// what the department writes differently; these defaults follow the seed letters' wording.
import type { DocumentKind, DraftFields } from "../../../contracts/documents.js";
import { environmentBodiesOn } from "../../../domain/org/names-of-the-time.js";
import { formatDateVi } from "../../../domain/text/format-vi.js";
import { nameInSentence, provincialCommittee } from "../../../domain/text/official-names.js";
import type { DbOrTx } from "../../db/client.js";
import { upper } from "../../documents/layout.js";
import { notFound } from "../../platform/errors.js";
import * as cycles from "../cycles/cycles.repo.js";
import { loadCycle } from "../cycles/guards.js";
import { findUser } from "../users/users.repo.js";
import { cycleLetterAgencies, groupedAddressees, letterAgencyGroups } from "./letter-agencies.js";

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
  /** Who the request letter goes to: the agencies asked, many communes as one, not the issuer. */
  letterAddressees: string[];
  submissionDue: string;
  ministryDue: string | null;
  /** Who opened the cycle: the department's contact for it until someone else is named. */
  coordinator: { name: string; email: string | null } | null;
  /** The ministry as the year's documents name it (Bộ Tài nguyên và Môi trường before 03/2025). */
  ministryName: string;
}

export async function documentContext(db: DbOrTx, cycleId: string): Promise<DocumentContext> {
  const cycle = await loadCycle(db, cycleId);
  const province = await cycles.findOrgUnit(db, cycle.orgUnitId);
  if (!province) throw notFound("orgUnit");
  const agencies = await cycles.provinceAgencies(db, cycle.orgUnitId);
  const department = agencies.find((a) => a.kind === "environment_department");
  const submissions = await cycles.listSubmissions(db, cycleId);
  const opener = cycle.createdBy ? await findUser(db, cycle.createdBy) : undefined;
  // A year reported before the merger of the ministries keeps the names of its time.
  const bodies = environmentBodiesOn(cycle.submissionDue);
  const merged = bodies.department === "Sở Nông nghiệp và Môi trường";
  return {
    year: cycle.year,
    provinceName: province.name,
    departmentName: merged ? (department?.name ?? bodies.department) : bodies.department,
    ministryName: bodies.ministry,
    agencyNames: submissions.map((s) => s.agencyName),
    letterAddressees: groupedAddressees(
      letterAgencyGroups(await cycleLetterAgencies(db, cycleId, cycle.orgUnitId)).groups,
    ),
    submissionDue: cycle.submissionDue,
    ministryDue: cycle.ministryDue,
    coordinator: opener?.active ? { name: opener.fullName, email: opener.email } : null,
  };
}

const indexName = "Bộ chỉ số đánh giá kết quả bảo vệ môi trường";

/**
 * "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" is wider than the header's left column: broken into two lines
 * of about equal length at a space, as departments print it, rather than wherever Word wraps.
 */
export function twoLineName(name: string, maxOneLine = 24): string {
  if (name.length <= maxOneLine) return name;
  const words = name.split(" ");
  let best = name;
  let bestGap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    const first = words.slice(0, i).join(" ");
    const gap = Math.abs(first.length - (name.length - first.length - 1));
    if (gap < bestGap) [best, bestGap] = [`${first}\n${words.slice(i).join(" ")}`, gap];
  }
  return best;
}

/** The drafting office in the symbol and the filing line ("/SNNMT-BVMT", "Lưu: VT, BVMT."), as in seed 003. */
const draftingOffice = "BVMT";

/** Wording after seed 003 (Sở TN&MT Lạng Sơn, 02/2023), with the forms and evidence of PEPI Hub. */
function letterDefaults(ctx: DocumentContext): DraftFields["request_letter"] {
  const place = placeName(ctx.provinceName);
  return {
    superiorBody: `UBND ${upper(ctx.provinceName)}`,
    issuingBody: twoLineName(upper(ctx.departmentName)),
    numberSymbol: `/${issuerInitials(ctx.departmentName)}-${draftingOffice}`,
    place,
    date: null,
    subject: `Đề nghị cung cấp thông tin, số liệu thực hiện ${indexName} của tỉnh năm ${ctx.year}`,
    addressees: ctx.letterAddressees.length ? ctx.letterAddressees : ["Các cơ quan, đơn vị có liên quan"],
    provincialInstruction: "",
    ministryGuidance: "",
    // The letter prints the documents it answers before this ("Thực hiện …, "): see request-letter.ts.
    opening:
      `để có cơ sở tổng hợp số liệu, xây dựng báo cáo kết quả tự đánh giá của ${nameInSentence(ctx.provinceName)} ` +
      `trình Ủy ban nhân dân tỉnh gửi ${ctx.ministryName} theo quy định, ${ctx.departmentName} ` +
      `đề nghị các cơ quan, đơn vị phối hợp cung cấp thông tin, số liệu năm ${ctx.year} theo chức năng, ` +
      `nhiệm vụ, lĩnh vực quản lý, kèm theo tài liệu minh chứng, cụ thể như sau:`,
    closing:
      `Thông tin, số liệu và tài liệu minh chứng đề nghị các cơ quan, đơn vị cập nhật trên hệ thống ` +
      `PEPI Hub trước ngày ${formatDateVi(ctx.submissionDue)} để ${ctx.departmentName} tổng hợp. Số liệu ` +
      `tính đến hết ngày 31/12/${ctx.year}; số liệu dân số, số hộ gia đình dùng thống nhất theo số liệu ` +
      `của cơ quan thống kê cung cấp trên hệ thống.\n` +
      `Kết quả tự đánh giá là cơ sở để Ủy ban nhân dân tỉnh báo cáo ${ctx.ministryName} ` +
      `thẩm định và xếp hạng; ${ctx.departmentName} trân trọng đề nghị các cơ quan, đơn vị quan tâm, ` +
      `phối hợp thực hiện, bảo đảm thời hạn.`,
    contactName: ctx.coordinator?.name ?? "",
    contactUnit: ctx.departmentName,
    contactPhone: "",
    contactEmail: ctx.coordinator?.email ?? "",
    contact: "",
    signerAuthority: "KT. GIÁM ĐỐC",
    signerTitle: "PHÓ GIÁM ĐỐC",
    signerName: "",
    recipients: ["Như trên;", "UBND tỉnh (để báo cáo);", "Lãnh đạo Sở;", `Lưu: VT, ${draftingOffice}.`],
  };
}

function reportDefaults(ctx: DocumentContext): DraftFields["report"] {
  return {
    superiorBody: "",
    issuingBody: `ỦY BAN NHÂN DÂN\n${upper(ctx.provinceName)}`,
    numberSymbol: "/BC-UBND",
    place: placeName(ctx.provinceName),
    date: null,
    subject: `Kết quả tự đánh giá ${indexName} năm ${ctx.year} của ${nameInSentence(ctx.provinceName)}`,
    addressees: [ctx.ministryName],
    introduction:
      `Thực hiện hướng dẫn của ${ctx.ministryName} về việc đánh giá kết quả thực hiện ` +
      `${indexName} năm ${ctx.year}, ${provincialCommittee(ctx.provinceName)} đã chỉ đạo ` +
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
