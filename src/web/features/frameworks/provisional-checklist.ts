// What of an edition is still provisional (no official text confirms it yet), as a checklist the
// coordinator reads before opening a year under it: each indicator's points or scoring rule, the
// groups' points, the rating bands, the not-assessed rule. Pure: framework in, lines out.
import type { FrameworkDetail } from "../../../contracts/frameworks.js";

const provisionalFields = (provenance: Record<string, string>) =>
  Object.entries(provenance)
    .filter(([, level]) => level === "provisional")
    .map(([field]) => field);

const fieldNames: Record<string, string> = {
  points: "điểm tối đa",
  scoring: "cách chấm điểm",
  formula: "công thức",
  name: "tên",
  label: "tên mức",
  min: "ngưỡng điểm",
};

function describe(fields: string[]): string {
  const named = fields.map((f) => fieldNames[f]).filter(Boolean);
  return named.length ? named.join(", ") : "nội dung";
}

export function provisionalChecklist(detail: FrameworkDetail, editionCode: string): string[] {
  const edition = detail.editions.find((e) => e.code === editionCode);
  if (!edition) return [];
  const names = new Map(detail.indicators.map((i) => [i.code, i.name.vi]));
  const lines: string[] = [];
  for (const group of edition.groups) {
    const fields = provisionalFields(group.provenance);
    if (fields.length) lines.push(`Nhóm ${group.name.vi}: ${describe(fields)}`);
  }
  for (const indicator of edition.indicators.filter((i) => i.assessed)) {
    const fields = provisionalFields(indicator.provenance);
    if (fields.length)
      lines.push(`Chỉ số ${names.get(indicator.code) ?? indicator.code}: ${describe(fields)}`);
  }
  for (const band of edition.bands) {
    const fields = provisionalFields(band.provenance);
    if (fields.length) lines.push(`Mức xếp loại “${band.label.vi}”: ${describe(fields)}`);
  }
  if (edition.notAssessed && provisionalFields(edition.notAssessed.provenance).length)
    lines.push("Các chỉ số không tự đánh giá trong năm");
  return lines;
}
