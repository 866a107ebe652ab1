// Small labels shared by the framework pages.
import { Tag } from "antd";
import type { Translate } from "../../i18n/index.js";
import { useT } from "../../i18n/index.js";

export function FrameworkKindTag({ kind, computed }: { kind: "pepi" | "pgi" | "custom"; computed: boolean }) {
  const t = useT();
  return (
    <>
      <Tag color={kind === "pepi" ? "green" : kind === "pgi" ? "cyan" : "purple"}>
        {t(`frameworkKind.${kind}`)}
      </Tag>
      {!computed && <Tag>{t("framework.importedOnly")}</Tag>}
    </>
  );
}

/** "2020", "2021–2023", "từ 2022". */
export function editionYears(edition: { yearsFrom: number; yearsTo: number | null }, t: Translate): string {
  if (edition.yearsTo === null) return t("framework.yearsFrom", { from: edition.yearsFrom });
  if (edition.yearsTo === edition.yearsFrom) return String(edition.yearsFrom);
  return `${edition.yearsFrom}–${edition.yearsTo}`;
}

/** The edition that applies to a year, else the latest. */
export function editionForYear<E extends { code: string; yearsFrom: number; yearsTo: number | null }>(
  editions: E[],
  year: number,
): E | undefined {
  return (
    editions.find((e) => e.yearsFrom <= year && (e.yearsTo === null || year <= e.yearsTo)) ??
    [...editions].sort((a, b) => b.yearsFrom - a.yearsFrom)[0]
  );
}
