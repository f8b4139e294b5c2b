/**
 * A small history-API router. The current location is reactive state; plain `<a href="/x">`
 * links are intercepted by one document-level click handler, so pages need no Link component.
 * Routes are matched against the table in `src/routes/index.ts`.
 */

/** Paths the server answers itself (API, health, uploaded files): the browser loads them. */
const SERVER_PATHS = ['/graphql', '/healthz', '/readyz', '/files/'];

export type Params = Readonly<Record<string, string>>;

class Router {
  path = $state(location.pathname);
  search = $state(location.search);
  /** How many navigations happened inside the app (0 on first load): focus moves only after one. */
  navigations = $state(0);

  get query(): URLSearchParams {
    return new URLSearchParams(this.search);
  }

  /** Go to an in-app location. `replace` for redirects, so Back does not bounce. */
  navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
    const url = new URL(to, location.href);
    if (url.origin !== location.origin) {
      location.assign(url.href);
      return;
    }
    const target = url.pathname + url.search + url.hash;
    const current = location.pathname + location.search + location.hash;
    if (target !== current) {
      if (replace) history.replaceState(null, '', target);
      else history.pushState(null, '', target);
    }
    this.sync();
    if (!replace) this.navigations += 1;
    if (url.hash) document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
    else if (!replace) window.scrollTo(0, 0);
  }

  sync(): void {
    this.path = location.pathname;
    this.search = location.search;
  }

  /** True when a link to `href` points at the current page (for `aria-current`). */
  isCurrent(href: string): boolean {
    return this.path === href;
  }
}

export const router = new Router();

window.addEventListener('popstate', () => {
  router.sync();
  router.navigations += 1;
});

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || !anchor.href) return;
  if (anchor.target && anchor.target !== '_self') return;
  if (anchor.hasAttribute('download') || anchor.dataset.native !== undefined) return;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin) return;
  if (SERVER_PATHS.some((p) => url.pathname === p || url.pathname.startsWith(p.endsWith('/') ? p : `${p}/`))) return;
  // A same-page hash link: let the browser scroll.
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  router.navigate(url.pathname + url.search + url.hash);
});

/**
 * Match a pattern like `/applications/:id` against a path. Returns the params, or null.
 * Segments are compared exactly; a trailing slash is ignored.
 */
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function matchPath(pattern: string, path: string): Params | null {
  const split = (p: string) => p.replace(/\/+$/, '').split('/').filter(Boolean);
  const want = split(pattern);
  const have = split(path);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
      // `:id` is always a record id: a mistyped one is a page that does not exist, not a query
      // the API refuses (its UUID scalar answers BAD_USER_INPUT).
      if (w === ':id' && !RECORD_ID.test(params.id!)) return null;
    } else if (w !== h) {
      return null;
    }
  }
  return params;
}
