// A small typed dictionary: useT() gives t(key, params). The language is kept in localStorage
// and told to the server (cookie pepi_locale), so that its error messages match the interface.
import dayjs from "dayjs";
import "dayjs/locale/vi";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { z } from "zod";
import { en } from "./en.js";
import { type MessageKey, vi } from "./vi.js";

export type Locale = "vi" | "en";
export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const dictionaries = { vi, en } as const;
const storageKey = "pepi.locale";

function storedLocale(): Locale {
  try {
    return localStorage.getItem(storageKey) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

// Read by code outside React (the API client) that needs a message in the current language.
let activeLocale: Locale = storedLocale();
export const currentLocale = (): Locale => activeLocale;

export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const template: string = dictionaries[locale][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** Libraries that format text themselves; set before rendering so the first paint is right. */
function configureLibraries(locale: Locale) {
  activeLocale = locale;
  dayjs.locale(locale === "vi" ? "vi" : "en");
  z.config(locale === "vi" ? z.locales.vi() : z.locales.en());
  document.documentElement.lang = locale;
}
configureLibraries(activeLocale);

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}
const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(activeLocale);
  useEffect(() => {
    // The cookie only changes the language of server messages; failing to set it is harmless.
    void fetch(`/api/auth/locale/${locale}`, { method: "POST", credentials: "same-origin" }).catch(() => {});
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
    configureLibraries(next);
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error("useLocale outside LocaleProvider");
  return state;
}

export function useT(): Translate {
  const { locale } = useLocale();
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
}
