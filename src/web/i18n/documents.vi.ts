// Vietnamese wording of a cycle's documents page and the editor of a document's text.
export const documentsVi = {
  "documents.title": "Văn bản",
  "documents.open": "Văn bản",
  "documents.pageTitle": "Văn bản năm {year} – {province}",
  "documents.intro":
    "Các văn bản được tạo từ số liệu và phân công của kỳ đánh giá; phần lời văn (cơ quan ban hành, số, ngày, trích yếu, nơi nhận, người ký…) sửa và lưu tại đây.",

  "documents.group.header": "Phần đầu văn bản",
  "documents.group.body": "Nội dung",
  "documents.group.signature": "Người ký và nơi nhận",
  "documents.field.superiorBody": "Cơ quan chủ quản",
  "documents.field.issuingBody": "Cơ quan ban hành",
  "documents.field.numberSymbol": "Số, ký hiệu",
  "documents.field.numberSymbolHint": "Ví dụ 125/SNNMT-MT; chỉ ghi /SNNMT-MT để văn thư điền số.",
  "documents.field.place": "Địa danh",
  "documents.field.date": "Ngày ban hành",
  "documents.field.dateHint": "Để trống: để trống ngày, tháng cho văn thư điền khi ký.",
  "documents.field.subject": "Trích yếu",
  "documents.field.addressees": "Kính gửi",
  "documents.field.opening": "Mở đầu",
  "documents.field.closing": "Thời hạn và đề nghị",
  "documents.field.contact": "Đầu mối liên hệ",
  "documents.field.signerAuthority": "Thẩm quyền ký",
  "documents.field.signerAuthorityHint":
    "Ví dụ KT. GIÁM ĐỐC; mỗi dòng một cấp (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH).",
  "documents.field.signerTitle": "Chức vụ người ký",
  "documents.field.signerName": "Họ và tên người ký",
  "documents.field.recipients": "Nơi nhận",
  "documents.field.lineN": "Dòng {n}",
  "documents.addLine": "Thêm dòng",
  "documents.removeLine": "Xóa dòng",
  "documents.lineRequired": "Vui lòng nhập nội dung dòng hoặc xóa dòng.",

  "documents.save": "Lưu nội dung",
  "documents.saved": "Đã lưu nội dung văn bản.",
  "documents.reset": "Khôi phục mặc định",
  "documents.resetConfirm": "Bỏ mọi chỉnh sửa và dùng lại nội dung mặc định tạo từ kỳ đánh giá?",
  "documents.resetDone": "Đã khôi phục nội dung mặc định.",
  "documents.usingDefaults": "Đang dùng nội dung mặc định, tạo từ kỳ đánh giá.",
  "documents.savedAt": "Nội dung đã sửa, lưu lúc {time}.",
  "documents.stale":
    "Người khác vừa lưu nội dung văn bản này nên thay đổi của bạn chưa được lưu. Tải lại để xem bản mới nhất rồi sửa tiếp.",
  "documents.reload": "Tải lại bản mới nhất",
  "documents.unsavedDownload": "Tệp tải về dùng nội dung đã lưu: hãy lưu các thay đổi trước khi tải.",

  "documents.letter.title": "Công văn đề nghị cung cấp số liệu",
  "documents.letter.intro":
    "Gửi các cơ quan, đơn vị được phân công: mỗi đơn vị được nêu các số liệu phải cung cấp theo từng chỉ số, đơn vị tính, tài liệu minh chứng và biểu mẫu tải từ PEPI Hub; thời hạn lấy theo hạn gửi số liệu của kỳ.",
  "documents.letter.download": "Tải công văn (.docx)",

  "documents.field.introduction": "Mở đầu (căn cứ, cách thức tự đánh giá)",
  "documents.field.assessment": "Đánh giá chung về kết quả",
  "documents.field.limitations": "Tồn tại, hạn chế và nguyên nhân",
  "documents.field.proposals": "Kiến nghị, đề xuất",
  "documents.field.includeRank": "Nêu thứ hạng ước tính trong báo cáo",
  "documents.field.includeRankHint":
    "Thứ hạng do Bộ công bố; ước tính chỉ dựa trên điểm các tỉnh đã công bố và được ghi rõ là ước tính.",
  "documents.report.title": "Báo cáo tự đánh giá gửi Bộ",
  "documents.report.intro":
    "Tổng điểm và xếp loại (khi đủ các nhóm), so sánh với năm trước, thứ hạng ước tính (chỉ khi chọn nêu ở dưới), bảng từng chỉ số kèm giải trình, minh chứng và phụ lục số liệu luôn lấy từ kỳ đánh giá lúc tải; chỉ phần lời văn dưới đây được sửa. Giá trị chưa được chấp nhận ghi “tạm tính”; kỳ chưa phê duyệt thì văn bản mang dấu DỰ THẢO.",
  "documents.report.downloadDocx": "Tải báo cáo (.docx)",
  "documents.report.downloadPdf": "Tải báo cáo (.pdf)",
  "documents.brief.title": "Báo cáo nhanh cho lãnh đạo",
  "documents.brief.intro":
    "Một trang cho lãnh đạo tỉnh: tổng điểm, xếp loại, thay đổi so với năm trước, thứ hạng ước tính, năm chỉ số có thể tăng điểm nhiều nhất, các cơ quan chậm hạn hoặc bị trả lại, kèm biểu đồ.",
  "documents.brief.downloadPdf": "Tải báo cáo nhanh (.pdf)",
  "documents.brief.downloadDocx": "Tải báo cáo nhanh (.docx)",
  "documents.field.provincialInstruction": "Văn bản chỉ đạo của UBND tỉnh",
  "documents.field.provincialInstructionHint":
    "Ví dụ: Công văn số 388/VP-KT ngày 03/02/2023 của Văn phòng UBND tỉnh. Để trống nếu không có.",
  "documents.field.ministryGuidance": "Văn bản hướng dẫn của Bộ",
  "documents.field.ministryGuidanceHint":
    "Ví dụ: Công văn số 373/BTNMT-MT ngày 01/02/2023. Công văn in “Thực hiện … tại …” trước đoạn mở đầu.",
  "documents.field.openingAfterReferences": "Mở đầu (viết tiếp sau các văn bản căn cứ)",
  "documents.field.contactName": "Người liên hệ",
  "documents.field.contactNameHint": "Ví dụ: bà Nguyễn Thị Hoa, chuyên viên.",
  "documents.field.contactUnit": "Phòng, đơn vị của người liên hệ",
  "documents.field.contactPhone": "Điện thoại liên hệ",
  "documents.field.contactEmail": "Thư điện tử liên hệ",
  "documents.letter.internal": "Tải phiếu giao nhiệm vụ (.docx)",
  "documents.letter.internalHint":
    "Các phòng, đơn vị thuộc Sở không được nêu trong công văn: Sở giao nhiệm vụ cho họ bằng phiếu giao nhiệm vụ, cùng danh mục số liệu và thời hạn.",
  "documents.check.title": "Văn bản còn thiếu nội dung",
  "documents.check.proceed": "Vẫn tải về",
  "documents.check.cancel": "Quay lại sửa",
  "documents.check.reportEmpty": "Các mục sau còn trống và sẽ không có trong báo cáo: {sections}.",
  "documents.check.letterContact":
    "Chưa ghi người liên hệ hoặc số điện thoại: công văn sẽ để chỗ trống “……………” cho văn thư điền.",
  "documents.check.letterGuidance":
    "Chưa ghi văn bản hướng dẫn của Bộ: công văn chỉ viết “Thực hiện hướng dẫn của Bộ Nông nghiệp và Môi trường …” mà không nêu số, ngày văn bản.",
  "documents.section.assessment": "Đánh giá chung",
  "documents.section.limitations": "Tồn tại, hạn chế",
  "documents.section.proposals": "Kiến nghị, đề xuất",
};
