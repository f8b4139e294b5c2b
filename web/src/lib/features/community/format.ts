/** How the community pages write amounts, dates and names of places. */
import type { ResourceKind } from '$lib/graphql/generated/graphql';
import { money } from '$lib/format';
import { locale, t } from '$lib/i18n';

export function amount(kind: ResourceKind, n: number): string {
  if (kind === 'MONEY') return money(n);
  return `${n.toLocaleString(locale.current === 'en' ? 'en-US' : 'zh-CN')} ${t(`community.unit.${kind}`)}`;
}

export function day(value: string | null | undefined): string {
  if (!value) return '';
  return new Date(value).toLocaleDateString(locale.current === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' });
}

export const CATEGORIES = ['LIVING_CIRCLE', 'MICRO_RENEWAL', 'ELDERLY_CARE', 'CHILD_FRIENDLY', 'HARDSHIP_RELIEF', 'OTHER'] as const;
export const RESOURCE_KINDS = ['MONEY', 'VOLUNTEERS', 'EXPERTISE', 'VENUE', 'GOODS'] as const;
export const COMMITMENT_KINDS = ['PRACTICAL_MATTER', 'PAIRING', 'RESPONSIBILITY', 'POST'] as const;
