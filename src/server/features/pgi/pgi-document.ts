// The green index (PGI) as the leader's brief and the plans' synthesis print it: the province's
// latest result up to the document's year (score, rank, each sub-index with its rank, the region
// place) against the year before, ranks computed here marked so, a merged province's former
// provinces side by side with one sentence on the merger, and the targets with their distance.
// Everything is read from the PGI page's overview (`buildPgiOverview`): nothing is computed a
// second way. Pure: overview in, document blocks out.
import type { PgiOverview, PgiRank, PgiTarget, PgiYearRow } from "../../../contracts/pgi.js";
import { pgiParts } from "../../../contracts/pgi.js";
import { provinceByCode } from "../../../domain/org/provinces.js";
import { clippedAtWordVi, formatDateVi, withStop } from "../../../domain/text/format-vi.js";
import type { Block, Cell, Inline } from "../../documents/model.js";

export interface PgiDocumentUnit {
  code: string;
  /** As the table heads it: a former province named like the new one is "(cũ)". */
  name: string;
  former: boolean;
  row: PgiYearRow;
  /** The same province's result of the latest earlier year, to compare with. */
  previous: PgiYearRow | null;
}

export interface PgiDocumentSection {
  /** The province's name as tables write it ("Hồ Chí Minh"). */
  province: string;
  /** Its official name ("Thành phố Hồ Chí Minh"), for the sentence on the merger. */
  officialName: string;
  /** The year shown: the latest with a result not after the document's year; null when none. */
  year: number | null;
  /** The document's year, for the sentence that says nothing was published yet. */
  upTo: number;
  units: PgiDocumentUnit[];
  /**
   * Said when the units shown are the former provinces of a merged one: all of them, and those
   * without any result up to the year.
   */
  merger: { date: string; formers: string[]; without: string[] } | null;
  /** What VCCI published of the year's edition (e.g. only the top 30 ranked). */
  edition: { rankedCount: number | null; note: string | null } | null;
  partNames: Record<string, string>;
  targets: PgiTarget[];
}

const dash = "—";
const hasFigure = (r: PgiYearRow) => r.total.score !== null || r.parts.some((p) => p.figure.score !== null);
/** VCCI's two decimals, kept: 24,20 as published, not 24,2. */
const points = (n: number) =>
  n.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : ""}${points(Math.abs(n))}`;

/**
 * The PGI section of a document of `upTo`'s year, from the overview of the province it is about;
 * `targets` narrows the overview's targets (a plan's synthesis shows that plan's). Null when
 * there is neither a result up to that year nor a target.
 */
export function pgiDocumentSection(
  overview: PgiOverview,
  upTo: number,
  targets: PgiTarget[] = overview.targets,
): PgiDocumentSection | null {
  const known = overview.rows.filter((r) => r.year <= upTo && hasFigure(r));
  const year = known.length ? Math.max(...known.map((r) => r.year)) : null;
  if (year === null && targets.length === 0) return null;
  const nameOf = (unit: PgiOverview["units"][number]) =>
    unit.former && unit.name === overview.province.name ? `${unit.name} (cũ)` : unit.name;
  const latestOf = (code: string, before: number | null) => {
    const rows = known.filter((r) => r.unitCode === code && (before === null || r.year < before));
    return rows.length ? rows.reduce((a, b) => (b.year > a.year ? b : a)) : null;
  };
  const unitOf = (unit: PgiOverview["units"][number], row: PgiYearRow): PgiDocumentUnit => ({
    code: unit.code,
    name: nameOf(unit),
    former: unit.former,
    row,
    previous: latestOf(unit.code, row.year),
  });
  // The province's own result of the year; else (a year before a merger) each former province's
  // latest result up to it, side by side.
  const own = overview.units.find(
    (u) => !u.former && known.some((r) => r.year === year && r.unitCode === u.code),
  );
  const formers = overview.units.filter((u) => u.former);
  const units: PgiDocumentUnit[] =
    year === null
      ? []
      : own
        ? [unitOf(own, known.find((r) => r.year === year && r.unitCode === own.code)!)]
        : formers.flatMap((u) => {
            const row = latestOf(u.code, null);
            return row ? [unitOf(u, row)] : [];
          });
  const edition = overview.editions.find((e) => e.year === year);
  return {
    province: overview.province.name,
    officialName: provinceByCode(overview.province.code)?.name ?? overview.province.name,
    year,
    upTo,
    units,
    merger:
      overview.merger && units.some((u) => u.former)
        ? {
            date: overview.merger.date,
            formers: formers.map(nameOf),
            without: formers.filter((f) => !units.some((u) => u.code === f.code)).map(nameOf),
          }
        : null,
    edition: edition ? { rankedCount: edition.rankedCount, note: edition.note } : null,
    partNames: Object.fromEntries(overview.subIndices.map((s) => [s.part, s.name])),
    targets,
  };
}

/** "8/63"; a rank computed here "12/63*", or its range "10–14/63*" when the data leaves several. */
export function rankLabel(rank: PgiRank): string {
  const place = rank.exact || rank.best === rank.worst ? `${rank.value}` : `${rank.best}–${rank.worst}`;
  return `${place}/${rank.of}${rank.basis === "computed" ? "*" : ""}`;
}

/** "23,47 – hạng 8/63"; a score without a place is the score alone. */
function figureText(score: number | null, rank: PgiRank | null): string {
  if (score === null) return dash;
  return rank ? `${points(score)} – hạng ${rankLabel(rank)}` : points(score);
}

/** "tăng 11 bậc", only between two certain places among the same number of provinces. */
function placesMoved(now: PgiRank | null, before: PgiRank | null): string | null {
  if (!now || !before || now.of !== before.of) return null;
  if (!(now.exact || now.best === now.worst) || !(before.exact || before.best === before.worst)) return null;
  const moved = before.value - now.value;
  return moved === 0 ? "giữ nguyên hạng" : `${moved > 0 ? "tăng" : "giảm"} ${Math.abs(moved)} bậc`;
}

function changeText(
  now: { score: number | null; rank: PgiRank | null },
  before: { score: number | null; rank: PgiRank | null } | null,
): string {
  if (!before || now.score === null || before.score === null) return dash;
  const score = `${signed(Math.round((now.score - before.score) * 100) / 100)} điểm`;
  const places = placesMoved(now.rank, before.rank);
  return places ? `${score}; ${places}` : score;
}

interface Line {
  label: string;
  figure: (r: PgiYearRow) => { score: number | null; rank: PgiRank | null };
}

function lines(s: PgiDocumentSection): Line[] {
  return [
    { label: "Tổng điểm PGI (tối đa 40 điểm)", figure: (r) => r.total },
    ...pgiParts.map((part, i) => ({
      label: `${i + 1}. ${s.partNames[part] ?? part}`,
      figure: (r: PgiYearRow) => r.parts.find((p) => p.part === part)?.figure ?? { score: null, rank: null },
    })),
  ];
}

/** The results table: one province with the year before and the change, or several side by side. */
function resultsTable(s: PgiDocumentSection, fontSize: number): Block {
  // Former provinces of different regions each name theirs ("3/5* (Tây Nguyên)").
  const regionNames = [...new Set(s.units.flatMap((u) => (u.row.region ? [u.row.region.name] : [])))];
  const regionLabel =
    regionNames.length === 1 ? `Thứ hạng trong vùng ${regionNames[0]}` : "Thứ hạng trong vùng";
  const regionCell = (r: PgiYearRow | null) =>
    !r?.region ? dash : `${rankLabel(r.region.rank)}${regionNames.length > 1 ? ` (${r.region.name})` : ""}`;
  const centred = (runs: Inline[]): Cell => ({ runs, align: "center" });
  if (s.units.length === 1) {
    const { row, previous } = s.units[0]!;
    const withPrevious = previous !== null;
    return {
      type: "table",
      fontSize,
      columns: [
        { header: "Chỉ số", width: withPrevious ? 40 : 60 },
        { header: `Năm ${row.year}`, width: 20, align: "center" },
        ...(withPrevious
          ? [
              { header: `Năm ${previous.year}`, width: 20, align: "center" as const },
              { header: "Thay đổi", width: 20, align: "center" as const },
            ]
          : []),
      ],
      rows: [
        ...lines(s).map((l): Cell[] => [
          l.label,
          centred([figureText(l.figure(row).score, l.figure(row).rank)]),
          ...(withPrevious
            ? [
                centred([figureText(l.figure(previous).score, l.figure(previous).rank)]),
                centred([changeText(l.figure(row), l.figure(previous))]),
              ]
            : []),
        ]),
        [
          regionLabel,
          centred([regionCell(row)]),
          ...(withPrevious
            ? [
                centred([regionCell(previous)]),
                centred([placesMoved(row.region?.rank ?? null, previous.region?.rank ?? null) ?? dash]),
              ]
            : []),
        ],
      ],
    };
  }
  // Former provinces side by side: each cell this year's figure, the year before's under it.
  const width = Math.floor(64 / s.units.length);
  const cell = (now: string, before: string | null): Cell =>
    centred(before === null ? [now] : [now, "\n", { text: before, italic: true }]);
  return {
    type: "table",
    fontSize,
    columns: [
      { header: "Chỉ số", width: 100 - width * s.units.length },
      ...s.units.map((u) => ({
        header: u.row.year === s.year ? u.name : `${u.name} (năm ${u.row.year})`,
        width,
        align: "center" as const,
      })),
    ],
    rows: [
      ...lines(s).map((l): Cell[] => [
        l.label,
        ...s.units.map((u) => {
          const before = u.previous ? l.figure(u.previous) : null;
          return cell(
            figureText(l.figure(u.row).score, l.figure(u.row).rank),
            before && before.score !== null
              ? `năm ${u.previous!.year}: ${figureText(before.score, before.rank)}`
              : null,
          );
        }),
      ]),
      [
        regionLabel,
        ...s.units.map((u) =>
          cell(
            regionCell(u.row),
            u.previous?.region ? `năm ${u.previous.year}: ${regionCell(u.previous)}` : null,
          ),
        ),
      ],
    ],
  };
}

/** "Năm 2023, Bà Rịa - Vũng Tàu đạt 23,47/40 điểm, xếp hạng 8/63 …": one province's headline. */
function headline(s: PgiDocumentSection, unit: PgiDocumentUnit): string {
  const { row, previous } = unit;
  const { score, rank } = row.total;
  if (score === null) {
    const ranked = s.edition?.rankedCount;
    // Only an edition that ranked part of the provinces says VCCI did not publish them.
    return ranked
      ? `Năm ${row.year}, VCCI công bố điểm các chỉ số thành phần của ${unit.name}, không công bố tổng điểm và thứ hạng (chỉ xếp hạng ${ranked} tỉnh, thành phố đứng đầu).`
      : `Năm ${row.year}, ${unit.name} có điểm các chỉ số thành phần; chưa có tổng điểm và thứ hạng.`;
  }
  const parts = [`Năm ${row.year}, ${unit.name} đạt ${points(score)}/40 điểm`];
  if (rank)
    parts.push(
      rank.basis === "published"
        ? `xếp hạng ${rank.value}/${rank.of}`
        : rank.exact || rank.best === rank.worst
          ? `xếp hạng ${rank.value}/${rank.of} (do PEPI Hub tính từ điểm công bố, chưa có hạng VCCI công bố)`
          : `trong khoảng hạng ${rank.best}–${rank.worst}/${rank.of} (do PEPI Hub tính từ điểm công bố, chưa có hạng VCCI công bố)`,
    );
  if (previous && previous.total.score !== null) {
    // "tăng 11 bậc và 8,05 điểm", "tăng 2 bậc nhưng giảm 0,30 điểm".
    const moved = placesMoved(rank, previous.total.rank);
    const diff = Math.round((score - previous.total.score) * 100) / 100;
    const way = diff > 0 ? "tăng" : "giảm";
    const scoreMove = diff === 0 ? "giữ nguyên điểm" : `${way} ${points(Math.abs(diff))} điểm`;
    const both = !moved
      ? scoreMove
      : diff === 0 || moved.startsWith("giữ")
        ? `${moved}, ${scoreMove}`
        : moved.startsWith(way)
          ? `${moved} và ${points(Math.abs(diff))} điểm`
          : `${moved} nhưng ${scoreMove}`;
    parts.push(`${both} so với năm ${previous.year}`);
  }
  if (row.region) {
    const r = row.region.rank;
    const place = r.exact || r.best === r.worst ? `${r.value}` : `${r.best}–${r.worst}`;
    parts.push(
      `đứng thứ ${place}/${r.of} tỉnh, thành phố vùng ${row.region.name} (PEPI Hub tính từ điểm công bố)`,
    );
  }
  return `${parts.join(", ")}.`;
}

/** "A, B và C". */
const joined = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} và ${names.at(-1)}`;

/** What the marks and the year's edition say, in one note under the table. */
function notes(s: PgiDocumentSection): string | null {
  const said: string[] = [];
  const ranks = s.units.flatMap((u) =>
    [u.row, u.previous].flatMap((r) =>
      r ? [r.total.rank, ...r.parts.map((p) => p.figure.rank), r.region?.rank ?? null] : [],
    ),
  );
  if (ranks.some((r) => r?.basis === "computed"))
    said.push(
      "(*) Hạng do PEPI Hub tính từ điểm VCCI công bố của các tỉnh, thành phố, không phải hạng VCCI công bố; khi các điểm đã công bố chưa đủ để xác định một hạng thì ghi khoảng hạng có thể.",
    );
  for (const u of s.units)
    if (u.row.sumGap !== null)
      said.push(
        `Tổng điểm năm ${u.row.year} của ${u.name} do VCCI công bố khác tổng bốn chỉ số thành phần (chênh ${signed(u.row.sumGap)} điểm); giữ nguyên số công bố.`,
      );
  if (s.edition?.note) said.push(`Năm ${s.year}: ${s.edition.note}`);
  return said.length ? `Ghi chú: ${said.join(" ")}` : null;
}

const partShort = (part: string) => (part === "total" ? "Tổng PGI" : `Chỉ số thành phần ${part.slice(3)}`);

function targetWanted(t: PgiTarget): string {
  const value = t.measure === "rank" ? `hạng ${t.value}` : `${points(t.value)} điểm`;
  return `${partShort(t.part)}: ${value} năm ${t.year}`;
}

function targetCurrent(t: PgiTarget): string {
  if (!t.current) return "chưa có";
  const value = t.measure === "rank" ? `hạng ${t.current.value}` : `${points(t.current.value)} điểm`;
  return `${value} (năm ${t.current.year})`;
}

function targetGap(t: PgiTarget): string {
  if (t.gap === null) return dash;
  if (t.gap <= 0) return "đã đạt";
  return t.measure === "rank" ? `cần tăng ${t.gap} bậc` : `còn thiếu ${points(t.gap)} điểm`;
}

function targetNeeded(t: PgiTarget): string {
  const n = t.scoreNeeded;
  if (!n) return dash;
  const sure = n.sure !== null && n.sure > n.likely ? `; chắc chắn từ ${points(n.sure)}` : "";
  return `khoảng ${points(n.likely)} điểm${sure} (hạng ${n.rank}/${n.provinceCount} theo điểm năm ${n.year})`;
}

function targetsBlocks(
  s: PgiDocumentSection,
  style: { size?: number; tableFont: number; maxTargets: number },
): Block[] {
  if (s.targets.length === 0) return [];
  const shown = s.targets.slice(0, style.maxTargets);
  const more = s.targets.length - shown.length;
  // Each sentence once, however many targets it was said of.
  const notesSaid = [
    ...new Set(s.targets.flatMap((t) => (t.note ? t.note.split(/(?<=\.)\s+/).map((n) => n.trim()) : []))),
  ];
  const source = (t: PgiTarget) =>
    t.source === "plan" && t.planTitle ? clippedAtWordVi(t.planTitle, 70) : "đặt tại trang PGI";
  const centred = (text: string): Cell => ({ runs: [text], align: "center" });
  return [
    {
      type: "paragraph",
      size: style.size,
      keepWithNext: true,
      runs: [
        `Mục tiêu PGI và khoảng cách so với kết quả công bố gần nhất; điểm cần đạt một thứ hạng được ước tính theo điểm các tỉnh, thành phố khác đã công bố${more > 0 ? ` (nêu ${shown.length} trong ${s.targets.length} mục tiêu)` : ""}:`,
      ],
    },
    {
      type: "table",
      fontSize: style.tableFont,
      columns: [
        { header: "Mục tiêu", width: 34 },
        { header: "Hiện tại", width: 18, align: "center" },
        { header: "Khoảng cách", width: 16, align: "center" },
        { header: "Điểm cần đạt", width: 32, align: "center" },
      ],
      rows: shown.map((t) => [
        { runs: [targetWanted(t), "\n", { text: `(${source(t)})`, italic: true }] },
        centred(targetCurrent(t)),
        centred(targetGap(t)),
        centred(targetNeeded(t)),
      ]),
    },
    ...(notesSaid.length
      ? [
          {
            type: "paragraph" as const,
            size: style.size,
            runs: [{ text: `Ghi chú: ${notesSaid.map(withStop).join(" ")}`, italic: true }],
          },
        ]
      : []),
  ];
}

/**
 * The section's blocks in the document's own style: a sentence (the headline, or the merger),
 * the results table, a note on computed ranks and the edition, then the targets.
 */
export function pgiSectionBlocks(
  s: PgiDocumentSection,
  style: { size?: number; tableFont: number; maxTargets?: number },
): Block[] {
  const paragraph = (runs: Inline[]): Block => ({ type: "paragraph", runs, size: style.size });
  const blocks: Block[] = [];
  if (s.year === null || s.units.length === 0)
    blocks.push(
      paragraph([`VCCI chưa công bố kết quả Chỉ số Xanh cấp tỉnh của ${s.province} đến năm ${s.upTo}.`]),
    );
  else {
    if (s.merger) {
      // Each former province's latest result: the year said where it is not the section's.
      const earlier = s.units.filter((u) => u.row.year !== s.year);
      const which = earlier.length
        ? `kết quả PGI gần nhất của từng tỉnh, thành phố cũ (năm ${s.year}; ${earlier.map((u) => `${u.name} năm ${u.row.year}`).join("; ")})`
        : `kết quả PGI năm ${s.year} của từng tỉnh, thành phố cũ`;
      const without = s.merger.without.length
        ? `; VCCI chưa công bố kết quả của ${joined(s.merger.without)}`
        : "";
      blocks.push(
        paragraph([
          `Từ ngày ${formatDateVi(s.merger.date)}, ${s.officialName} được hình thành từ ${joined(s.merger.formers)}; ${which} được nêu cạnh nhau, không cộng hay tính bình quân${without}.`,
        ]),
      );
    } else blocks.push(paragraph([headline(s, s.units[0]!)]));
    blocks.push(resultsTable(s, style.tableFont));
    const note = notes(s);
    if (note) blocks.push({ type: "paragraph", size: style.size, runs: [{ text: note, italic: true }] });
  }
  blocks.push(...targetsBlocks(s, { ...style, maxTargets: style.maxTargets ?? 20 }));
  return blocks;
}
