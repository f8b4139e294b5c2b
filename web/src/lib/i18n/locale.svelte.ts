import type { MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'yuepu.locale';

type Dictionary = Readonly<Record<MessageKey, string>>;

/**
 * Each language is its own chunk, fetched when first needed: a visitor downloads the words of
 * the language they read, not both (issue 13: both were a third of the first page's bytes).
 */
const LOADERS: Record<Locale, () => Promise<Dictionary>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  en: () => import('./en').then((m) => m.en),
};
const dictionaries: Partial<Record<Locale, Dictionary>> = {};

/** Fetches a language's words once; the app mounts after the first one is there. */
export async function loadLocale(value: Locale): Promise<void> {
  dictionaries[value] ??= await LOADERS[value]();
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be disabled (private mode, strict settings): fall back to the default.
  }
  return DEFAULT_LOCALE;
}

class LocaleStore {
  current = $state<Locale>(storedLocale());

  /** Switches once the language's words are there (a moment, the first time). */
  async set(next: Locale): Promise<void> {
    await loadLocale(next);
    this.current = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits, but the switch still works for this page.
    }
    applyToDocument(next);
  }

  toggle(): Promise<void> {
    return this.set(this.current === 'zh-CN' ? 'en' : 'zh-CN');
  }
}

function applyToDocument(value: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = value;
}

/** The current language. Reading `locale.current` inside markup or `$derived` re-renders on change. */
export const locale = new LocaleStore();
applyToDocument(locale.current);

/**
 * Translate a key into the current language. Reactive: markup that calls `t(...)` re-renders
 * when the language changes, because it reads `locale.current`.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = dictionaries[locale.current]?.[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Whether a string is a known message key (for keys built from server codes). */
export function isMessageKey(key: string): key is MessageKey {
  return key in (dictionaries[locale.current] ?? {});
}

/** Pick the name of something that carries both languages (`nameZh` / `nameEn`). */
export function localName(named: { nameZh: string; nameEn: string }): string {
  if (locale.current === 'en') return named.nameEn || named.nameZh;
  return named.nameZh || named.nameEn;
}
