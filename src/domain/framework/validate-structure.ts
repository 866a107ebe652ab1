// Checks of a framework's structure that need no formula: duplicate codes, references between
// its parts, points that must add up, band tables without gaps, years that must not overlap.
import type { FrameworkDef } from "./schema.js";
import { toHundredths } from "./scoring.js";

export interface StructureProblem {
  path: (string | number)[];
  indicator?: string;
  message: string;
}

const fmt = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });

function duplicates<T>(items: T[], key: (item: T) => string, path: (string | number)[], label: string) {
  const seen = new Set<string>();
  const problems: StructureProblem[] = [];
  items.forEach((item, index) => {
    const code = key(item);
    if (seen.has(code))
      problems.push({ path: [...path, index, "code"], message: `Trùng mã ${label} “${code}”` });
    seen.add(code);
  });
  return problems;
}

export function validateStructure(def: FrameworkDef): StructureProblem[] {
  const problems: StructureProblem[] = [
    ...duplicates(def.dataElements, (e) => e.code, ["dataElements"], "số liệu"),
    ...duplicates(def.indicators, (i) => i.code, ["indicators"], "chỉ số"),
    ...duplicates(def.editions, (e) => e.code, ["editions"], "phiên bản áp dụng"),
    ...duplicates(def.sources, (s) => s.id, ["sources"], "nguồn"),
  ];
  const sourceIds = new Set(def.sources.map((s) => s.id));
  const checkSources = (sources: string[] | undefined, path: (string | number)[], indicator?: string) => {
    sources?.forEach((id, i) => {
      if (!sourceIds.has(id))
        problems.push({
          path: [...path, "sources", i],
          indicator,
          message: `Không có nguồn “${id}” trong sources`,
        });
    });
  };
  def.dataElements.forEach((e, i) => {
    checkSources(e.sources, ["dataElements", i], e.code);
  });
  def.indicators.forEach((ind, i) => {
    checkSources(ind.sources, ["indicators", i], ind.code);
  });
  const indicatorByCode = new Map(def.indicators.map((i) => [i.code, i]));

  def.editions.forEach((edition, e) => {
    const at = (...rest: (string | number)[]) => ["editions", e, ...rest];
    checkSources(edition.sources, at());
    problems.push(...duplicates(edition.groups, (g) => g.code, at("groups"), "nhóm"));
    problems.push(...duplicates(edition.indicators, (i) => i.code, at("indicators"), "chỉ số"));
    if (edition.years.to !== undefined && edition.years.to < edition.years.from) {
      problems.push({ path: at("years", "to"), message: "Năm kết thúc trước năm bắt đầu" });
    }
    const groupTotal = edition.groups.reduce((sum, g) => sum + g.points, 0);
    if (toHundredths(groupTotal) !== toHundredths(edition.totalPoints)) {
      problems.push({
        path: at("totalPoints"),
        message: `Điểm các nhóm cộng lại được ${fmt(groupTotal)}, không bằng tổng điểm ${fmt(edition.totalPoints)}`,
      });
    }
    const groups = new Map(edition.groups.map((g) => [g.code, g]));
    edition.indicators.forEach((entry, i) => {
      const indicator = indicatorByCode.get(entry.code);
      if (!indicator) {
        problems.push({
          path: at("indicators", i, "code"),
          indicator: entry.code,
          message: `Không có chỉ số “${entry.code}” trong indicators`,
        });
        return;
      }
      const group = groups.get(indicator.group);
      if (!group) {
        problems.push({
          path: at("indicators", i, "code"),
          indicator: entry.code,
          message: `Chỉ số thuộc nhóm “${indicator.group}”, phiên bản này không có nhóm đó`,
        });
      } else if (
        indicator.criteriaGroup &&
        !group.criteriaGroups.some((c) => c.code === indicator.criteriaGroup)
      ) {
        problems.push({
          path: at("indicators", i, "code"),
          indicator: entry.code,
          message: `Nhóm “${group.code}” không có nhóm tiêu chí “${indicator.criteriaGroup}”`,
        });
      }
      if (!indicator.formula && entry.scoring.type !== "external") {
        problems.push({
          path: at("indicators", i, "scoring", "type"),
          indicator: entry.code,
          message: "Chỉ số không có công thức chỉ có thể chấm theo điểm từ bên ngoài (external)",
        });
      }
      if (entry.scoring.type === "bands")
        problems.push(...bandGaps(entry.scoring.bands, at("indicators", i, "scoring", "bands"), entry.code));
    });
    for (const group of edition.groups) {
      const members = edition.indicators.filter((i) => indicatorByCode.get(i.code)?.group === group.code);
      const stated = members.filter((m) => m.points !== undefined);
      const statedSum = stated.reduce((sum, m) => sum + (m.points ?? 0), 0);
      const allStated = stated.length === members.length;
      const over = toHundredths(statedSum) > toHundredths(group.points);
      const short = allStated && toHundredths(statedSum) !== toHundredths(group.points);
      if (members.length === 0) {
        problems.push({
          path: at("groups", edition.groups.indexOf(group)),
          message: `Nhóm “${group.code}” không có chỉ số nào`,
        });
      } else if (over || short) {
        problems.push({
          path: at("groups", edition.groups.indexOf(group), "points"),
          message: `Điểm các chỉ số nhóm “${group.code}” cộng lại được ${fmt(statedSum)}, không bằng ${fmt(group.points)} điểm của nhóm`,
        });
      }
    }
    edition.notAssessed?.codes.forEach((code, i) => {
      if (!edition.indicators.some((x) => x.code === code)) {
        problems.push({
          path: at("notAssessed", "codes", i),
          indicator: code,
          message: `Chỉ số “${code}” không có trong phiên bản này`,
        });
      }
    });
    const mins = edition.bands.map((b) => b.min);
    if (new Set(mins).size !== mins.length)
      problems.push({ path: at("bands"), message: "Hai mức xếp loại có cùng điểm tối thiểu" });
  });
  problems.push(...overlappingYears(def));
  return problems;
}

function bandGaps(
  bands: { from: number; to: number }[],
  path: (string | number)[],
  indicator: string,
): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const order = bands.map((b, i) => ({ ...b, i })).sort((a, b) => a.from - b.from);
  order.forEach((band, k) => {
    if (band.to <= band.from)
      problems.push({
        path: [...path, band.i],
        indicator,
        message: `Khoảng [${fmt(band.from)}; ${fmt(band.to)}) rỗng`,
      });
    const next = order[k + 1];
    if (!next) return;
    if (next.from > band.to) {
      problems.push({
        path: [...path, next.i, "from"],
        indicator,
        message: `Bảng điểm bị hở từ ${fmt(band.to)} đến ${fmt(next.from)}`,
      });
    } else if (next.from < band.to) {
      problems.push({
        path: [...path, next.i, "from"],
        indicator,
        message: `Khoảng bắt đầu từ ${fmt(next.from)} chồng lên khoảng trước (đến ${fmt(band.to)})`,
      });
    }
  });
  return problems;
}

function overlappingYears(def: FrameworkDef): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const span = (e: FrameworkDef["editions"][number]) =>
    [e.years.from, e.years.to ?? Number.POSITIVE_INFINITY] as const;
  def.editions.forEach((a, i) => {
    def.editions.slice(i + 1).forEach((b, j) => {
      const [aFrom, aTo] = span(a);
      const [bFrom, bTo] = span(b);
      if (aFrom <= bTo && bFrom <= aTo) {
        problems.push({
          path: ["editions", i + j + 1, "years"],
          message: `Năm áp dụng trùng với phiên bản “${a.code}”`,
        });
      }
    });
  });
  return problems;
}
