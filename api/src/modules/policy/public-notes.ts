// What the public sees of a policy text's working notes. The catalogue's notes say how the team
// checked a text ("…POLICY.md…上线前须…复核"): useful to administrators, confusing to residents,
// so everyone else gets the text without them. Sources are listed official first, reprints after.
import type { PolicySource } from './policy.entity.js';

/** Notes written for the team: the internal reference, the go-live check, the product team. */
const INTERNAL = /POLICY\.md|政策参考|上线前须|产品团队|product team|before going live|policy reference/i;

export function isInternalNote(text: string | null | undefined): boolean {
  return !!text && INTERNAL.test(text);
}

/** A note as a viewer may read it: administrators get every note, others none of the internal ones. */
export function noteFor(text: string, isAdmin: boolean): string {
  return isAdmin || !isInternalNote(text) ? text : '';
}

/** Official documents first (V-official), then sources by how far they are confirmed; the team's own inferences last. */
const CONFIDENCE_ORDER = ['V-official', 'V', 'V-1', 'CONFLICT', 'INF'];

/**
 * Sources in the order a reader should trust them. For non-administrators, internal notes are
 * left out and a source that is itself an internal reference is dropped.
 */
export function sourcesFor(sources: readonly PolicySource[], isAdmin: boolean): PolicySource[] {
  const rank = (s: PolicySource) => {
    const i = CONFIDENCE_ORDER.indexOf(s.confidence);
    return i === -1 ? CONFIDENCE_ORDER.length : i;
  };
  const ordered = sources.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map(({ s }) => s);
  if (isAdmin) return ordered;
  return ordered
    .filter((s) => !isInternalNote(s.title))
    .map((s) => ({ ...s, note: isInternalNote(s.note) ? null : s.note }));
}
