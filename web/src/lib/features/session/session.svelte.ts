/**
 * Who is signed in. One `Viewer` query for the whole app, watched for the app's lifetime;
 * `resetSession()` after sign-in/out clears the cache and this query refetches by itself.
 */
import type { Role, ViewerFieldsFragment, ViewerQuery } from '$lib/graphql/generated/graphql';
import { ViewerDocument } from '$lib/graphql/generated/graphql';
import { query, type QueryState } from '$lib/graphql/query.svelte';
import type { Problem } from '$lib/errors';

export type Viewer = ViewerFieldsFragment;

let viewerQuery!: QueryState<ViewerQuery>;

// Lives as long as the page: the shell and every route guard read it.
$effect.root(() => {
  viewerQuery = query(ViewerDocument);
});

function watchViewer(): QueryState<ViewerQuery> {
  return viewerQuery;
}

export const session = {
  /** The signed-in user, or null for a visitor (and while not known yet). */
  get viewer(): Viewer | null {
    return watchViewer().data?.viewer ?? null;
  },
  /** True once we know whether someone is signed in (an answer or an error came back). */
  get known(): boolean {
    const q = watchViewer();
    return !q.loading && (q.data !== undefined || q.error !== null);
  },
  get role(): Role | null {
    return this.viewer?.role ?? null;
  },
  /** Why the viewer could not be loaded (e.g. the server is down); null otherwise. */
  get problem(): Problem | null {
    return watchViewer().error;
  },
  refetch(): Promise<void> {
    return watchViewer().refetch();
  },
};

/** The organisation a user acts for: their own, or for talent, the employer on their profile. */
export function viewerOrganisation(viewer: Viewer) {
  return viewer.organisation ?? viewer.talentProfile?.employer ?? null;
}
