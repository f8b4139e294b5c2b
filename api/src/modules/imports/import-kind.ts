export enum ImportKind {
  TALENT_ACCOUNTS = 'TALENT_ACCOUNTS',
  STAFF_LIST = 'STAFF_LIST',
  PAST_APPLICATIONS = 'PAST_APPLICATIONS',
}

export const IMPORT_KIND_NAMES: Record<ImportKind, { zh: string; en: string }> = {
  TALENT_ACCOUNTS: { zh: '人才账号（含工作单位）', en: 'Talent accounts with their employer' },
  STAFF_LIST: { zh: '企业员工名单', en: 'Enterprise staff list' },
  PAST_APPLICATIONS: { zh: '平台上线前的申请与发放记录', en: 'Past applications and payments' },
};

/** How a kind is named in addresses: /imports/talent-accounts, /imports/templates/staff-list.xlsx. */
export const IMPORT_KIND_SLUGS: Record<string, ImportKind> = {
  'talent-accounts': ImportKind.TALENT_ACCOUNTS,
  'staff-list': ImportKind.STAFF_LIST,
  'past-applications': ImportKind.PAST_APPLICATIONS,
};
