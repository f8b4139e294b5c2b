/**
 * Pages of a GraphQL connection walked with cursors: the `after` cursor of each page seen so
 * far, so "previous" goes back exactly and "next" asks for the rows after the last one shown.
 * The API's keyset lists (the review queue, applications) then neither skip nor repeat a row
 * when rows come and go while someone pages. The walk starts again from the first page when
 * `keyOf` (the list's filters) changes.
 *
 *   const pages = new CursorPages(() => `${status}|${search}`);
 *   const q = query(Doc, () => ({ first: PAGE_SIZE, after: pages.after, status }));
 *   <Pager {pages} connection={q.data?.list} />
 *
 * Keep the page on screen while the next one loads (`{#if q.loading && !q.data}` for the loading
 * note, not `q.loading`): the pager then stays where it is, with the keyboard's focus on its button.
 */
export const PAGE_SIZE = 25;

export class CursorPages {
  #walk = $state.raw<{ key: string; cursors: readonly (string | null)[] }>({ key: '', cursors: [null] });

  constructor(private readonly keyOf: () => string = () => '') {}

  #cursors(): readonly (string | null)[] {
    return this.#walk.key === this.keyOf() ? this.#walk.cursors : [null];
  }

  /** The cursor to pass as `after` (null for the first page). */
  get after(): string | null {
    return this.#cursors().at(-1) ?? null;
  }

  /** 1 for the first page. */
  get number(): number {
    return this.#cursors().length;
  }

  next(endCursor: string | null | undefined): void {
    if (endCursor) this.#walk = { key: this.keyOf(), cursors: [...this.#cursors(), endCursor] };
  }

  previous(): void {
    const cursors = this.#cursors();
    if (cursors.length > 1) this.#walk = { key: this.keyOf(), cursors: cursors.slice(0, -1) };
  }

  first(): void {
    this.#walk = { key: this.keyOf(), cursors: [null] };
  }
}
