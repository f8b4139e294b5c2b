export {
  DEFAULT_LOCALE,
  LOCALES,
  isMessageKey,
  loadLocale,
  loadWords,
  locale,
  localName,
  t,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './locale.svelte';
export type { WordGroup } from './groups';
