import type { LocalisedText } from '../../core/errors/domain-error.js';

/**
 * What the talent module says to people (sign-up, profiles, ID number conflicts), in both
 * languages, in one place: services name a message instead of writing it inline (as
 * account.messages.ts does).
 */
export const TALENT_MESSAGES = {
  // Records, for "not found".
  talentProfile: { zh: '人才档案', en: 'talent profile' },
  residentIdConflict: { zh: '身份证号码冲突', en: 'ID number conflict' },

  // Field labels, which core/validation.ts puts into its messages.
  displayName: { zh: '显示名称', en: 'display name' },
  legalName: { zh: '姓名', en: 'legal name' },
  conflictNote: { zh: '处理说明', en: 'note' },

  // Signing up and the profile.
  employerNotFound: { zh: '所选工作单位不存在。', en: 'The chosen employer does not exist.' },
  signUpLinkInvalid: { zh: '确认链接无效或已过期，请重新注册。', en: 'This confirmation link is not valid or has expired; please sign up again.' },
  confirmSignUpTitle: { zh: '请确认注册月浦人才服务平台账号', en: 'Confirm your Yuepu Hub sign-up' },
  confirmSignUpBody: (hours: number): LocalisedText => ({
    zh: `请在 ${hours} 小时内打开以下链接完成注册。如果不是您本人操作，请忽略本邮件。`,
    en: `Open this link within ${hours} hours to finish signing up. If it was not you, ignore this email.`,
  }),
  emailTakenTitle: { zh: '有人用您的邮箱注册月浦人才服务平台', en: 'Someone tried to sign up with your email' },
  emailTakenBody: {
    zh: '有人尝试用本邮箱注册新账号，但本邮箱已有账号，因此没有新建账号。如果是您本人，请直接登录；忘记密码可在登录页点“忘记密码”重设。如果不是您，可忽略本邮件，您的账号不受影响。',
    en: 'Someone tried to sign up with this email address, which already has an account, so no new account was made. If it was you, just sign in; if you have forgotten your password, use "Forgot password" on the sign-in page. If it was not you, you can ignore this email: your account is unaffected.',
  },

  // Links that set a password (password-links.service.ts).
  resetTitle: { zh: '重新设置月浦人才服务平台密码', en: 'Set a new Yuepu Hub password' },
  resetBody: (minutes: number): LocalisedText => ({
    zh: `有人（希望是您本人）请求重新设置本账号的密码。请在 ${minutes} 分钟内打开以下链接设置新密码；设置后，所有已登录的设备都会退出。如果不是您本人操作，请忽略本邮件，您的密码不会改变。`,
    en: `Someone (we hope you) asked to set a new password for this account. Open this link within ${minutes} minutes to choose one; every signed-in device will then be signed out. If it was not you, ignore this email: your password stays as it is.`,
  }),
  activationTitle: { zh: '您的月浦人才服务平台账号已开通', en: 'Your Yuepu Hub account is ready' },
  activationBody: (days: number): LocalisedText => ({
    zh: `月浦镇人才服务窗口已为您开通账号（登录邮箱即本邮箱）。请在 ${days} 天内打开以下链接设置密码，之后即可登录查看政策、办理申请。链接过期后，可在登录页点“忘记密码”重新获取。`,
    en: `The Yuepu Town talent services office has opened an account for you (this email address signs in). Open this link within ${days} days to set your password; then you can sign in to look up policies and apply. If the link has expired, use "Forgot password" on the sign-in page.`,
  }),
  passwordLinkInvalid: { zh: '此链接无效、已使用或已过期，请在登录页点“忘记密码”重新获取。', en: 'This link is not valid, was already used or has expired; use "Forgot password" on the sign-in page to get a new one.' },

  // Resolving an ID number conflict (resident-id-conflict.service.ts).
  chooseKeepOrMove: { zh: '请选择保留或转移。', en: 'Choose to keep or to move the number.' },
  conflictAlreadyResolved: { zh: '该冲突已由他人处理，请刷新查看。', en: 'Someone has already dealt with this conflict; reload to see how.' },
  idRemovedTitle: { zh: '您档案中的身份证号码已被移除', en: 'The ID number on your profile was removed' },
  idRemovedBody: {
    zh: '经镇人才办核实，您档案中的身份证号码属于他人，已被移除。请携带本人身份证到镇人才办核实并重新填写。',
    en: 'The town talent office found that the ID number on your profile belongs to someone else and removed it. Please bring your own ID card to the office and enter your number again.',
  },
  idConfirmedTitle: { zh: '您的身份证号码已核实', en: 'Your ID number has been confirmed' },
  idConfirmedBody: { zh: '镇人才办已核实您填写的身份证号码。', en: 'The town talent office has confirmed the ID number you entered.' },
  idNotConfirmedTitle: { zh: '您填写的身份证号码未能核实', en: 'The ID number you entered could not be confirmed' },
  idNotConfirmedBody: {
    zh: '您填写的身份证号码未能核实，已从档案中移除。请携带本人身份证到镇人才办办理。',
    en: 'The ID number you entered could not be confirmed and was taken off your profile. Please bring your ID card to the town talent office.',
  },
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
