export {
  DEFAULT_LOCALE,
  LOCALES,
  isMessageKey,
  locale,
  localName,
  t,
  type Locale,
  type MessageKey,
  type MessageParams,
} from './locale.svelte';
