// The sentences that say where a cycle stands, written once for the report and the brief:
// the total and band, the change from last year, and the estimated rank with what it rests on.
import { formatNumberVi, formatPointsVi } from "../../../domain/text/format-vi.js";
import type { LastYearTotal, Standing } from "./standing.js";

const sourceText: Record<LastYearTotal["source"], string> = {
  cycle: "theo kỳ tự đánh giá năm trước",
  published: "theo kết quả Bộ công bố",
  computation: "theo kết quả tính đã lưu",
};

/** "tăng 5,3 điểm so với năm 2022 (60,2 điểm, theo kết quả Bộ công bố)". */
export function changeText(points: number, lastYear: LastYearTotal | null): string {
  if (!lastYear) return "chưa có tổng điểm năm trước để so sánh";
  const diff = Math.round((points - lastYear.points) * 100) / 100;
  const base = `năm ${lastYear.year} (${formatPointsVi(lastYear.points)} điểm, ${sourceText[lastYear.source]})`;
  if (diff === 0) return `không đổi so với ${base}`;
  return `${diff > 0 ? "tăng" : "giảm"} ${formatPointsVi(Math.abs(diff))} điểm so với ${base}`;
}

/**
 * Where the result places the province, with what it rests on, never more precise than the data:
 * "hạng 5/63 theo điểm công bố năm 2022 của 62 tỉnh, thành phố khác";
 * "trong khoảng hạng 8–17/63, nhiều khả năng hạng 12: cao hơn 7 trong 14 tỉnh đã công bố điểm năm 2022";
 * "thấp hơn cả 14 tỉnh đã công bố điểm năm 2022 (có thể từ hạng 15 đến 63/63)".
 * A place under provisional scoring rules, or from group I alone, says so.
 */
export function rankText(
  rank: Standing["rank"],
  options: Partial<Pick<Standing, "complete" | "rankBasis" | "rankProvisional">> = {},
): string {
  if (!rank)
    return options.complete === false
      ? "chưa ước tính được: chỉ ước tính khi kết quả đủ các nhóm (hoặc khi có điểm nhóm I các tỉnh đã công bố)"
      : "chưa ước tính được (chưa có điểm công bố của các tỉnh, thành phố để so sánh)";
  const known = `${formatNumberVi(rank.basedOn)} tỉnh đã công bố điểm năm ${rank.year}`;
  let text: string;
  if (rank.exact)
    text = `hạng ${rank.rank}/${rank.provinceCount} theo điểm công bố năm ${rank.year} của ${rank.basedOn} tỉnh, thành phố khác`;
  else if (rank.below === 0 && rank.level === 0)
    text = `thấp hơn cả ${known} (có thể từ hạng ${rank.best} đến ${rank.worst}/${rank.provinceCount})`;
  else if (rank.above === 0 && rank.level === 0)
    text = `cao hơn cả ${known} (có thể từ hạng ${rank.best} đến ${rank.worst}/${rank.provinceCount})`;
  else {
    const basis = rank.below === undefined ? `theo ${known}` : `cao hơn ${rank.below} trong ${known}`;
    text = `trong khoảng hạng ${rank.best}–${rank.worst}/${rank.provinceCount}, nhiều khả năng hạng ${rank.rank}: ${basis}`;
  }
  if (rank.inconsistent)
    text += " (các điểm và thứ hạng đã công bố có chỗ không khớp nhau, nên khoảng này kém chắc chắn)";
  if (options.rankBasis === "groupI") text = `riêng nhóm I: ${text}, so với điểm nhóm I đã công bố`;
  if (options.rankProvisional)
    text += " (ước tính theo quy tắc tính điểm tạm tính, không phải thứ hạng chính thức)";
  return text;
}

/** "thứ 2–3 trong 6 tỉnh vùng Đông Nam Bộ" (or one place when certain). */
export function regionText(region: Standing["region"]): string | null {
  if (!region) return null;
  const place = region.best === region.worst ? `${region.best}` : `${region.best}–${region.worst}`;
  return `thứ ${place} trong ${region.provinceCount} tỉnh, thành phố vùng ${region.name} (theo điểm công bố năm ${region.year})`;
}
