// Vietnamese wording of the Ministry dossier card.
export const dossierVi = {
  "dossier.title": "Hồ sơ gửi Bộ",
  "dossier.intro":
    "Một tệp .zip gồm báo cáo tự đánh giá (Word và PDF), số liệu Excel, các tài liệu minh chứng xếp theo chỉ số và danh mục mã SHA-256 để bên nhận kiểm tra.",
  "dossier.notApproved": "Kỳ đánh giá chưa được lãnh đạo phê duyệt: báo cáo trong hồ sơ mang dấu DỰ THẢO.",
  "dossier.file": "Tên tệp",
  "dossier.evidence": "Minh chứng",
  "dossier.evidenceCount": "{count} tài liệu ({size} MB) cho {indicators} chỉ số",
  "dossier.download": "Tải hồ sơ (.zip)",
  "issued.label": "Báo cáo đã ký",
  "issued.none": "Chưa ghi nhận: hồ sơ dùng báo cáo tạo từ số liệu.",
  "issued.line": "Báo cáo số {number} ngày {date} (bản đã ký)",
  "issued.record": "Ghi nhận báo cáo đã ký",
  "issued.replace": "Thay bản đã ký",
  "issued.title": "Báo cáo đã ký ban hành",
  "issued.intro":
    "Sau khi lãnh đạo ký, ghi số, ngày của báo cáo và tải lên bản PDF đã ký (bản chụp hoặc bản ký số). Hồ sơ gửi Bộ sẽ mang đúng tệp này; bản Word chỉ còn là bản làm việc.",
  "issued.submit": "Ghi nhận",
  "issued.docNumber": "Số, ký hiệu",
  "issued.docNumberHint": "Ví dụ: 45/BC-UBND",
  "issued.docNumberRequired": "Nhập số hiệu báo cáo",
  "issued.docDate": "Ngày ký",
  "issued.docDateRequired": "Chọn ngày ký báo cáo",
  "issued.fileHint": "Chỉ nhận PDF (bản chụp hoặc bản ký số); tối đa {limit}.",
};
