// English wording of the published results page.
import type { publishedVi } from "./published.vi.js";

export const publishedEn: Record<keyof typeof publishedVi, string> = {
  "published.title": "Published results",
  "published.intro":
    "Results published by other bodies (the Ministry's PEPI, VCCI's PGI), kept as published with their source; used to compare and to estimate ranks.",
  "published.kind": "Kind of result",
  "published.kind.pepi": "PEPI (Ministry)",
  "published.kind.pgi": "PGI (VCCI)",
  "published.year": "Year",
  "published.province": "Province",
  "published.total": "Total",
  "published.rank": "Rank",
  "published.band": "Rating",
  "published.part.I": "Group I",
  "published.part.II": "Group II",
  "published.part.PGI1": "PGI 1",
  "published.part.PGI2": "PGI 2",
  "published.part.PGI3": "PGI 3",
  "published.part.PGI4": "PGI 4",
  "published.partName.I": "Group I – Results of environmental protection tasks (70 points)",
  "published.partName.II": "Group II – Citizens' satisfaction (30 points)",
  "published.partName.PGI1": "Minimising pollution and climate risks",
  "published.partName.PGI2": "Compliance with minimum environmental standards",
  "published.partName.PGI3": "Provincial leadership in green practices",
  "published.partName.PGI4": "Policies and services supporting firms' environmental protection",
  "published.partRank": "rank {rank}",
  "published.decision": "Decision",
  "published.source": "Source",
  "published.unconfirmedSource": "Source not confirmed",
  "published.none": "No published result for this year.",
  "published.import": "Import CSV, Excel",
  "published.importTitle": "Import published results from CSV or Excel",
  "published.importIntro.pepi":
    "Columns: year, province, total_score, rank, source_url, rating_band, group_I_score, group_II_score, group_II_rank, decision, notes. Province names from the 63 provinces (to 2024) or the 34 (from 2025), in any common spelling (“TP. Hồ Chí Minh”, “TPHCM”).",
  "published.importIntro.pgi":
    "Columns: year, province, sub1, sub2, sub3, sub4, total, rank, sub1_rank, sub2_rank, sub3_rank, sub4_rank, source_url; a sub-index's components in columns “sub3.Component name” (0–10). Ranks from 1 to 63 (to 2024) or 1 to 34 (from 2025); a rank not published is left empty or written N/A. Province names from the 63 provinces (to 2024) or the 34 (from 2025). Excel: the first sheet, with the same header row.",
  "published.importSubmit": "Check and import",
  "published.file": "CSV or Excel (.xlsx) file",
  "published.imported":
    "{imported} new rows, {completed} completed, {replaced} replaced; {unchanged} rows repeat what is stored.",
  "published.combine":
    "Combine rows of one year and province that complete each other (a total from one source, a group II score from another)",
  "published.replace":
    "Replace stored results where the file says otherwise (the old values stay in the audit trail)",
  "published.flaggedRow": "Row",
  "published.flaggedColumn": "Column",
  "published.flaggedNote": "Note",
  "published.flagged":
    "{count} rows have a published total that differs from the sum of their sub-indices: imported, the published total kept.",
  "published.sumGap": "≠ sum of 4 sub-indices",
  "published.sumGapHelp":
    "The published total {total} differs from the sum of the four sub-indices {sum} (by {gap}); the published figure is kept, not recomputed.",
  "published.rankNotPublished": "None",
  "published.rankNotPublishedHelp":
    "No published rank: VCCI did not publish it (since 2024 only part of the ranking is) or it has not been imported.",
};
