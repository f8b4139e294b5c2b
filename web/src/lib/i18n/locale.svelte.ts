import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'yuepu.locale';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

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

  set(next: Locale): void {
    this.current = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits, but the switch still works for this page.
    }
    applyToDocument(next);
  }

  toggle(): void {
    this.set(this.current === 'zh-CN' ? 'en' : 'zh-CN');
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
  const text = dictionaries[locale.current][key] ?? zhCN[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Whether a string is a known message key (for keys built from server codes). */
export function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}

/** Pick the name of something that carries both languages (`nameZh` / `nameEn`). */
export function localName(named: { nameZh: string; nameEn: string }): string {
  if (locale.current === 'en') return named.nameEn || named.nameZh;
  return named.nameZh || named.nameEn;
}
