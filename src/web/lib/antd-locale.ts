// The antd locales the interface runs with, and what it says differently: a date field shows the
// form a date is typed in, "dd/mm/yyyy" (every date picker is set to DD/MM/YYYY), where antd's
// own wording would say "Chọn thời điểm" or "Select date". Set once, for every picker.
import type { ConfigProviderProps } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";

type Locale = NonNullable<ConfigProviderProps["locale"]>;

export const datePlaceholder = "dd/mm/yyyy";

/**
 * The locale itself: the bundler may hand antd's CommonJS locale file over as `{ default: … }`
 * (antd's ConfigProvider undoes the same).
 */
const unwrapped = (module: Locale): Locale => (module as { default?: Locale }).default ?? module;

function withDatePlaceholder(module: Locale): Locale {
  const locale = unwrapped(module);
  const picker = locale.DatePicker!;
  return {
    ...locale,
    DatePicker: {
      ...picker,
      lang: {
        ...picker.lang,
        placeholder: datePlaceholder,
        rangePlaceholder: [datePlaceholder, datePlaceholder],
      },
    },
  };
}

export const antdLocales = { vi: withDatePlaceholder(viVN), en: withDatePlaceholder(enUS) };
