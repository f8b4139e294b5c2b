/** The micro-wish pages' lists of choices and how a claimant is named in public. */
import { localName, t } from '$lib/i18n';
import type { ClaimantKind } from '$lib/graphql/generated/graphql';

export const WISH_CATEGORIES = ['ELDERLY', 'HARDSHIP', 'CHILDREN', 'DISABILITY', 'OTHER'] as const;
export const WISH_STATUSES = ['OPEN', 'CLAIMED', 'FULFILLED', 'WITHDRAWN'] as const;
export const HANDOVERS = ['AT_PLACE_OFFICE', 'HOME_VISIT'] as const;

/** An organisation by name; a person only as Party member or volunteer (never by name in public). */
export function claimantLabel(c: { kind: ClaimantKind; organisation: { nameZh: string; nameEn: string } | null }): string {
  return c.organisation ? localName(c.organisation) : t(`wishes.kind.${c.kind}`);
}

/** Fields the wish form shows beside their inputs (payload paths end with these names). */
export const WISH_FORM_FIELDS = ['title', 'description', 'category', 'handover', 'estimatedValueYuan', 'dueOn', 'name', 'phone', 'address', 'note'];
