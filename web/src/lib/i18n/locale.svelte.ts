import { WORD_GROUPS, type WordGroup } from './groups';
import type { MessageKey } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'yuepu.locale';

type Dictionary = Readonly<Partial<Record<MessageKey, string>>>;

/**
 * Each language is its own chunk, fetched when first needed: a visitor downloads the words of
 * the language they read, not both (issue 13: both were a third of the first page's bytes).
 * These are the shell's words; each page's own come in groups (`loadWords`).
 */
const LOADERS: Record<Locale, () => Promise<Dictionary>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  en: () => import('./en').then((m) => m.en),
};
/** Per language: the shell's words, then each group's merged in as it arrives. */
const dictionaries: Partial<Record<Locale, Dictionary>> = {};
/** Groups a shown page has needed: switching language fetches them in the new one too. */
const wantedGroups = new Set<WordGroup>();
const loadedGroups: Record<Locale, Set<WordGroup>> = { 'zh-CN': new Set(), en: new Set() };

/**
 * Fetches a language's words: the shell's, and those of the groups shown so far. The app mounts
 * after the first language's are there. Each load merges into what is there, so two loads at
 * once (a page and a language switch) cannot drop each other's words.
 */
export async function loadLocale(value: Locale): Promise<void> {
  const missing = [...wantedGroups].filter((group) => !loadedGroups[value].has(group));
  if (dictionaries[value] && missing.length === 0) return;
  const words = await Promise.all([LOADERS[value](), ...missing.map((group) => WORD_GROUPS[group][value]())]);
  dictionaries[value] = Object.assign({}, dictionaries[value], ...words);
  for (const group of missing) loadedGroups[value].add(group);
}

/** Fetches the words of these groups in the current language; a page is shown once they are there. */
export async function loadWords(groups: readonly WordGroup[]): Promise<void> {
  for (const group of groups) wantedGroups.add(group);
  await loadLocale(locale.current);
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
