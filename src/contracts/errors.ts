// Stable error codes with their HTTP status and the message a user reads (Vietnamese first).
// Shared by server and web so that both speak of an error the same way.
import { z } from "zod";

export const errorCatalog = {
  VALIDATION_FAILED: {
    status: 400,
    vi: "Dữ liệu gửi lên không hợp lệ.",
    en: "The submitted data is invalid.",
  },
  MALFORMED_JSON: {
    status: 400,
    vi: "Nội dung yêu cầu không phải JSON hợp lệ.",
    en: "The request body is not valid JSON.",
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: "Kiểu nội dung yêu cầu không được hỗ trợ.",
    en: "The request content type is not supported.",
  },
  SERVER_BUSY: {
    status: 503,
    vi: "Máy chủ đang xử lý nhiều tệp cùng lúc. Vui lòng thử lại sau ít phút.",
    en: "The server is processing many files at once. Please try again in a few minutes.",
  },
  BODY_TOO_LARGE: {
    status: 413,
    vi: "Nội dung yêu cầu vượt quá dung lượng cho phép.",
    en: "The request body is too large.",
  },
  UNAUTHENTICATED: { status: 401, vi: "Bạn cần đăng nhập.", en: "You need to sign in." },
  SESSION_EXPIRED: {
    status: 401,
    vi: "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.",
    en: "Your session has expired, please sign in again.",
  },
  INVALID_CREDENTIALS: {
    status: 401,
    vi: "Tên đăng nhập hoặc mật khẩu không đúng.",
    en: "Wrong user name or password.",
  },
  ACCOUNT_LOCKED: {
    status: 429,
    vi: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.",
    en: "Too many failed sign-ins. Try again in {minutes} minutes.",
  },
  ACCOUNT_DISABLED: {
    status: 403,
    vi: "Tài khoản đã bị khóa. Liên hệ quản trị viên.",
    en: "This account is disabled. Contact the administrator.",
  },
  FORBIDDEN: {
    status: 403,
    vi: "Bạn không có quyền thực hiện thao tác này.",
    en: "You are not allowed to do this.",
  },
  CROSS_SITE_REQUEST: {
    status: 403,
    vi: "Yêu cầu đến từ trang khác bị từ chối.",
    en: "A request from another site was refused.",
  },
  NOT_FOUND: { status: 404, vi: "Không tìm thấy {entity}.", en: "{entity} not found." },
  ROUTE_NOT_FOUND: {
    status: 404,
    vi: "Không có đường dẫn {method} {url}.",
    en: "There is no route {method} {url}.",
  },
  USERNAME_TAKEN: {
    status: 409,
    vi: "Tên đăng nhập “{username}” đã được dùng.",
    en: "The user name “{username}” is taken.",
  },
  AGENCY_CODE_TAKEN: {
    status: 409,
    vi: "Mã cơ quan “{code}” đã được dùng.",
    en: "The agency code “{code}” is taken.",
  },
  AGENCY_REQUIRED: {
    status: 400,
    vi: "Vai trò “{role}” phải thuộc một cơ quan (trường agencyId).",
    en: "Role “{role}” must belong to an agency (field agencyId).",
  },
  AGENCY_INACTIVE: {
    status: 409,
    vi: "Cơ quan “{name}” đã ngừng hoạt động.",
    en: "Agency “{name}” is inactive.",
  },
  CANNOT_CHANGE_OWN_ACCESS: {
    status: 409,
    vi: "Bạn không thể tự khóa hoặc tự đổi vai trò của chính mình.",
    en: "You cannot disable yourself or change your own role.",
  },
  LAST_ADMIN: {
    status: 409,
    vi: "Phải còn ít nhất một quản trị viên đang hoạt động.",
    en: "At least one active administrator must remain.",
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: "Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục.",
    en: "Change your temporary password before going on.",
  },
  WRONG_CURRENT_PASSWORD: {
    status: 400,
    vi: "Mật khẩu hiện tại không đúng.",
    en: "The current password is wrong.",
  },
  WEAK_PASSWORD: {
    status: 400,
    vi: "Mật khẩu chưa đạt: {reason}.",
    en: "The password is not accepted: {reason}.",
  },
  EVIDENCE_FILE_MISSING: {
    status: 409,
    vi: "Không tìm thấy tệp minh chứng “{file}” của {agency} (chỉ số {indicator}) trong kho lưu trữ; cơ quan cần đính kèm lại trước khi tạo hồ sơ.",
    en: "The evidence file “{file}” of {agency} (indicator {indicator}) is missing from storage; the agency must attach it again before the dossier is made.",
  },
  STALE_UPDATE: {
    status: 409,
    vi: "{entity} đã được người khác sửa trong lúc bạn sửa. Vui lòng tải lại và thử lại.",
    en: "{entity} was changed by someone else meanwhile. Reload and try again.",
  },
  FRAMEWORK_INVALID: {
    status: 400,
    vi: "Tệp bộ chỉ số “{file}” có {count} lỗi; phiên bản đang áp dụng không thay đổi.",
    en: "The framework file “{file}” has {count} problems; the version in force is unchanged.",
  },
  CSV_INVALID: {
    status: 400,
    vi: "Tệp “{file}” có {count} lỗi; chưa nhập dòng nào.",
    en: "The file “{file}” has {count} problems; nothing was imported.",
  },
  PUBLISHED_CONFLICT: {
    status: 409,
    vi: "Tệp “{file}” có {count} dòng khác với kết quả công bố đã lưu; chưa nhập dòng nào. Chọn thay thế nếu tệp đúng hơn.",
    en: "The file “{file}” has {count} rows that differ from the stored published results; nothing was imported.",
  },
  GHG_IMPORT_DECIDED: {
    status: 409,
    vi: "Lần nhập danh mục “{list}” đã được {decision}; không thể xác nhận hay hủy lại.",
    en: "The import of the list “{list}” was already {decision}; it cannot be confirmed or discarded again.",
  },
  GHG_IMPORT_STALE: {
    status: 409,
    vi: "Sổ cơ sở phát thải đã thay đổi từ khi so sánh với danh mục “{list}”; hãy nhập lại tệp để so sánh lại.",
    en: "The register changed since it was compared with the list “{list}”; import the file again to compare anew.",
  },
  GHG_REPORT_EXISTS: {
    status: 409,
    vi: "Cơ sở “{facility}” đã có báo cáo “{rule}” năm {year}; sửa hoặc bổ sung thì gửi phiên bản mới của báo cáo đó.",
    en: "“{facility}” already has a “{rule}” report for {year}; to correct or complete it, send a new version of that report.",
  },
  GHG_REPORT_REFUSED: {
    status: 409,
    vi: "{reason}.",
    en: "{reason}.",
  },
  GHG_PROVINCE_UNKNOWN: {
    status: 409,
    vi: "Chưa xác định được tỉnh của Sở (cần một kỳ đánh giá PEPI của tỉnh) nên chưa chọn được các cơ sở trên địa bàn.",
    en: "The department's province is not known yet (a PEPI cycle of the province is needed), so the province's facilities cannot be picked.",
  },
  EDITION_NOT_FOUND: {
    status: 400,
    vi: "Bộ chỉ số không có phiên bản áp dụng cho {what}.",
    en: "The framework has no edition for {what}.",
  },
  FRAMEWORK_NOT_COMPUTED: {
    status: 409,
    vi: "Bộ chỉ số “{code}” chỉ nhập kết quả công bố, không tính.",
    en: "The framework “{code}” is imported from published results, not computed.",
  },
  PROVINCE_ALREADY_CHOSEN: {
    status: 409,
    vi: "Hệ thống đã được thiết lập cho {province}; mỗi cài đặt phục vụ một tỉnh.",
    en: "This installation already serves {province}; each installation serves one province.",
  },
  CONCURRENT_DUPLICATE: {
    status: 409,
    vi: "Cùng lúc đó đã có người tạo đúng mục này; không có gì được lưu hai lần. Hãy tải lại trang để xem.",
    en: "Someone created the same item at the same moment; nothing was saved twice. Reload the page to see it.",
  },
  LIST_FILE_INVALID: {
    status: 400,
    vi: "Tệp “{file}” có {count} lỗi; chưa nạp dòng nào. Hãy sửa các dòng được nêu rồi tải lên lại.",
    en: "The file “{file}” has {count} problems; nothing was imported. Correct the rows listed and upload it again.",
  },
  HISTORY_YEAR_NOT_OPEN: {
    status: 409,
    vi: "Chưa có năm {year} loại “số liệu năm trước” của {province}: mở năm đó ở trang Các năm đánh giá rồi làm lại.",
    en: "There is no history year {year} for {province}: open it on the assessment years page, then try again.",
  },
  PROVINCE_NOT_CHOSEN: {
    status: 409,
    vi: "Chưa chọn tỉnh, thành phố mà hệ thống phục vụ: người quản trị chọn ở trang “Thiết lập tỉnh” trước.",
    en: "No province has been chosen yet: the administrator chooses it on the “Province setup” page first.",
  },
  CYCLE_EXISTS: {
    status: 409,
    vi: "Đã có kỳ đánh giá năm {year} của {province} theo {framework}.",
    en: "There is already a {year} cycle of {province} under {framework}.",
  },
  CYCLE_LOCKED: {
    status: 409,
    vi: "Kỳ đánh giá năm {year} đã được phê duyệt và khóa; không thể {action}.",
    en: "The {year} cycle is approved and locked; cannot {action}.",
  },
  HISTORY_READ_ONLY: {
    status: 409,
    vi: "Năm {year} là năm cơ sở do Sở Nông nghiệp và Môi trường nhập để so sánh: cơ quan chỉ xem, không sửa, không gửi.",
    en: "{year} is a baseline year entered by the environment department for comparison: agencies read it, never change or submit it.",
  },
  ON_BEHALF_LETTER_REQUIRED: {
    status: 409,
    vi: "Chỉ nhập thay cơ quan khi đã có văn bản cơ quan gửi số liệu: đính kèm văn bản (số, ngày và tệp) trước.",
    en: "Figures are entered on an agency's behalf only from the letter it sent them by: attach the letter (number, date and file) first.",
  },
  EVIDENCE_DUPLICATE: {
    status: 409,
    vi: "Tệp “{file}” có nội dung trùng với tài liệu “{existing}” đã đính kèm cho chỉ số {indicator}.",
    en: "“{file}” has the same content as “{existing}”, already attached to indicator {indicator}.",
  },
  EVIDENCE_UNREVIEWED: {
    status: 409,
    vi: "Còn {count} tài liệu minh chứng chưa được xem xét. Xem xét từng tài liệu, hoặc chấp nhận tất cả cùng số liệu.",
    en: "{count} evidence documents are not reviewed yet. Review each, or accept them all with the figures.",
  },
  SIGN_OFF_NOT_REQUIRED: {
    status: 409,
    vi: "{agency} không yêu cầu lãnh đạo cơ quan ký duyệt: gửi số liệu trực tiếp.",
    en: "{agency} does not require its head's sign-off: send the figures directly.",
  },
  ALREADY_SIGNED_OFF: {
    status: 409,
    vi: "Số liệu của {agency} đã được lãnh đạo cơ quan ký duyệt; có thể gửi ngay.",
    en: "The figures of {agency} are already signed off; they can be sent now.",
  },
  ISSUED_REPORT_FILE_MISSING: {
    status: 409,
    vi: "Không tìm thấy tệp báo cáo đã ký “{file}” trong kho lưu trữ. Khôi phục tệp từ bản sao lưu trước khi tạo hồ sơ.",
    en: "The signed report “{file}” is missing from the file store. Restore it from a backup before making the dossier.",
  },
  EXPLANATION_NOT_YOURS: {
    status: 403,
    vi: "Biến động của chỉ số {indicator} do {agency} giải trình; cơ quan có thể ghi chú riêng cho từng số liệu của mình.",
    en: "The change of indicator {indicator} is explained by {agency}; an agency may add a note to each of its own figures.",
  },
  NOT_APPLICABLE_NO_RULE: {
    status: 409,
    vi: "Bộ chỉ số chưa quy định cách tính khi chỉ số “{indicator}” không áp dụng, nên chưa thể đánh dấu không áp dụng. Bổ sung quy tắc vào bộ chỉ số trước.",
    en: "The framework does not say how “{indicator}” is scored when it does not apply, so it cannot be marked not applicable. Add the rule to the framework first.",
  },
  INVALID_TRANSITION: {
    status: 409,
    vi: "Không thể {action} khi {entity} đang ở trạng thái “{state}”.",
    en: "Cannot {action} while the {entity} is “{state}”.",
  },
  SIGN_OFF_REQUIRED: {
    status: 409,
    vi: "Lãnh đạo {agency} cần ký duyệt trước khi gửi số liệu.",
    en: "The head of {agency} must sign off before the figures are submitted.",
  },
  PLAN_REPORT_SIGN_OFF_REQUIRED: {
    status: 409,
    vi: "Lãnh đạo {agency} cần ký duyệt trước khi gửi báo cáo.",
    en: "The head of {agency} must sign off before the report is sent.",
  },
  PLAN_REPORT_SIGN_OFF_NOT_REQUIRED: {
    status: 409,
    vi: "{agency} không yêu cầu lãnh đạo cơ quan ký duyệt: gửi báo cáo trực tiếp.",
    en: "{agency} does not require its head's sign-off: send the report directly.",
  },
  PLAN_REPORT_INCOMPLETE: {
    status: 400,
    vi: "Chưa thể {action}: báo cáo còn {count} chỗ cần bổ sung (xem từng nhiệm vụ).",
    en: "Cannot {action} yet: the report has {count} things missing (see each task).",
  },
  SUBMISSION_INCOMPLETE: {
    status: 400,
    vi: "Chưa thể gửi: còn {count} chỗ cần bổ sung (xem chi tiết từng trường).",
    en: "Cannot submit yet: {count} things are missing (see each field).",
  },
  NOT_ALL_ACCEPTED: {
    status: 409,
    vi: "Còn {count} cơ quan chưa được chấp nhận số liệu: {agencies}. Muốn trình khi thiếu, nêu lý do cho từng cơ quan để lãnh đạo quyết định chấp nhận thiếu số liệu.",
    en: "{count} agencies are not accepted yet: {agencies}. To send without them, give a reason for each so the leader can accept them as missing.",
  },
  NOT_ASSIGNED: {
    status: 403,
    vi: "Số liệu “{element}” không được giao cho cơ quan của bạn trong kỳ này.",
    en: "The figure “{element}” is not assigned to your agency in this cycle.",
  },
  FILE_EMPTY: {
    status: 400,
    vi: "Tệp “{file}” rỗng.",
    en: "The file “{file}” is empty.",
  },
  FILE_TOO_LARGE: {
    status: 413,
    vi: "Tệp “{file}” vượt quá dung lượng cho phép ({max}).",
    en: "The file “{file}” is larger than allowed ({max}).",
  },
  FILE_ACTIVE_CONTENT: {
    status: 415,
    vi: "Tệp “{file}” không được nhận vì {reason}: tài liệu như vậy có thể tự chạy hoặc tự tải nội dung khi mở, nên không được đưa vào hồ sơ gửi Bộ. Hãy bỏ phần đó hoặc lưu lại thành PDF rồi tải lên.",
    en: "The file “{file}” is refused because it {reason}: such a document can run or fetch something when opened, so it cannot go into the dossier. Remove that part or save it as PDF and upload it again.",
  },
  FILE_OLD_OFFICE_FORMAT: {
    status: 415,
    vi: "Tệp “{file}” là tài liệu Office định dạng cũ (.doc, .xls), có thể chứa macro nên không được đưa vào hồ sơ gửi Bộ. Hãy mở bằng Word hoặc Excel, lưu lại thành .docx, .xlsx hoặc PDF rồi tải lên.",
    en: "The file “{file}” is an old-format Office document (.doc, .xls), which may carry macros, so it cannot go into the dossier. Open it in Word or Excel, save it as .docx, .xlsx or PDF and upload it again.",
  },
  FILE_UNPACKS_TOO_LARGE: {
    status: 415,
    vi: "Tệp “{file}” khi giải nén lớn hơn {limit} MB, không phải một tài liệu thông thường. Hãy lưu lại thành PDF rồi tải lên.",
    en: "The file “{file}” unpacks to more than {limit} MB, which no ordinary document does. Save it as PDF and upload it again.",
  },
  FILE_TYPE_REFUSED: {
    status: 415,
    vi: "Tệp “{file}” không được nhận: {reason}. Chỉ nhận PDF, Word, Excel và ảnh (JPEG, PNG).",
    en: "The file “{file}” is refused: {reason}. Only PDF, Word, Excel and images (JPEG, PNG) are accepted.",
  },
  EXCEL_FILE_REFUSED: {
    status: 422,
    vi: "Không nhận tệp “{file}”: {reason}.",
    en: "The file “{file}” is refused: {reason}.",
  },
  EXCEL_FILE_INVALID: {
    status: 422,
    vi: "Tệp “{file}” có {count} lỗi; chưa lưu số liệu nào. Hãy sửa các ô được nêu rồi tải lên lại, hoặc chỉ lưu phần hợp lệ.",
    en: "The file “{file}” has {count} problems; nothing was saved. Correct the cells listed and upload it again, or save only the valid part.",
  },
  DATABASE_TIMEOUT: {
    status: 503,
    vi: "Cơ sở dữ liệu không trả lời kịp. Vui lòng thử lại sau ít phút; nếu lặp lại, hãy báo quản trị viên.",
    en: "The database did not answer in time. Try again in a few minutes; if it goes on, tell the administrator.",
  },
  STORAGE_FULL: {
    status: 507,
    vi: "Máy chủ đã hết dung lượng lưu trữ nên chưa lưu được; dữ liệu đã lưu trước đó không bị ảnh hưởng. Hãy báo quản trị viên giải phóng dung lượng.",
    en: "The server is out of storage space, so nothing was saved; what was saved before is safe. Tell the administrator to free some space.",
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    vi: "Không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau.",
    en: "The database cannot be reached. Try again later.",
  },
  INTERNAL: {
    status: 500,
    vi: "Đã xảy ra lỗi hệ thống. Vui lòng báo quản trị viên kèm mã yêu cầu.",
    en: "An internal error occurred. Tell the administrator the request id.",
  },
} as const;

export type ErrorCode = keyof typeof errorCatalog;
export type Locale = "vi" | "en";

/** Why a password is refused (`passwordProblem` in domain/auth/password-policy.ts). */
export const passwordProblemTexts: Record<string, Record<Locale, string>> = {
  short: { vi: "cần ít nhất 12 ký tự", en: "it needs at least 12 characters" },
  letters_digits: { vi: "cần có cả chữ và số", en: "it needs both letters and digits" },
  username: { vi: "không được chứa tên đăng nhập", en: "it must not contain the user name" },
  common: {
    vi: "đây là mật khẩu phổ biến, dễ bị đoán; hãy chọn mật khẩu khác",
    en: "it is a common password, easy to guess; choose another",
  },
  same: {
    vi: "mật khẩu mới phải khác mật khẩu hiện tại",
    en: "the new password must differ from the current one",
  },
};

/** Names of the things an error can be about, so that "{entity}" reads well in both languages. */
export const entityNames: Record<string, Record<Locale, string>> = {
  agency: { vi: "cơ quan", en: "agency" },
  user: { vi: "người dùng", en: "user" },
  orgUnit: { vi: "đơn vị hành chính", en: "administrative unit" },
  session: { vi: "phiên đăng nhập", en: "session" },
  framework: { vi: "bộ chỉ số", en: "framework" },
  frameworkVersion: { vi: "phiên bản bộ chỉ số", en: "framework version" },
  indicator: { vi: "chỉ số", en: "indicator" },
  computation: { vi: "kết quả tính", en: "computation" },
  cycle: { vi: "kỳ đánh giá", en: "assessment cycle" },
  submission: { vi: "số liệu của cơ quan", en: "agency submission" },
  dataValue: { vi: "số liệu", en: "figure" },
  explanation: { vi: "lời giải trình", en: "explanation" },
  evidence: { vi: "tài liệu minh chứng", en: "evidence document" },
  assignment: { vi: "phân công", en: "assignment" },
  dataElement: { vi: "số liệu", en: "data element" },
  letter: { vi: "văn bản cơ quan gửi số liệu", en: "agency letter" },
  issuedReport: { vi: "báo cáo đã ký ban hành", en: "signed report" },
  internalAssignment: {
    vi: "phiếu giao nhiệm vụ (Sở không tự cung cấp số liệu nào trong năm)",
    en: "internal assignment (the department reports no figure itself this year)",
  },
  notification: { vi: "thông báo", en: "notification" },
  outboxMessage: { vi: "thư trong hàng đợi", en: "queued e-mail" },
  documentDraft: { vi: "nội dung văn bản", en: "document text" },
  plan: { vi: "kế hoạch", en: "plan" },
  planDocument: { vi: "văn bản kế hoạch đã ban hành", en: "issued plan document" },
  planPeriod: { vi: "kỳ báo cáo của kế hoạch", en: "plan reporting period" },
  planReport: { vi: "báo cáo tiến độ của cơ quan", en: "agency progress report" },
  planReportFile: { vi: "tài liệu của báo cáo tiến độ", en: "progress report document" },
  planSynthesis: { vi: "nội dung báo cáo tổng hợp của kỳ", en: "wording of the period's synthesis" },
  planConclusion: { vi: "kết luận của Chủ tịch UBND tỉnh", en: "chairman's conclusions" },
  ghgList: { vi: "danh mục cơ sở phát thải khí nhà kính", en: "greenhouse-gas facility list" },
  ghgFacility: { vi: "cơ sở phát thải khí nhà kính", en: "greenhouse-gas facility" },
  ghgListImport: { vi: "lần nhập danh mục cơ sở", en: "facility list import" },
  ghgObligationRule: { vi: "quy tắc nghĩa vụ của cơ sở", en: "facility obligation rule" },
  ghgReview: { vi: "đợt rà soát danh mục cơ sở", en: "facility list review" },
  ghgWorkReport: { vi: "báo cáo kết quả kiểm kê khí nhà kính", en: "greenhouse-gas work report" },
  ghgReport: { vi: "báo cáo khí nhà kính của cơ sở", en: "facility greenhouse-gas report" },
  ghgReportDocument: { vi: "tài liệu của báo cáo khí nhà kính", en: "greenhouse-gas report document" },
  province: { vi: "tỉnh, thành phố", en: "province" },
};

export function formatErrorMessage(code: ErrorCode, params: Record<string, unknown>, locale: Locale): string {
  const template: string = errorCatalog[code][locale];
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) return `{${key}}`;
    if (key === "entity") return entityNames[String(value)]?.[locale] ?? String(value);
    if (key === "reason" && code === "WEAK_PASSWORD")
      return passwordProblemTexts[String(value)]?.[locale] ?? String(value);
    return String(value);
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const errorDetailSchema = z.object({
  field: z.string(),
  message: z.string(),
  /** For problems in an uploaded file: where they are. */
  line: z.number().int().optional(),
  row: z.number().int().optional(),
  indicator: z.string().optional(),
  /** For problems in an uploaded workbook: the sheet and the column (letter) of the cell. */
  sheet: z.string().optional(),
  column: z.string().optional(),
});

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    details: z.array(errorDetailSchema).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
