// The sentences that say where a cycle stands, written once for the report and the brief:
// the total and band, the change from last year, and the estimated rank with what it rests on.
import { formatNumberVi, formatPointsVi } from "../../../domain/text/format-vi.js";
import type { LastYearTotal, Standing } from "./standing.js";

const sourceText: Record<LastYearTotal["source"], string> = {
  cycle: "theo kỳ tự đánh giá năm trước",
  published: "theo kết quả Bộ công bố",
  computation: "theo kết quả tính đã lưu",
};

/** "65,5/100 điểm, xếp loại Khá". */
export function totalText(s: Pick<Standing, "points" | "maxPoints" | "band">): string {
  const band = s.band ? `, xếp loại ${s.band}` : "";
  return `${formatPointsVi(s.points)}/${formatPointsVi(s.maxPoints)} điểm${band}`;
}

/** "tăng 5,3 điểm so với năm 2022 (60,2 điểm, theo kết quả Bộ công bố)". */
export function changeText(points: number, lastYear: LastYearTotal | null): string {
  if (!lastYear) return "chưa có tổng điểm năm trước để so sánh";
  const diff = Math.round((points - lastYear.points) * 100) / 100;
  const base = `năm ${lastYear.year} (${formatPointsVi(lastYear.points)} điểm, ${sourceText[lastYear.source]})`;
  if (diff === 0) return `không đổi so với ${base}`;
  return `${diff > 0 ? "tăng" : "giảm"} ${formatPointsVi(Math.abs(diff))} điểm so với ${base}`;
}

/**
 * "ước tính hạng 35 (trong khoảng 30–40) theo 20 tỉnh đã công bố năm 2022", "hạng 35/63 theo
 * điểm công bố năm 2022 của 62 tỉnh, thành phố khác", or "chưa ước tính được …".
 */
export function rankText(rank: Standing["rank"]): string {
  if (!rank) return "chưa ước tính được (chưa có điểm công bố của các tỉnh, thành phố để so sánh)";
  if (rank.exact)
    return `hạng ${rank.rank}/${rank.provinceCount} theo điểm công bố năm ${rank.year} của ${rank.basedOn} tỉnh, thành phố khác`;
  const range = rank.best === rank.worst ? "" : ` (trong khoảng ${rank.best}–${rank.worst})`;
  return `ước tính hạng ${rank.rank}/${rank.provinceCount}${range} theo ${formatNumberVi(rank.basedOn)} tỉnh đã công bố điểm và thứ hạng năm ${rank.year}`;
}
