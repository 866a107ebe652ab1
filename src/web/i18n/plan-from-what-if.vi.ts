// Vietnamese wording of a draft plan drawn from a result's what-if.
export const planFromWhatIfVi = {
  "planFromWhatIf.select": "Chọn chỉ số {name}",
  "planFromWhatIf.selectAll": "Chọn tất cả các chỉ số",
  "planFromWhatIf.start": "Lập kế hoạch cải thiện từ các chỉ số đã chọn",
  "planFromWhatIf.selected": "Đã chọn {count} chỉ số; mặc định là các chỉ số thêm được nhiều điểm nhất.",
  "planFromWhatIf.noneSelected": "Đánh dấu các chỉ số muốn đưa vào kế hoạch.",
  "planFromWhatIf.title": "Lập dự thảo kế hoạch cải thiện",
  "planFromWhatIf.create": "Lập dự thảo kế hoạch",
  "planFromWhatIf.intro":
    "Mỗi chỉ số đã chọn thành một chỉ tiêu của kế hoạch (năm gốc là năm của kết quả, giá trị phấn đấu tăng dần đến năm cuối) và một nhiệm vụ giao cơ quan chủ trì, xếp theo nhóm chỉ số. Kế hoạch được lưu ở dạng dự thảo; sửa được chỉ tiêu, nhiệm vụ trên trang kế hoạch.",
  "planFromWhatIf.source": "Từ kết quả: {label}",
  "planFromWhatIf.plan": "Kế hoạch",
  "planFromWhatIf.now": "Hiện nay: {value} (năm {year})",
  "planFromWhatIf.notComputed": "Hiện nay: chưa tính được (năm {year})",
  "planFromWhatIf.points": "{points}/{max} điểm, đạt tối đa thêm {gain} điểm",
  "planFromWhatIf.fullAtLeast": "Đạt điểm tối đa khi từ {value} trở lên.",
  "planFromWhatIf.fullAtMost": "Đạt điểm tối đa khi từ {value} trở xuống.",
  "planFromWhatIf.fullUnknown": "Chưa xác định được giá trị đạt điểm tối đa: nhập giá trị phấn đấu.",
  "planFromWhatIf.target": "Giá trị phấn đấu năm cuối kế hoạch",
  "planFromWhatIf.targetRequired": "Nhập giá trị phấn đấu",
  "planFromWhatIf.lead": "Cơ quan chủ trì",
  "planFromWhatIf.leadRequired": "Chọn cơ quan chủ trì",
  "planFromWhatIf.leadFromCycle": "Theo phân công số liệu của kỳ đánh giá.",
  "planFromWhatIf.leadFromFramework":
    "Theo cơ quan bộ chỉ số quy định: kỳ đánh giá không giao số liệu của chỉ số này cho cơ quan cấp tỉnh nào.",
  "planFromWhatIf.leadFromNone":
    "Không cơ quan cấp tỉnh nào được giao số liệu hay được bộ chỉ số nêu cho chỉ số này: chọn cơ quan chủ trì.",
  "planFromWhatIf.supporting": "Cơ quan phối hợp",
  "planFromWhatIf.notOffered":
    "Không lập được chỉ tiêu cho: {names} (không còn trong bộ chỉ số đang áp dụng).",
  "planFromWhatIf.created": "Đã lập dự thảo kế hoạch",
  "planTarget.provisional": "dự kiến",
};
