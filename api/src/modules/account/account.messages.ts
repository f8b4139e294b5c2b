import type { LocalisedText } from '../../core/errors/domain-error.js';

/**
 * What the account module says to people, in both languages, in one place (as the web keeps its
 * words in each feature's messages files): services name a message instead of writing it inline.
 */
export const ACCOUNT_MESSAGES = {
  tooManySignInsSeconds: (seconds: number): LocalisedText => ({ zh: `登录尝试次数过多，请 ${seconds} 秒后再试。`, en: `Too many sign-in attempts; try again in ${seconds} seconds.` }),
  tooManySignInsMinutes: (minutes: number): LocalisedText => ({ zh: `登录尝试次数过多，请 ${minutes} 分钟后再试。`, en: `Too many sign-in attempts; try again in ${minutes} minutes.` }),
  wrongCredentials: { zh: '邮箱或密码不正确。', en: 'The email or password is not right.' },
  accountDisabled: { zh: '此账号已被管理员停用，如有疑问请联系镇人才办。', en: 'This account has been disabled by an administrator; contact the town talent office.' },
  cannotDisableSelf: { zh: '不能停用自己的账号。', en: 'You cannot disable your own account.' },
  account: { zh: '账号', en: 'account' },
  displayName: { zh: '显示名称', en: 'display name' },
  talentSignsUpThemselves: { zh: '人才请自行注册。', en: 'Talent sign up themselves; choose a staff role.' },
  chooseOrganisationOfRole: { zh: '请选择该角色所属的机构（类型须匹配）。', en: 'Choose the organisation this role acts for (of the matching kind).' },
  roleHasNoOrganisation: { zh: '该角色不隶属于机构。', en: 'This role does not act for an organisation.' },
  emailTaken: { zh: '该邮箱已有账号。', en: 'This email already has an account.' },
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
