import { untrack } from 'svelte';

/** How long a search box waits after the last keystroke before it asks the server. */
export const SEARCH_DELAY_MS = 250;

/**
 * The value of `read()` once it has stayed the same for `ms`: typing a word into a search box
 * then asks the server once, for the word, instead of once per letter. Create it while a
 * component initialises (it follows `read` in an effect that ends with the component).
 *
 *   let text = $state('');
 *   const search = debounced(() => text.trim());
 *   const q = query(Doc, () => ({ search: search.current || null }));
 *
 * Only the latest search's answer is shown: `query` drops its subscription for the previous
 * variables when they change, so an older answer arriving late is not delivered.
 */
export function debounced<T>(read: () => T, ms = SEARCH_DELAY_MS): { readonly current: T } {
  let current = $state.raw(untrack(read));
  $effect(() => {
    const next = read();
    // Back to the value already searched for (or the first run): nothing to wait for.
    if (Object.is(next, untrack(() => current))) return;
    const timer = setTimeout(() => { current = next; }, ms);
    return () => clearTimeout(timer);
  });
  return { get current() { return current; } };
}
