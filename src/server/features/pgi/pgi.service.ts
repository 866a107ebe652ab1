// The green index (PGI) of one province: its results of every year with the ranks VCCI published
// or computed here (marked so), its place in its region, the former provinces of a merged
// province side by side (never summed or averaged), the targets of the plans and of this page
// with their distance, and per sub-index every province's scores, the best, the plans' tasks
// that serve it and the PEPI indicators that measure related facts.
import { randomUUID } from "node:crypto";
import type {
  PgiOverview,
  PgiPageTarget,
  PgiTarget,
  PgiTargetPart,
  PgiYearRow,
} from "../../../contracts/pgi.js";
import { pgiParts } from "../../../contracts/pgi.js";
import { type Actor, can } from "../../../domain/auth/permissions.js";
import { mergerEffectiveDate } from "../../../domain/org/province-merger.js";
import { type Province, provinceByCode, provincesOf, regions } from "../../../domain/org/provinces.js";
import { pgiEditions } from "../../../domain/pgi/editions.js";
import { pgiMaxScore, rankOf, regionRankOf, scoreForRank, sumGap } from "../../../domain/pgi/pgi-ranks.js";
import { relatedFramework, relatedIndicators } from "../../../domain/pgi/related-indicators.js";
import { pgiPartOfSection } from "../../../domain/pgi/section-part.js";
import type { Db } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import { type MeasureCatalogue, measureCatalogue } from "../plans/plan-measures.js";
import type { PublishedRow } from "../published/published.repo.js";
import { provinceCodeOf, provinceCountFor, scoresOf } from "../published/published.service.js";
import { ownProvince, pepiCycles } from "../standing/standing.service.js";
import * as repo from "./pgi.repo.js";

type Part = (typeof pgiParts)[number];
type Parts = Record<string, number | null>;
/** Every province's PGI rows (the routes keep them in a read cache). */
export type PgiReader = () => Promise<PublishedRow[]>;

/** The province of the 34 the department works for now, when the registry knows it. */
export async function ownProvinceNow(db: Db): Promise<Province | undefined> {
  const { own } = await ownProvince(db, await pepiCycles(db));
  if (!own) return undefined;
  return own.era === "34" ? own : own.successorCode ? provinceByCode(own.successorCode) : undefined;
}

/**
 * The provinces whose results the page shows. A province of the 34 made of several shows each
 * former province's results to 2024 and its own from 2025; one that was not merged is one
 * province whatever its era; a province of the 63 is itself.
 */
function unitsOf(province: Province) {
  if (province.era === "63")
    return { units: [{ province, former: false }], alias: new Map<string, string>() };
  const formers = provincesOf("63").filter((p) => p.successorCode === province.code);
  if (formers.length <= 1)
    return {
      units: [{ province, former: false }],
      alias: new Map(formers.map((f) => [f.code, province.code])),
    };
  return {
    units: [...formers.map((f) => ({ province: f, former: true })), { province, former: false }],
    alias: new Map<string, string>(),
  };
}

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** What rests on the published rows alone: kept per set of rows read (the read cache's) and province. */
interface PublishedView {
  units: ReturnType<typeof unitsOf>["units"];
  years: number[];
  rows: PgiYearRow[];
  totals: PgiOverview["totals"];
  parts: Map<Part, { year: number | null; provinces: PgiOverview["totals"]["provinces"] }>;
}

const views = new WeakMap<PublishedRow[], Map<string, PublishedView>>();

function publishedView(all: PublishedRow[], province: Province): PublishedView {
  const byProvince = views.get(all) ?? new Map<string, PublishedView>();
  views.set(all, byProvince);
  const kept = byProvince.get(province.code);
  if (kept) return kept;
  const { units, alias } = unitsOf(province);
  const unitCodes = new Set([...units.map((u) => u.province.code), ...alias.keys()]);
  const byYear = new Map<number, PublishedRow[]>();
  for (const r of all) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const rows: PgiYearRow[] = [];
  for (const year of years) {
    const yearRows = byYear.get(year)!;
    for (const r of yearRows) {
      const code = provinceCodeOf(r);
      if (unitCodes.has(code))
        rows.push(yearRow(r, code, alias.get(code) ?? code, yearRows, provinceCountFor(year)));
    }
  }
  const latestWith = (part: Part | null) => {
    const known = all.filter((r) => (part ? (r.parts as Parts)[part] != null : r.totalScore !== null));
    return known.length ? Math.max(...known.map((r) => r.year)) : null;
  };
  const everyProvince = (year: number | null, part: Part | null) =>
    year === null
      ? []
      : (byYear.get(year) ?? [])
          .map((r) => {
            const code = provinceCodeOf(r);
            const score = part ? (r.parts as Parts)[part] : numberOrNull(r.totalScore);
            const rank = part ? ((r.partRanks as Parts)[part] ?? null) : r.rank;
            return {
              code,
              name: provinceByCode(code)?.shortName ?? r.province,
              score,
              rank,
              own: unitCodes.has(code),
            };
          })
          .filter((p): p is typeof p & { score: number } => p.score !== null && p.score !== undefined)
          .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "vi"));
  const totalsYear = latestWith(null);
  const view: PublishedView = {
    units,
    years,
    rows,
    totals: { year: totalsYear, provinces: everyProvince(totalsYear, null) },
    parts: new Map(
      pgiParts.map((part) => {
        const year = latestWith(part);
        return [part, { year, provinces: everyProvince(year, part) }];
      }),
    ),
  };
  if (byProvince.size < 200) byProvince.set(province.code, view);
  return view;
}

/** What the page reads besides the published rows, each kept by the routes while its tables stay. */
export interface PgiReaders {
  published: PgiReader;
  own?: () => Promise<Province | undefined>;
  catalogue?: () => Promise<MeasureCatalogue>;
}

export async function buildPgiOverview(
  db: Db,
  actor: Actor,
  asked: string | undefined,
  read: PgiReader | PgiReaders,
): Promise<PgiOverview> {
  const readers = typeof read === "function" ? { published: read } : read;
  const own = await (readers.own ?? (() => ownProvinceNow(db)))();
  const province = asked ? provinceByCode(asked) : own;
  if (!province) throw notFound("province");
  // Independent reads, asked for together.
  const [all, catalogue, tasks, planTargets, pageTargetRows] = await Promise.all([
    readers.published(),
    (readers.catalogue ?? (() => measureCatalogue(db)))(),
    repo.listPlanTasks(db),
    repo.listPlanPgiTargets(db),
    repo.listPageTargets(db, province.code),
  ]);
  const { units, years, rows, totals, parts } = publishedView(all, province);
  const partOfTarget = new Map(planTargets.map((t) => [t.id, t.measureRef]));

  const subIndices = pgiParts.map((part) => {
    const { year, provinces } = parts.get(part)!;
    // A task serves the sub-index it names, the targets on it it serves, or the section about it.
    const serving = tasks.filter(
      (t) =>
        (t.measures as string[]).includes(part) ||
        (t.targetIds as string[]).some((id) => partOfTarget.get(id) === part) ||
        pgiPartOfSection(t.sectionTitle) === part,
    );
    const agencyCounts = new Map<string, number>();
    for (const t of serving)
      for (const name of t.leads) agencyCounts.set(name, (agencyCounts.get(name) ?? 0) + 1);
    return {
      part,
      name: catalogue.pgiParts.get(part) ?? part,
      year,
      provinces,
      tasks: serving.map((t) => ({
        planId: t.planId,
        planTitle: t.planTitle,
        planStatus: t.planStatus,
        place: `${t.section}${t.letter ? `.${t.letter}` : ""}`,
        body: t.body,
        leadAgencies: t.leads,
        deadline: t.deadline,
        recurring: t.recurring,
      })),
      agencies: [...agencyCounts]
        .map(([name, count]) => ({ name, tasks: count }))
        .sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, "vi")),
      indicators: relatedIndicators[part].flatMap((code) => {
        const ref = `${relatedFramework}:${code}`;
        const indicator = catalogue.indicators.get(ref);
        return indicator ? [{ ref, code, name: indicator.label }] : [];
      }),
    };
  });

  const pageTargets = pageTargetRows.map(pageTargetOf);
  const merged = units.some((u) => u.former);
  const targets = targetsOf(
    planTargets,
    province,
    own,
    pageTargets,
    all,
    rows.filter((r) => r.unitCode === province.code),
    merged,
  );
  const formers = units.filter((u) => u.former);
  return {
    province: { code: province.code, name: province.shortName, era: province.era },
    ownCode: own?.code ?? null,
    units: units.map((u) => ({
      code: u.province.code,
      name: u.province.shortName,
      era: u.province.era,
      former: u.former,
    })),
    merger: formers.length
      ? { date: mergerEffectiveDate, formers: formers.map((f) => f.province.shortName) }
      : null,
    years,
    latestYear: years.length ? years[years.length - 1]! : null,
    editions: pgiEditions
      .filter((e) => years.includes(e.year))
      .map((e) => ({ year: e.year, rankedCount: e.rankedCount, note: e.note, source: e.source })),
    rows,
    totals,
    subIndices,
    targets,
    pageTargets,
    canEditTargets: can(actor, "pgi.manageTargets") && province.code === own?.code,
  };
}

/** One year's results of one province, with its ranks published or computed and its region's place. */
function yearRow(
  r: PublishedRow,
  code: string,
  unitCode: string,
  yearRows: PublishedRow[],
  count: number,
): PgiYearRow {
  const parts = r.parts as Parts;
  const partRanks = r.partRanks as Parts;
  const total = numberOrNull(r.totalScore);
  const totals = scoresOf(yearRows, r.year);
  const province = provinceByCode(code);
  const members = province
    ? provincesOf(province.era)
        .filter((p) => p.region === province.region)
        .map((p) => p.code)
    : [];
  const regionRank = province ? regionRankOf(totals, members, code, total, count, pgiMaxScore(null)) : null;
  const components = Object.entries((r.components ?? {}) as Record<string, Record<string, number>>).flatMap(
    ([part, named]) =>
      (pgiParts as readonly string[]).includes(part)
        ? Object.entries(named).map(([name, score]) => ({ part: part as Part, name, score }))
        : [],
  );
  return {
    year: r.year,
    unitCode,
    total: { score: total, rank: rankOf(totals, code, total, r.rank, count, pgiMaxScore(null)) },
    parts: pgiParts.map((part) => {
      const score = parts[part] ?? null;
      return {
        part,
        figure: {
          score,
          rank: rankOf(scoresOf(yearRows, r.year, part), code, score, partRanks[part] ?? null, count, 10),
        },
      };
    }),
    sumGap: sumGap(
      total,
      pgiParts.map((p) => parts[p] ?? null),
    ),
    region: province && regionRank ? { name: regions[province.region], rank: regionRank } : null,
    components,
    sourceUrl: r.sourceUrl ?? "",
    notes: r.notes ?? null,
  };
}

function pageTargetOf(t: repo.PageTargetRow): PgiPageTarget {
  return {
    year: t.year,
    part: t.part as PgiTargetPart,
    score: numberOrNull(t.score),
    rank: t.rank,
    note: t.note,
  };
}

const planMeasures: Record<string, { part: "total" | "ref"; measure: "score" | "rank" }> = {
  pgi_total: { part: "total", measure: "score" },
  pgi_rank: { part: "total", measure: "rank" },
  pgi_part_score: { part: "ref", measure: "score" },
  pgi_part_rank: { part: "ref", measure: "rank" },
};

/**
 * Every target on the province's PGI with its latest figure (a rank VCCI did not publish computed,
 * and said so) and the distance to it.
 * Plans' targets are the department's own province's; a year's value counts when it lies after
 * the latest published year (else the plan's last year, to show how it ended).
 */
function targetsOf(
  planTargets: Awaited<ReturnType<typeof repo.listPlanPgiTargets>>,
  province: Province,
  own: Province | undefined,
  pageTargets: PgiPageTarget[],
  all: PublishedRow[],
  ownRows: PgiYearRow[],
  merged: boolean,
): PgiTarget[] {
  const wanted: Omit<PgiTarget, "current" | "gap" | "scoreNeeded" | "note">[] = [];
  if (own && province.code === own.code) {
    for (const t of planTargets) {
      const kind = planMeasures[t.measure]!;
      const part = (kind.part === "total" ? "total" : t.measureRef) as PgiTargetPart;
      if (part !== "total" && !(pgiParts as readonly string[]).includes(part)) continue;
      // Stored as exact decimals (text): each year's value is read as a number.
      const yearly = (t.yearly as { year: number; value: number | string }[])
        .map((y) => ({ year: y.year, value: Number(y.value) }))
        .sort((a, b) => a.year - b.year);
      const latest = all.length ? Math.max(...all.map((r) => r.year)) : 0;
      const ahead = yearly.filter((y) => y.year > latest);
      for (const y of ahead.length ? ahead : yearly.slice(-1))
        wanted.push({
          source: "plan",
          planId: t.planId,
          planTitle: t.planTitle,
          part,
          measure: kind.measure,
          year: y.year,
          value: y.value,
        });
    }
  }
  for (const t of pageTargets) {
    const base = { source: "page" as const, planId: null, planTitle: null, part: t.part, year: t.year };
    if (t.score !== null) wanted.push({ ...base, measure: "score", value: t.score });
    if (t.rank !== null) wanted.push({ ...base, measure: "rank", value: t.rank });
  }
  // The province's own rows: a merged province's former provinces are not the province.
  const mine = ownRows.slice().sort((a, b) => b.year - a.year);
  return wanted.map((w) => {
    const part = w.part === "total" ? null : w.part;
    const figureOf = (r: PgiYearRow) => (part ? r.parts.find((p) => p.part === part)!.figure : r.total);
    const latest = mine.find((r) => (w.measure === "score" ? figureOf(r).score : figureOf(r).rank) !== null);
    const figure = latest ? figureOf(latest) : null;
    const rank = w.measure === "rank" ? (figure?.rank ?? null) : null;
    const current =
      latest && figure
        ? w.measure === "score"
          ? { year: latest.year, value: figure.score!, basis: "published" as const }
          : { year: latest.year, value: rank!.value, basis: rank!.basis }
        : null;
    // A place among the 63 is not a distance from a place among the 34.
    const sameScale = rank === null || rank.of === provinceCountFor(w.year);
    const gap =
      current === null || !sameScale
        ? null
        : w.measure === "score"
          ? Math.round((w.value - current.value) * 100) / 100
          : current.value - w.value;
    const rankNote =
      rank === null
        ? null
        : [
            rank.basis === "computed"
              ? `Hạng năm ${current!.year} do PEPI Hub tính từ điểm công bố${rank.exact ? "" : ` (khoảng ${rank.best}–${rank.worst})`}.`
              : null,
            sameScale
              ? null
              : `Hạng năm ${current!.year} xếp trong ${rank.of} tỉnh, thành phố cũ nên không so trực tiếp với hạng mục tiêu trong ${provinceCountFor(w.year)} tỉnh, thành phố.`,
          ]
            .filter((n) => n !== null)
            .join(" ") || null;
    const needed = neededFor(w, part, province, all);
    const notes = [
      current === null && merged
        ? "Tỉnh mới chưa có kết quả PGI riêng; kết quả đến năm 2024 là của các tỉnh cũ."
        : null,
      rankNote,
      needed.note,
    ].filter((n) => n !== null);
    const note = notes.length ? notes.join(" ") : null;
    return { ...w, current, gap, ...needed, note };
  });
}

/** For a rank target: the score that place needed among the latest year's published scores. */
function neededFor(
  w: { measure: "score" | "rank"; value: number; year: number },
  part: Part | null,
  province: Province,
  all: PublishedRow[],
): Pick<PgiTarget, "scoreNeeded" | "note"> {
  if (w.measure !== "rank") return { scoreNeeded: null, note: null };
  const known = all.filter((r) => (part ? (r.parts as Parts)[part] != null : r.totalScore !== null));
  if (!known.length) return { scoreNeeded: null, note: "Chưa có điểm công bố để ước tính." };
  const year = Math.max(...known.map((r) => r.year));
  const count = provinceCountFor(year);
  const targetCount = provinceCountFor(w.year);
  // A place among the 34 read on a year of the 63: the place with the same share of provinces above.
  const rank = targetCount === count ? w.value : Math.max(1, Math.round((w.value * count) / targetCount));
  const converted =
    rank === w.value
      ? null
      : `Hạng ${w.value}/${targetCount} được quy đổi thành hạng ${rank}/${count} (cùng tỉ lệ số tỉnh xếp trên) vì kết quả mới nhất (năm ${year}) xếp hạng ${count} tỉnh, thành phố cũ.`;
  const needed = scoreForRank(
    scoresOf(all, year, part ?? undefined),
    province.code,
    rank,
    count,
    pgiMaxScore(part),
  );
  if (!needed)
    return {
      scoreNeeded: null,
      note: `Điểm công bố năm ${year} không đủ để ước tính điểm cần đạt hạng ${rank}/${count}.`,
    };
  return { scoreNeeded: { year, rank, ...needed, provinceCount: count }, note: converted };
}

/** The page's own targets, saved whole with their audit event. */
export async function savePageTargets(db: Db, targets: PgiPageTarget[], ctx: AuditContext): Promise<string> {
  const own = await ownProvinceNow(db);
  if (!own)
    throw new AppError("VALIDATION_FAILED", {}, [
      { field: "province", message: "Chưa xác định được tỉnh của đơn vị" },
    ]);
  const problems = targets.flatMap((t, i) => {
    const where = `targets.${i}`;
    const list = [];
    if (t.score === null && t.rank === null)
      list.push({ field: where, message: `Dòng ${i + 1}: cần điểm hoặc thứ hạng mục tiêu` });
    if (t.score !== null && t.score > pgiMaxScore(t.part === "total" ? null : t.part))
      list.push({
        field: `${where}.score`,
        message: `Dòng ${i + 1}: điểm ${t.part === "total" ? "PGI tối đa 40" : "chỉ số thành phần tối đa 10"}`,
      });
    if (t.rank !== null && t.rank > provinceCountFor(t.year))
      list.push({
        field: `${where}.rank`,
        message: `Dòng ${i + 1}: năm ${t.year} chỉ có ${provinceCountFor(t.year)} tỉnh, thành phố được xếp hạng`,
      });
    const twin = targets.findIndex((o) => o.year === t.year && o.part === t.part);
    if (twin !== i)
      list.push({ field: where, message: `Dòng ${i + 1} trùng năm và chỉ số với dòng ${twin + 1}` });
    return list;
  });
  if (problems.length) throw new AppError("VALIDATION_FAILED", {}, problems);
  await db.transaction(async (tx) => {
    const before = (await repo.listPageTargets(tx, own.code)).map(pageTargetOf);
    await repo.replacePageTargets(
      tx,
      own.code,
      targets.map((t) => ({
        id: randomUUID(),
        provinceCode: own.code,
        year: t.year,
        part: t.part,
        score: t.score === null ? null : String(t.score),
        rank: t.rank,
        note: t.note || null,
        updatedBy: ctx.actorUserId,
        updatedAt: new Date(),
      })),
    );
    await recordAudit(tx, ctx, {
      type: "pgi.targets_saved",
      entityId: own.code,
      summary: `Lưu ${targets.length} mục tiêu Chỉ số Xanh cấp tỉnh (PGI) của ${own.shortName}`,
      before: { targets: before },
      after: { targets },
    });
  });
  return own.code;
}
