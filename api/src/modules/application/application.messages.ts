import type { LocalisedText } from '../../core/errors/domain-error.js';

/**
 * What the application module says to people (drafting, the workflow's steps, forms, pre-checks
 * and their notifications), in both languages, in one place: services name a message instead of
 * writing it inline. Status, action and party names stay in their tables (application-status.ts,
 * workflow-names.ts); the printable papers' words in papers.ts; answer checks in form-question.ts;
 * one-string bilingual texts (history reasons, CSV and sheet headings) where they are written.
 */
export const APPLICATION_MESSAGES = {
  // Records, for "not found".
  application: { zh: '申请', en: 'application' },
  applicationForm: { zh: '申请表', en: 'application form' },
  formOfApplication: { zh: '申请须知', en: 'application form' },

  // Field labels.
  problemNote: { zh: '问题说明', en: 'note on what is wrong' },
  whereZh: { zh: '申报地点（中文）', en: 'place to file (Chinese)' },
  whereEn: { zh: '申报地点（英文）', en: 'place to file (English)' },
  howZh: { zh: '申报步骤（中文）', en: 'steps (Chinese)' },
  howEn: { zh: '申报步骤（英文）', en: 'steps (English)' },
  filingDocumentZh: { zh: '材料名称（中文）', en: 'document (Chinese)' },
  filingDocumentEn: { zh: '材料名称（英文）', en: 'document (English)' },
  procedureUrl: { zh: '网址', en: 'address' },

  // Forms (the administrator's side).
  processingDaysRange: { zh: '办理时限应为 1 到 365 天。', en: 'The processing time must be from 1 to 365 days.' },
  checklistKindTwice: { zh: '材料清单中这类材料重复。', en: 'This kind of document is listed twice.' },
  formUnchanged: { zh: '内容与当前版本相同，无需保存新版本。', en: 'Nothing differs from the version in force; no new version saved.' },
  tooManyChecklistItems: (max: number): LocalisedText => ({ zh: `材料清单最多 ${max} 项。`, en: `A checklist has at most ${max} items.` }),
  formVersionSavedMeanwhile: {
    zh: '申请表已被他人修改并保存为新版本，请刷新后在最新版本上修改。',
    en: 'Someone else saved a new version of this form; refresh and make your change on the latest version.',
  },
  codeTaken: { zh: '已有政策或规则集使用这个代码，请换一个。', en: 'A policy or rule set already uses this code; choose another.' },
  formVersionAudit: (version: number, questions: number, documents: number, processingDays: number): LocalisedText => ({
    zh: `申请表第 ${version} 版：${questions} 个问题，${documents} 项材料，办理时限 ${processingDays} 天`,
    en: `Application form version ${version}: ${questions} question${questions === 1 ? '' : 's'}, ${documents} document${documents === 1 ? '' : 's'}, ${processingDays} days to process`,
  }),
  /** A new policy's documents as its first version's text lists them. */
  documentsToFile: (documents: { kind: LocalisedText; required: boolean }[]): LocalisedText => ({
    zh: documents.map((c) => `${c.kind.zh}${c.required ? '' : '（如有）'}`).join('、') || '无需材料。',
    en: documents.map((c) => `${c.kind.en}${c.required ? '' : ' (if any)'}`).join(', ') || 'No documents needed.',
  }),

  // What reviewers and HR type.
  reasonMissing: { zh: '请填写理由，申请人会看到。', en: 'Give a reason; the applicant will see it.' },
  reasonTooLong: { zh: '理由最多 1000 个字。', en: 'The reason can have at most 1000 characters.' },
  evidenceMissing: { zh: '请写明核实依据（如查看的劳动合同、与单位的通话），会记入办理记录。', en: 'Say what the confirmation rests on (e.g. the labour contract seen, a call with the enterprise); it goes into the history.' },
  evidenceTooLong: { zh: '核实依据最多 1000 个字。', en: 'The evidence note can have at most 1000 characters.' },
  paymentReference: { zh: '请填写银行流水号（4–64 位字母、数字或连字符）。', en: 'Enter the bank\'s transfer number (4–64 letters, digits or hyphens).' },
  allocationNoteMissing: { zh: '请填写配房说明。', en: 'Describe the allocation.' },
  idempotencyKeyFormat: { zh: '幂等键应为 8–100 位字母、数字、下划线或连字符。', en: 'An idempotency key has 8–100 letters, digits, underscores or hyphens.' },
  dateMissing: { zh: '请填写日期。', en: 'Enter the date.' },
  dateFormat: { zh: '日期应为 YYYY-MM-DD 格式。', en: 'Dates look like 2026-07-01.' },
  idempotencyKeyReused: { zh: '该幂等键已用于另一项操作。', en: 'This idempotency key was already used for another operation.' },
  invalidState: (status: LocalisedText): LocalisedText => ({ zh: `申请当前状态为「${status.zh}」，不能进行此操作。`, en: `The application is now "${status.en}"; this step is not possible.` }),

  // Reports.
  reportDateFormat: { zh: '日期格式应为 YYYY-MM-DD。', en: 'Dates look like YYYY-MM-DD.' },
  reportEndBeforeStart: { zh: '结束日期不能早于开始日期。', en: 'The end date cannot come before the start date.' },

  // Drafting, nominating and filing at the counter.
  staffAlreadyApplying: { zh: '这位员工已有一份进行中的该项申请。', en: 'This person already has an open application for this policy.' },
  policyNotNominated: { zh: '该政策不由单位推荐申请。', en: 'Employers do not nominate for this policy.' },
  notOnYourStaff: { zh: '本单位没有这位员工。', en: 'That person is not on your staff.' },
  nominationNoteTooLong: { zh: '说明最多 1000 个字。', en: 'The note can have at most 1000 characters.' },
  noTalentAccount: { zh: '没有找到这位人才的账号，请先请其注册。', en: 'No talent account found for this person; ask them to sign up first.' },
  chosenEmployerMissing: { zh: '所选工作单位不存在。', en: 'The chosen employer does not exist.' },
  profileNamesNoEmployer: { zh: '这位人才的档案中没有工作单位，请按劳动合同选择。', en: 'This person\'s profile names no employer; choose it from the labour contract.' },
  seenNotOnChecklist: { zh: '只能勾选该政策材料清单中的材料。', en: 'Tick only documents on this policy\'s checklist.' },
  documentNotInWallet: { zh: '材料夹中没有这份材料。', en: 'That document is not in your wallet.' },
  notOnline: { zh: '该政策不能在线申请。', en: 'This policy cannot be applied for online.' },
  noMoneyNoAmount: { zh: '该政策不发放资金，无需填写金额。', en: 'This policy pays no money; leave the amount empty.' },
  amountNotWholeYuan: { zh: '金额应为正整数（元）。', en: 'The amount must be a whole number of yuan above zero.' },
  setEmployerFirst: { zh: '请先在个人档案中填写工作单位，单位人事需要确认您的在职情况。', en: 'Set your employer in your profile first: their HR confirm your employment.' },
  requestedAmountMissing: { zh: '请填写申请金额。', en: 'Enter the amount you apply for.' },
  notOpen: {
    zh: '暂不受理：该政策的金额上限尚未配置（待配置），管理员按正式文件录入后即可申请。',
    en: 'Not open for applications yet: this policy\'s amount cap is not configured; applications open once an administrator enters it from the official document.',
  },
  employerFiles: {
    zh: '该项由单位申报，个人不能自行发起：请联系单位人事在平台上推荐您，推荐后您会收到通知并补充材料。',
    en: 'Your employer files this one; it cannot be started by an individual. Ask your HR to nominate you on the platform: you will be notified to add your documents.',
  },
  youAlreadyApplied: (reference: string, status: LocalisedText): LocalisedText => ({
    zh: `您已有一份该政策的申请 ${reference}（${status.zh}），请继续办理这一份，不必重新申请。`,
    en: `You already have an application for this policy, ${reference} (${status.en}); carry on with that one instead of starting again.`,
  }),
  staffAlreadyApplied: (reference: string, status: LocalisedText): LocalisedText => ({
    zh: `这位员工已有一份该项申请 ${reference}（${status.zh}）。`,
    en: `This person already has an application for this policy, ${reference} (${status.en}).`,
  }),
  actedOnMeanwhile: {
    zh: '该申请已被他人处理或修改，请刷新后查看最新状态。',
    en: 'Someone else has acted on this application; refresh to see where it stands now.',
  },
  amountOverCap: (capYuan: number): LocalisedText => ({ zh: `金额不能超过政策上限 ${capYuan} 元。`, en: `The amount cannot exceed the policy's cap of ${capYuan} yuan.` }),
  documentsMissing: (kinds: LocalisedText[]): LocalisedText => ({
    zh: `缺少必需材料（或已过期）：${kinds.map((k) => k.zh).join('、')}。`,
    en: `Required documents missing or expired: ${kinds.map((k) => k.en).join(', ')}.`,
  }),

  // The employer's confirmation.
  previousYearIncomeMissing: { zh: '单位申报的政策须填写上一年度税前收入（元），用于核对收入条件。', en: 'Enter the previous year\'s pre-tax income in yuan: this policy\'s conditions are checked against it.' },
  employmentMissing: { zh: '请填写在职信息。', en: 'Enter the employment facts.' },
  contractStartsLater: { zh: '合同起始日不能晚于今天。', en: 'The contract cannot start after today.' },
  contractEndsBeforeStart: { zh: '合同终止日不能早于起始日。', en: 'The contract cannot end before it starts.' },
  contractEnded: { zh: '合同已到期，无法确认在职。', en: 'The contract has ended; employment cannot be confirmed.' },
  positionMissing: { zh: '请填写岗位。', en: 'Enter the position.' },
  positionTooLong: { zh: '岗位最多 100 个字。', en: 'The position can have at most 100 characters.' },
  socialInsuranceMonths: { zh: '社保月数应为 0 到 600 之间的整数。', en: 'Social-insurance months must be a whole number from 0 to 600.' },
  previousYearIncomeRange: { zh: '上一年度税前收入应为 0 到 10 亿之间的整数（元）。', en: 'The previous year\'s pre-tax income must be a whole number of yuan from 0 to 1,000,000,000.' },
  noEmployer: { zh: '该申请没有工作单位。', en: 'This application names no employer.' },
  criterionNotMet: (explanation: LocalisedText): LocalisedText => ({ zh: `${explanation.zh}。`, en: `${explanation.en}.` }),
  employerHasHr: {
    zh: '该单位有人事账号，须由单位人事在平台上确认在职；镇审核人员只能为没有人事账号的单位代为确认。',
    en: 'This enterprise has an HR account, so its HR must confirm employment; the town confirms only for enterprises without one.',
  },

  // Approving.
  noMoneyApproveWithoutAmount: { zh: '该政策不发放资金，批准时无需金额。', en: 'This policy pays no money; approve without an amount.' },
  capNotConfigured: { zh: '该政策的金额上限尚未配置（待配置），请管理员按正式文件录入后再批准。', en: 'This policy\'s amount cap is not configured yet; an administrator must enter it from the official document before approval.' },
  approvedAmountMissing: { zh: '请填写批准金额。', en: 'Enter the amount approved.' },
  approvedOverCap: (capYuan: number): LocalisedText => ({ zh: `批准金额不能超过政策上限 ${capYuan} 元。`, en: `The approved amount cannot exceed the policy's cap of ${capYuan} yuan.` }),
  awardIsConfigured: (awardYuan: number): LocalisedText => ({
    zh: `该政策按配置的激励金额 ${awardYuan} 元批准，不能改为其他金额（可不填金额）。`,
    en: `This policy's award is the configured amount of ${awardYuan} yuan; it cannot be approved at another amount (leave the amount empty).`,
  }),

  // Pre-checks of city procedures.
  noRecommendationNeeded: { zh: '该事项预审通过后无需推荐。', en: 'This procedure needs no recommendation after the pre-check.' },
  noPreCheckForm: { zh: '该政策没有预审申请表。', en: 'This policy has no pre-check form.' },
  procedureConfigured: { zh: '设置市级事项申报指引', en: 'Set the city procedure guidance' },
  verdictTwice: { zh: '每项材料只能标注一次。', en: 'Mark each document once.' },
  verdictNotOnChecklist: { zh: '只能标注该事项材料清单中的材料。', en: 'Mark only documents on this procedure\'s checklist.' },
  passWithProblem: { zh: '有材料标注了问题，不能通过预审；请选择"需补充材料"。', en: 'A document is marked with a problem, so the pre-check cannot pass; choose "needs more documents".' },
  noFilingDocuments: { zh: '请至少列出一项申报材料。', en: 'List at least one document to file.' },
  tooManyFilingDocuments: { zh: '申报材料最多 40 项。', en: 'At most 40 documents.' },
  urlNotHttps: { zh: '网址应以 https:// 开头。', en: 'The address must start with https://.' },
  requiredNotAccepted: (kinds: LocalisedText[]): LocalisedText => ({
    zh: `通过预审须逐项确认必需材料，尚未确认：${kinds.map((k) => k.zh).join('、')}。`,
    en: `To pass the pre-check, mark every required document accepted; not yet: ${kinds.map((k) => k.en).join(', ')}.`,
  }),

  // Notifications.
  awaitingEmployerBody: { zh: '本单位员工提交了申请，请确认其在职情况。', en: 'A member of your staff applied; please confirm their employment.' },
  awaitingReviewBody: { zh: '单位已确认在职，申请进入审核队列。', en: 'The employer confirmed employment; the application is in the review queue.' },
  awaitingPreCheckBody: { zh: '人才提交了市级事项的预审材料，请逐项核对并出具预审结果。', en: 'A talent submitted documents for a city procedure; check each and issue the pre-check result.' },
  awaitingRecommendationBody: { zh: '该人才的预审已通过，请出具推荐。', en: 'This talent\'s pre-check passed; please give the recommendation.' },
  stepTitle: (reference: string, step: LocalisedText): LocalisedText => ({ zh: `申请 ${reference}：${step.zh}`, en: `Application ${reference}: ${step.en}` }),
  stepBody: (status: LocalisedText, reason: string | null): LocalisedText => {
    const why = reason ? { zh: `理由：${reason}`, en: `Reason: ${reason}` } : { zh: '', en: '' };
    return { zh: `当前状态：${status.zh}。${why.zh}`, en: `Now: ${status.en}. ${why.en}`.trim() };
  },
  awaitingEmployerTitle: (reference: string): LocalisedText => ({ zh: `待确认：申请 ${reference}`, en: `To confirm: application ${reference}` }),
  awaitingReviewTitle: (reference: string): LocalisedText => ({ zh: `待审核：申请 ${reference}`, en: `To review: application ${reference}` }),
  awaitingPreCheckTitle: (reference: string): LocalisedText => ({ zh: `待预审：${reference}`, en: `To pre-check: ${reference}` }),
  awaitingRecommendationTitle: (reference: string): LocalisedText => ({ zh: `待推荐：${reference}`, en: `To recommend: ${reference}` }),
  nominatedTitle: (reference: string): LocalisedText => ({ zh: `单位推荐您申请（${reference}）`, en: `Your employer nominated you (${reference})` }),
  nominatedBody: (note: string): LocalisedText => ({ zh: `请补充所需材料后提交。${note ? `说明：${note}` : ''}`, en: `Please add the documents it needs and submit.${note ? ` Note: ${note}` : ''}` }),
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
