import type { BilingualName, LocalisedText } from '../../core/errors/domain-error.js';

/** A policy version's two titles. */
interface Titled {
  titleZh: string;
  titleEn: string;
}

/**
 * What the policy module says to people (policies and their versions, rule versions, follows and
 * their alerts), in both languages, in one place: services name a message instead of writing it
 * inline. Enum names stay with their enums, a new policy's first-version texts with policy-create.ts,
 * and the rule evaluators' reasons with the rules (rules/).
 */
export const POLICY_MESSAGES = {
  // Records, for "not found".
  policy: { zh: '政策', en: 'policy' },
  ruleSet: { zh: '规则集', en: 'rule set' },
  rulesInForce: { zh: '施行中的规则', en: 'rules in force' },

  // Field labels.
  policyTitleZh: { zh: '中文标题', en: 'Chinese title' },
  policyTitleEn: { zh: '英文标题', en: 'English title' },
  policySummaryZh: { zh: '中文摘要', en: 'Chinese summary' },
  policySummaryEn: { zh: '英文摘要', en: 'English summary' },
  issuingBodyZh: { zh: '中文发文单位', en: 'Chinese issuing body' },
  issuingBodyEn: { zh: '英文发文单位', en: 'English issuing body' },
  legalDocument: { zh: '依据文件名称', en: 'legal basis' },
  sourceTitle: { zh: '来源名称', en: 'source title' },
  sourceUrl: { zh: '网址', en: 'web address' },
  sourceNote: { zh: '说明', en: 'note' },
  changeNoteZh: { zh: '中文修改说明', en: 'Chinese change note' },
  changeNoteEn: { zh: '英文修改说明', en: 'English change note' },
  ruleNoteZh: { zh: '中文修改说明', en: 'Chinese note' },
  ruleNoteEn: { zh: '英文修改说明', en: 'English note' },
  legalBasis: { zh: '法律依据', en: 'legal basis' },

  // Refusals.
  codeFormat: { zh: '代码为 4–50 位小写字母、数字或连字符，以字母开头。', en: 'A code has 4–50 lower-case letters, digits or hyphens and starts with a letter.' },
  audienceMissing: { zh: '请至少选择一类人群。', en: 'Choose at least one audience.' },
  sourceUrlFormat: { zh: '网址应为域名加路径，如 www.shbsq.gov.cn/…', en: 'An address is a domain and a path, e.g. www.shbsq.gov.cn/…' },
  policyMissing: { zh: '政策不存在。', en: 'That policy does not exist.' },
  effectiveToBeforeFrom: { zh: '有效期不能早于生效日期。', en: 'The end date cannot be before the effective date.' },
  ruleSetMissing: { zh: '规则集不存在。', en: 'That rule set does not exist.' },
  noChanges: { zh: '请至少修改一处。', en: 'Please change at least one value.' },
  sameAsCurrent: { zh: '这些值与当前版本相同，无需新建版本。', en: 'These values are the same as the current version; nothing to create.' },
  effectiveFromBeforeToday: (today: string): LocalisedText => ({ zh: `施行日期不能早于今天（${today}）。`, en: `The date cannot be before today (${today}).` }),
  atMostCharacters: (max: number): LocalisedText => ({ zh: `最多 ${max} 个字。`, en: `At most ${max} characters.` }),
  tooManySources: (max: number): LocalisedText => ({ zh: `最多 ${max} 条来源。`, en: `At most ${max} sources.` }),
  confidenceOneOf: (tags: readonly string[]): LocalisedText => ({ zh: `可信度须为 ${tags.join('、')} 之一。`, en: `Confidence must be one of ${tags.join(', ')}.` }),
  versionEffectiveBeforeToday: (today: string): LocalisedText => ({ zh: `生效日期不能早于今天（${today}）。`, en: `The effective date cannot be before today (${today}).` }),
  checkedAfterToday: (today: string): LocalisedText => ({ zh: `核对日期不能晚于今天（${today}）。`, en: `The date checked cannot be after today (${today}).` }),
  policyVersionSavedMeanwhile: (latest: number, expected: number): LocalisedText => ({
    zh: `已有人保存了第 ${latest} 版（您打开页面时最新为第 ${expected} 版）。您的修改未保存：请重新载入后再改。`,
    en: `Someone else saved version ${latest} (the latest was version ${expected} when you opened the page). Your changes were not saved: reload, then make them again.`,
  }),
  noRulesInForce: (date: string, ruleSet: BilingualName): LocalisedText => ({ zh: `${date} 时尚无施行中的规则（${ruleSet.nameZh}）。`, en: `No rules were in force on ${date} (${ruleSet.nameEn}).` }),
  ruleEffectiveBeforeToday: (today: string): LocalisedText => ({
    zh: `生效日期不能早于今天（${today}）：已施行的规则和已算出的结果不可改写。`,
    en: `The effective date cannot be before today (${today}): rules already applied and results already given are never rewritten.`,
  }),
  tooManyChanges: (max: number): LocalisedText => ({ zh: `一次最多修改 ${max} 处。`, en: `At most ${max} changes at a time.` }),
  ruleVersionSavedMeanwhile: (ruleSet: BilingualName, latest: number, expected: number): LocalisedText => ({
    zh: `「${ruleSet.nameZh}」已有人保存了第 ${latest} 版（您打开页面时最新为第 ${expected} 版）。您的修改未保存：请重新载入，核对新版本后再改。`,
    en: `Someone else saved version ${latest} of "${ruleSet.nameEn}" (the latest was version ${expected} when you opened the page). Your changes were not saved: reload, check the new version, then make them again.`,
  }),

  // The audit log.
  policyCreated: (actor: string, policy: Titled & { code: string; effectiveFrom: string }): LocalisedText => ({
    zh: `${actor} 新增政策「${policy.titleZh}」（${policy.code}），自 ${policy.effectiveFrom} 起施行`,
    en: `${actor} added the policy "${policy.titleEn}" (${policy.code}), in force from ${policy.effectiveFrom}`,
  }),
  policyVersionCreated: (actor: string, version: Titled & { version: number }, effectiveFrom: string, note: LocalisedText): LocalisedText => ({
    zh: `${actor} 新建政策「${version.titleZh}」第 ${version.version} 版，自 ${effectiveFrom} 起施行：${note.zh}`,
    en: `${actor} created version ${version.version} of "${version.titleEn}", in force from ${effectiveFrom}: ${note.en}`,
  }),
  ruleVersionCreated: (actor: string, ruleSet: BilingualName, version: number, effectiveFrom: string, base: number, note: LocalisedText): LocalisedText => ({
    zh: `${actor} 新建「${ruleSet.nameZh}」第 ${version} 版，自 ${effectiveFrom} 起施行（基于第 ${base} 版）：${note.zh}`,
    en: `${actor} created version ${version} of "${ruleSet.nameEn}", in force from ${effectiveFrom} (based on version ${base}): ${note.en}`,
  }),

  // Alerts to followers.
  newlyEligibleTitle: (policy: Titled): LocalisedText => ({ zh: `您现在可能符合「${policy.titleZh}」的申请条件`, en: `You may now qualify for "${policy.titleEn}"` }),
  newlyEligibleBody: (date: string, change: LocalisedText, reason: LocalisedText): LocalisedText => ({
    zh: `自 ${date} 起施行的新规则（${change.zh}）按您保存的信息重新检查：${reason.zh}。此为初步判断，以审核部门的决定为准。`,
    en: `The rules in force from ${date} (${change.en}) were checked again against the facts you saved: ${reason.en}. This is a preliminary check; the reviewing body decides.`,
  }),
  pointsReachedTitle: (standard: number): LocalisedText => ({ zh: `您的居住证积分估算已达到 ${standard} 分标准`, en: `Your residence-permit points estimate has reached the ${standard}-point standard` }),
  pointsReachedBody: (date: string, change: LocalisedText, total: number, before: number | string, standard: number): LocalisedText => ({
    zh: `按自 ${date} 起施行的新分值表（${change.zh}），您保存的情况估算为 ${total} 分（此前 ${before} 分），达到标准分值 ${standard} 分。积分申请由用人单位提交；估算仅供参考，以上海市居住证积分管理信息系统为准。`,
    en: `With the point tables in force from ${date} (${change.en}), the situation you saved is estimated at ${total} points (${before} before), reaching the standard of ${standard}. Your employer files the application; this is an estimate, and the official Shanghai system's score governs.`,
  }),
  newVersionTitle: (policy: Titled, date: string): LocalisedText => ({ zh: `「${policy.titleZh}」的新版本自 ${date} 起施行`, en: `A new version of "${policy.titleEn}" is in force from ${date}` }),
  newVersionBody: (change: LocalisedText): LocalisedText => ({ zh: `修改内容：${change.zh}`, en: `What changed: ${change.en}` }),
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
