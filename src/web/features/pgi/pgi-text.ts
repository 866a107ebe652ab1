// How the green index's figures read on the page: scores with two decimals (23,47), places as
// VCCI published them or marked as computed here (a range when the scores leave several), the
// change from the year before, and a target's distance.
import type { PgiOverview, PgiRank, PgiTarget, PgiTargetPart } from "../../../contracts/pgi.js";
import type { MessageKey, Translate } from "../../i18n/index.js";
import { formatNumber } from "../../lib/format.js";

export type PgiRow = PgiOverview["rows"][number];
export type PgiUnit = PgiOverview["units"][number];
export type PgiEdition = PgiOverview["editions"][number];
export type PgiSubIndex = PgiOverview["subIndices"][number];
export type PgiPart = PgiSubIndex["part"];

/** VCCI publishes two decimals: 23,47; 4,40. */
export const scoreText = (score: number | null | undefined) => formatNumber(score, 2);

/** "Tổng điểm PGI" or the sub-index's name in the PGI framework's words. */
export const partName = (t: Translate, part: PgiTargetPart) =>
  part === "total" ? t("pgi.part.total") : t(`published.partName.${part}` as MessageKey);

/** "1. Giảm thiểu ô nhiễm…": the name with its number, as the tabs and columns count them. */
export const numberedPartName = (t: Translate, part: PgiTargetPart) =>
  part === "total" ? t("pgi.part.total") : `${part.replace("PGI", "")}. ${partName(t, part)}`;

/** "Chỉ số thành phần 2": short, for tabs and columns. */
export const partShort = (t: Translate, part: PgiTargetPart) =>
  part === "total" ? t("pgi.part.total") : t("pgi.part.short", { n: part.replace("PGI", "") });

/** The place alone: "hạng 8/63"; a computed range "khoảng hạng 31 (30–35) trong 63 tỉnh". */
export function placeText(t: Translate, rank: PgiRank): string {
  if (rank.basis === "computed" && !rank.exact)
    return t("pgi.rank.range", { place: rank.value, best: rank.best, worst: rank.worst, of: rank.of });
  return t("pgi.rank.place", { place: rank.value, of: rank.of });
}

/** A place where room is short (a chart's label): "hạng 5/63", "khoảng hạng 46/63". */
export function shortPlaceText(t: Translate, rank: PgiRank): string {
  return rank.basis === "computed" && !rank.exact
    ? t("pgi.rank.about", { place: rank.value, of: rank.of })
    : t("pgi.rank.place", { place: rank.value, of: rank.of });
}

/** A place with its mark: VCCI's, computed from the published scores, or none published. */
export function rankText(t: Translate, rank: PgiRank | null): string {
  if (!rank) return t("pgi.rank.none");
  return rank.basis === "computed"
    ? `${placeText(t, rank)} (${t("pgi.rank.computedMark")})`
    : placeText(t, rank);
}

/** The change of score from the year before: "+0,03", "−0,50", "không đổi". */
export function scoreChangeText(t: Translate, now: number | null, before: number | null): string | null {
  if (now === null || before === null) return null;
  const change = Math.round((now - before) * 100) / 100;
  if (change === 0) return t("pgi.change.sameScore");
  return `${change > 0 ? "+" : "−"}${scoreText(Math.abs(change))}`;
}

/**
 * The change of place: "tăng 11 bậc", "giảm 2 bậc", "giữ nguyên"; only between two rankings of
 * the same provinces (63 and 34 are not one scale). A place known only within a range gives a
 * range of change ("tăng 11–20 bậc"), or says it cannot tell when the range crosses no change.
 */
export function placeChangeText(t: Translate, now: PgiRank | null, before: PgiRank | null): string | null {
  if (!now || !before) return null;
  if (now.of !== before.of) return t("pgi.change.otherScale", { before: before.of, now: now.of });
  const least = before.best - now.worst;
  const most = before.worst - now.best;
  const computed = now.basis === "computed" || before.basis === "computed";
  if (least === most) {
    const text =
      least === 0
        ? t("pgi.change.samePlace")
        : t(least > 0 ? "pgi.change.up" : "pgi.change.down", { n: Math.abs(least) });
    return computed ? t("pgi.change.computed", { text }) : text;
  }
  if (least > 0) return t("pgi.change.upRange", { from: least, to: most });
  if (most < 0) return t("pgi.change.downRange", { from: -most, to: -least });
  return t("pgi.change.unknown");
}

/** "còn thiếu 0,50 điểm", "cần tăng 17 bậc", "đã đạt". */
export function gapText(t: Translate, target: PgiTarget): string {
  if (target.gap === null || !target.current) return t("pgi.target.noCurrent");
  if (target.gap <= 0) return t("pgi.target.reached");
  return target.measure === "score"
    ? t("pgi.target.gapScore", { gap: scoreText(target.gap) })
    : t("pgi.target.gapRank", { gap: formatNumber(target.gap) });
}

/** "Để đạt hạng 15 cần khoảng 3,90 điểm theo kết quả năm 2024 (chắc chắn từ 4,10 điểm; …)". */
export function scoreNeededText(t: Translate, target: PgiTarget): string | null {
  const needed = target.scoreNeeded;
  if (target.measure !== "rank" || !needed) return null;
  const basis =
    needed.basedOn === needed.provinceCount
      ? t("pgi.target.basedOnAll", { count: needed.basedOn })
      : t("pgi.target.basedOn", { count: needed.basedOn, of: needed.provinceCount });
  const sure =
    needed.sure === null
      ? t("pgi.target.notSure", { basis })
      : t("pgi.target.sure", { sure: scoreText(needed.sure), basis });
  const args = { likely: scoreText(needed.likely), year: needed.year, sure };
  // A place among the 34 read on the 63 of the latest year: the place it corresponds to is said.
  return needed.rank === target.value
    ? t("pgi.target.scoreNeeded", { ...args, place: formatNumber(needed.rank) })
    : t("pgi.target.scoreNeededConverted", {
        ...args,
        place: formatNumber(target.value),
        of: target.year >= 2025 ? 34 : 63,
        converted: formatNumber(needed.rank),
        convertedOf: needed.provinceCount,
      });
}

/** What VCCI published of a year, when it did not rank every province. */
export function editionNote(editions: PgiEdition[], year: number): string | null {
  const edition = editions.find((e) => e.year === year);
  return edition?.rankedCount ? edition.note : null;
}

/** A former province is "(cũ)", the merged one "(mới)": both may bear the same name. */
export function unitName(t: Translate, unit: PgiUnit, merged: boolean): string {
  if (!merged) return unit.name;
  return t(unit.former ? "pgi.unit.former" : "pgi.unit.merged", { name: unit.name });
}

/** The rows of one province of the registry, oldest year first. */
export const rowsOf = (rows: PgiRow[], unitCode: string) =>
  rows.filter((r) => r.unitCode === unitCode).sort((a, b) => a.year - b.year);

/** The figure of a sub-index (or the total) in a row. */
export function figureOf(row: PgiRow | undefined, part: PgiTargetPart) {
  if (!row) return null;
  return part === "total" ? row.total : (row.parts.find((p) => p.part === part)?.figure ?? null);
}
