// Vietnamese wording of the published results page.
export const publishedVi = {
  "published.title": "Kết quả công bố",
  "published.intro":
    "Kết quả do cơ quan khác công bố (Bộ NN&MT công bố PEPI, VCCI công bố PGI), giữ nguyên như công bố, kèm nguồn; dùng để so sánh và ước tính thứ hạng.",
  "published.kind": "Loại kết quả",
  "published.kind.pepi": "PEPI (Bộ NN&MT)",
  "published.kind.pgi": "PGI (VCCI)",
  "published.year": "Năm",
  "published.province": "Tỉnh, thành phố",
  "published.total": "Tổng điểm",
  "published.rank": "Hạng",
  "published.band": "Xếp loại",
  "published.part.I": "Nhóm I",
  "published.part.II": "Nhóm II",
  "published.part.PGI1": "PGI 1",
  "published.part.PGI2": "PGI 2",
  "published.part.PGI3": "PGI 3",
  "published.part.PGI4": "PGI 4",
  "published.partName.I": "Nhóm I – Kết quả thực hiện nhiệm vụ bảo vệ môi trường (70 điểm)",
  "published.partName.II": "Nhóm II – Mức độ hài lòng của người dân (30 điểm)",
  "published.partName.PGI1": "Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của biến đổi khí hậu",
  "published.partName.PGI2": "Đảm bảo tuân thủ các tiêu chuẩn môi trường tối thiểu",
  "published.partName.PGI3": "Vai trò lãnh đạo của chính quyền tỉnh trong thúc đẩy thực hành xanh",
  "published.partName.PGI4": "Chính sách và dịch vụ hỗ trợ doanh nghiệp trong bảo vệ môi trường",
  "published.partRank": "hạng {rank}",
  "published.decision": "Quyết định công bố",
  "published.source": "Nguồn",
  "published.unconfirmedSource": "Chưa xác minh nguồn",
  "published.none": "Chưa có kết quả công bố của năm này.",
  "published.import": "Nhập tệp CSV, Excel",
  "published.importTitle": "Nhập kết quả công bố từ tệp CSV hoặc Excel",
  "published.importIntro.pepi":
    "Các cột: year, province, total_score, rank, source_url, rating_band, group_I_score, group_II_score, group_II_rank, decision, notes. Tên tỉnh theo danh mục 63 tỉnh (đến năm 2024) hoặc 34 tỉnh (từ năm 2025), viết kiểu nào cũng được (“TP. Hồ Chí Minh”, “TPHCM”).",
  "published.importIntro.pgi":
    "Các cột: year, province, sub1, sub2, sub3, sub4, total, rank, sub1_rank, sub2_rank, sub3_rank, sub4_rank, source_url; thành phần của một chỉ số ghi ở cột “sub3.Tên thành phần” (0–10). Hạng từ 1 đến 63 (đến năm 2024) hoặc 1 đến 34 (từ năm 2025); hạng không công bố thì để trống hoặc ghi N/A. Tên tỉnh theo danh mục 63 tỉnh (đến năm 2024) hoặc 34 tỉnh (từ năm 2025). Tệp Excel: trang tính đầu tiên, dòng tiêu đề như trên.",
  "published.importSubmit": "Kiểm tra và nhập",
  "published.file": "Tệp CSV hoặc Excel (.xlsx)",
  "published.imported":
    "Đã nhập {imported} dòng mới, bổ sung {completed} dòng, thay thế {replaced} dòng; {unchanged} dòng trùng với kết quả đã lưu.",
  "published.combine":
    "Gộp các dòng cùng năm, cùng tỉnh bổ sung cho nhau (ví dụ tổng điểm từ một nguồn, điểm nhóm II từ nguồn khác)",
  "published.replace": "Thay thế kết quả đã lưu khi tệp ghi khác (giá trị cũ được giữ trong nhật ký)",
  "published.flaggedRow": "Dòng",
  "published.flaggedColumn": "Cột",
  "published.flaggedNote": "Ghi chú",
  "published.flagged":
    "{count} dòng có tổng điểm công bố khác tổng các chỉ số thành phần: đã nhập, giữ nguyên tổng điểm công bố.",
  "published.sumGap": "Khác tổng 4 chỉ số",
  "published.sumGapHelp":
    "Tổng điểm công bố {total} khác tổng bốn chỉ số thành phần {sum} (chênh {gap}); giữ nguyên số công bố, không tính lại.",
  "published.rankNotPublished": "Chưa có",
  "published.rankNotPublishedHelp":
    "Chưa có hạng công bố: VCCI không công bố (từ năm 2024 chỉ công bố một phần bảng xếp hạng) hoặc chưa được nhập.",
} satisfies Record<string, string>;
