/**
 * The words of each feature's pages, one chunk per feature and language, loaded with the pages
 * that show them (routes/index.ts, `withWords`) instead of with the shell: a first visit
 * downloads the words of the page it opens, not of all ~90 (issue 13: they were 28 KB of the
 * home page's 117 KB of JavaScript). Which page needs which group is checked by
 * routes/words.spec.ts, from the keys each page's modules use.
 */
import type { Locale } from './locale.svelte';

export const WORD_GROUPS = {
  admin: { 'zh-CN': () => import('../features/admin/messages.zh-CN').then((m) => m.adminZhCN), en: () => import('../features/admin/messages.en').then((m) => m.adminEn) },
  alliance: { 'zh-CN': () => import('../features/alliance/messages.zh-CN').then((m) => m.allianceZhCN), en: () => import('../features/alliance/messages.en').then((m) => m.allianceEn) },
  apartments: { 'zh-CN': () => import('../features/apartments/messages.zh-CN').then((m) => m.apartmentsZhCN), en: () => import('../features/apartments/messages.en').then((m) => m.apartmentsEn) },
  applications: { 'zh-CN': () => import('../features/applications/messages.zh-CN').then((m) => m.applicationsZhCN), en: () => import('../features/applications/messages.en').then((m) => m.applicationsEn) },
  appointments: { 'zh-CN': () => import('../features/appointments/messages.zh-CN').then((m) => m.appointmentsZhCN), en: () => import('../features/appointments/messages.en').then((m) => m.appointmentsEn) },
  bank: { 'zh-CN': () => import('../features/bank/messages.zh-CN').then((m) => m.bankZhCN), en: () => import('../features/bank/messages.en').then((m) => m.bankEn) },
  community: { 'zh-CN': () => import('../features/community/messages.zh-CN').then((m) => m.communityZhCN), en: () => import('../features/community/messages.en').then((m) => m.communityEn) },
  fund: { 'zh-CN': () => import('../features/fund/messages.zh-CN').then((m) => m.fundZhCN), en: () => import('../features/fund/messages.en').then((m) => m.fundEn) },
  identity: { 'zh-CN': () => import('../features/identity/messages.zh-CN').then((m) => m.identityZhCN), en: () => import('../features/identity/messages.en').then((m) => m.identityEn) },
  meetings: { 'zh-CN': () => import('../features/meetings/messages.zh-CN').then((m) => m.meetingsZhCN), en: () => import('../features/meetings/messages.en').then((m) => m.meetingsEn) },
  microwish: { 'zh-CN': () => import('../features/microwish/messages.zh-CN').then((m) => m.microwishZhCN), en: () => import('../features/microwish/messages.en').then((m) => m.microwishEn) },
  notificationSettings: { 'zh-CN': () => import('../features/notifications/settings-messages.zh-CN').then((m) => m.notificationSettingsZhCN), en: () => import('../features/notifications/settings-messages.en').then((m) => m.notificationSettingsEn) },
  policy: { 'zh-CN': () => import('../features/policy/messages.zh-CN').then((m) => m.policyZhCN), en: () => import('../features/policy/messages.en').then((m) => m.policyEn) },
  rules: { 'zh-CN': () => import('../features/rules/messages.zh-CN').then((m) => m.rulesZhCN), en: () => import('../features/rules/messages.en').then((m) => m.rulesEn) },
} satisfies Record<string, Record<Locale, () => Promise<Readonly<Record<string, string>>>>>;

export type WordGroup = keyof typeof WORD_GROUPS;

/** Every key of every group (the Chinese catalogue names them; the English one must match). */
export type GroupKey = { [G in WordGroup]: keyof Awaited<ReturnType<(typeof WORD_GROUPS)[G]['zh-CN']>> }[WordGroup];
