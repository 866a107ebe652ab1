// Provinces to choose from (the 63 before and the 34 after 1 July 2025), and the name under
// which a province appears in published tables ("Thành phố Đà Nẵng" → "Đà Nẵng").
import type { OrgUnit } from "../../../contracts/org-units.js";
import type { Translate } from "../../i18n/index.js";
import { compareVietnamese, formatDate } from "../../lib/format.js";

export function provinceOptions(units: OrgUnit[] | undefined, t: Translate) {
  return [...(units ?? [])]
    .sort((a, b) => compareVietnamese(a.name, b.name))
    .map((u) => ({
      value: u.id,
      label: u.validTo
        ? `${u.name} (${t("compute.provinceUntil", { date: formatDate(u.validTo) })})`
        : u.name,
      name: u.name,
    }));
}

export const publishedProvinceName = (name: string) => name.replace(/^(Tỉnh|Thành phố)\s+/u, "");
