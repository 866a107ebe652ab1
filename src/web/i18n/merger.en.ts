// English wording of the page on the years before the 2025 merger.
import type { mergerVi } from "./merger.vi.js";

export const mergerEn: Record<keyof typeof mergerVi, string> = {
  "nav.merger": "Before the merger",
  "home.card.merger":
    "The former provinces' results beside the province's, and the comparison base of the years before the merger built from them.",
  "merger.title": "The former provinces before the merger",
  "merger.intro":
    "Since 1 July 2025, {province} has been made of: {formers}. For the years before the merger, the province's comparison base is computed from the former provinces' raw figures: numerators and denominators are summed before a ratio is taken, never averaged percentages.",
  "merger.published.title": "Published results",
  "merger.published.note":
    "Up to 2024 the ranks are among 63 provinces; from 2025 among 34. The two scales cannot be compared directly.",
  "merger.published.year": "Year",
  "merger.published.merged": "{name} (new)",
  "merger.published.score": "{score} points",
  "merger.published.rank": "rank {rank}/{of}",
  "merger.published.band": "Rated {band}, no score published",
  "merger.table.indicators": "Merged indicators",
  "merger.table.figures": "Raw figures",
  "merger.published.sourceNote": "Source note: {note}",
  "merger.published.noScore": "Published, no score",
  "merger.published.empty": "No published result of these provinces yet",
  "merger.baseline.title": "Figures merged from the former provinces",
  "merger.baseline.year": "Year",
  "merger.baseline.yearOption": "{year} ({count} figures)",
  "merger.baseline.none": "No year before the merger has an index method to compute it.",
  "merger.baseline.how":
    "Amounts (people, tonnes, m³, ha…) are summed over the former provinces; indicators are computed again from the sums. Scores and percentages cannot be summed: give the new province's value if a source has it.",
  "merger.baseline.framework": "Index method",
  "merger.baseline.imported": "{count} figures, file “{file}”, at {at}",
  "merger.baseline.notImported": "No figures imported",
  "merger.baseline.format":
    "A .csv or .xlsx file with the columns Tỉnh, Mã, Giá trị (and Nguồn if any); rows without a value are skipped. The new province's own values name it “{name} (mới)”. Importing a province again replaces all its figures of that year.",
  "merger.baseline.template": "Download the {year} template",
  "merger.baseline.pick": "Drop the former provinces' {year} figures here or click to choose",
  "merger.baseline.importDone": "{count} figures imported",
  "merger.baseline.total":
    "Total from the merged figures: {points}/{max} (computed by PEPI Hub, not a published result)",
  "merger.baseline.totalIncomplete":
    "Total from the merged figures: {points}/{max}, indicators missing (computed by PEPI Hub, not a published result)",
  "merger.baseline.figures": "Raw figures ({count})",
  "merger.table.indicator": "Indicator",
  "merger.table.figure": "Figure",
  "merger.table.merged": "{name} (merged)",
  "merger.table.how": "How merged",
  "merger.way.sum": "Summed",
  "merger.way.computed": "Computed from the sums",
  "merger.way.given": "The new province's value",
  "merger.way.incomplete": "Missing: {missing}",
  "merger.way.not_additive": "Cannot be summed: needs the new province's value",
  "merger.way.not_computable": "Not computable",
  "merger.apply.button": "Use as the province's {year} figures",
  "merger.apply.title": "Write the merged figures into {year}?",
  "merger.apply.text":
    "{count} computed indicators become the province's past-year values, the base of next year's comparison. Indicators not computed keep the values they have.",
  "merger.apply.ok": "Write",
  "merger.apply.done": "{count} indicators written",
  "merger.apply.noHistoryYear":
    "{name} has no history year {year}: open it on the assessment years page to write the merged figures into it.",
};
