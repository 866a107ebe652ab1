import { Segmented } from "antd";
import { type Locale, useLocale, useT } from "../i18n/index.js";

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t("header.language")}
      data-testid="language-switch"
      value={locale}
      onChange={setLocale}
      options={[
        {
          label: (
            <span lang="vi" title="Tiếng Việt">
              VI
            </span>
          ),
          value: "vi",
        },
        {
          label: (
            <span lang="en" title="English">
              EN
            </span>
          ),
          value: "en",
        },
      ]}
    />
  );
}
