export {
  DEFAULT_LOCALE,
  LOCALES,
  isMessageKey,
  loadLocale,
  locale,
  localName,
  t,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './locale.svelte';
