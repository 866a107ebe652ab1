// Going ahead without a silent agency: entering from its letter, figures it does not have, and
// agencies the leader accepts as missing.
export const onBehalfVi = {
  "onBehalf.title": "Nhập thay cơ quan",
  "onBehalf.intro":
    "Khi cơ quan gửi số liệu bằng văn bản giấy hoặc công văn thay vì nhập vào hệ thống, Sở ghi nhận văn bản (số, ngày, tệp) rồi nhập thay. Mọi số liệu nhập thay đều ghi rõ theo văn bản nào, và cơ quan được thông báo.",
  "onBehalf.entered": "Số liệu của cơ quan được Sở Nông nghiệp và Môi trường nhập thay theo:",
  "onBehalf.letterName": "Văn bản số {number} ngày {date}",
  "onBehalf.recordedBy": "Ghi nhận bởi {name} lúc {at}",
  "onBehalf.record": "Ghi nhận văn bản của cơ quan",
  "onBehalf.recordAnother": "Thêm văn bản",
  "onBehalf.submit": "Gửi thay số liệu",
  "onBehalf.submitConfirm":
    "Gửi số liệu của {agency} đã nhập theo văn bản? Văn bản của cơ quan thay cho ký duyệt của lãnh đạo cơ quan.",
  "onBehalf.letterTitle": "Văn bản của {agency}",
  "onBehalf.letterIntro":
    "Đính kèm văn bản cơ quan gửi số liệu (bản chụp hoặc bản ký số). Sau khi ghi nhận, Sở nhập được số liệu thay cơ quan; cơ quan nhận thông báo.",
  "onBehalf.letterSubmit": "Ghi nhận",
  "onBehalf.docNumberHint": "Ví dụ: 125/SXD-KHTC",
  "onBehalf.docNumberRequired": "Nhập số hiệu văn bản",
  "onBehalf.docDateRequired": "Chọn ngày văn bản",
  "onBehalf.note": "Ghi chú",
  "onBehalf.valueTag": "Nhập thay theo văn bản",
  "onBehalf.submissionTag": "Nhập thay",
  "noData.tag": "Không có số liệu",
  "noData.reason": "Lý do: {reason}",
  "noData.clear": "Bỏ ghi nhận",
  "noData.mark": "Không có số liệu này?",
  "noData.title": "Không có số liệu “{name}”",
  "noData.intro":
    "Ghi nhận số liệu này không có trong năm, kèm lý do. Biểu không yêu cầu nhập nữa; chỉ số dùng số liệu này để trống và báo cáo nêu rõ lý do.",
  "noData.confirm": "Ghi nhận",
  "missing.title": "Trình phê duyệt năm {year} khi còn cơ quan chưa có số liệu",
  "missing.intro":
    "Còn {count} cơ quan chưa được chấp nhận số liệu. Nêu lý do cho từng cơ quan: lãnh đạo phê duyệt là chấp nhận thiếu số liệu của các cơ quan này. Số liệu chưa gửi của họ không được dùng để tính, và báo cáo nêu rõ từng trường hợp.",
  "missing.reasonRequired": "Nêu lý do thiếu số liệu của cơ quan này",
  "missing.placeholder": "Ví dụ: đã đôn đốc bằng văn bản ngày 10/02, cơ quan không phản hồi",
  "missing.approveConfirm":
    "Phê duyệt và khóa kỳ? Phê duyệt là chấp nhận thiếu số liệu của {count} cơ quan nêu ở đầu trang.",
  "missing.proposedBanner": "Đề nghị lãnh đạo chấp nhận thiếu số liệu của {count} cơ quan",
  "missing.acceptedBanner": "Lãnh đạo đã chấp nhận thiếu số liệu của {count} cơ quan",
  "missing.proposedTag": "Đề nghị chấp nhận thiếu",
  "missing.acceptedTag": "Đã chấp nhận thiếu",
  "signOff.requestAction": "Trình ký",
  "signOff.requestConfirm": "Trình lãnh đạo cơ quan ký duyệt số liệu này? Lãnh đạo nhận thông báo.",
  "signOff.requestedAt": "Đã trình ký lúc {at}, chờ ký duyệt",
  "signOff.queueTitle": "Số liệu chờ ký duyệt",
  "signOff.queueEmpty": "Không có số liệu nào chờ ký duyệt.",
  "signOff.queueItem": "{agency} · số liệu năm {year}",
  "signOff.queueDetail": "{name} trình ký lúc {at} · hạn gửi Sở: {due}",
};
