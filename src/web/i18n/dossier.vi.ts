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
};
