import type { LocalisedText } from '../../core/errors/domain-error.js';

/**
 * What the bank module says to people (products, contacts, financing requests and their
 * notifications), in both languages, in one place: services name a message instead of writing it
 * inline.
 */
export const BANK_MESSAGES = {
  // Records, for "not found".
  contact: { zh: '联系人', en: 'contact' },
  bankProduct: { zh: '金融产品', en: 'bank product' },
  financingRequest: { zh: '融资需求', en: 'financing request' },
  offer: { zh: '报价', en: 'offer' },
  talentProfile: { zh: '人才档案', en: 'talent profile' },
  route: { zh: '发送记录', en: 'route' },
  branch: { zh: '支行', en: 'branch' },

  // Field labels.
  contactName: { zh: '姓名', en: 'name' },
  contactTitleZh: { zh: '职务（中文）', en: 'position in Chinese' },
  contactTitleEn: { zh: '职务（英文）', en: 'position in English' },
  productNameZh: { zh: '中文名称', en: 'Chinese name' },
  productNameEn: { zh: '英文名称', en: 'English name' },
  productSummaryZh: { zh: '中文简介', en: 'Chinese summary' },
  productSummaryEn: { zh: '英文简介', en: 'English summary' },
  productRequirementsZh: { zh: '中文申请条件', en: 'Chinese requirements' },
  productRequirementsEn: { zh: '英文申请条件', en: 'English requirements' },
  amount: { zh: '金额', en: 'amount' },
  term: { zh: '期限', en: 'term' },
  rate: { zh: '利率', en: 'rate' },
  purpose: { zh: '用途', en: 'purpose' },
  reply: { zh: '回复', en: 'reply' },
  conditions: { zh: '条件', en: 'conditions' },
  question: { zh: '问题', en: 'question' },
  reason: { zh: '原因', en: 'reason' },

  // Products and contacts.
  wholeNumberBetween: (min: string, max: string): LocalisedText => ({ zh: `请填写 ${min} 到 ${max} 之间的整数。`, en: `Enter a whole number from ${min} to ${max}.` }),
  rateOutOfRange: (maxPercent: number): LocalisedText => ({ zh: `年利率应大于 0、不超过 ${maxPercent}%，最多两位小数。`, en: `The annual rate must be above 0 and at most ${maxPercent}%, with at most two decimals.` }),
  lowestAboveHighest: (what: LocalisedText): LocalisedText => ({ zh: `${what.zh}下限不能大于上限。`, en: `The lowest ${what.en} cannot be above the highest.` }),
  phoneMissing: { zh: '请填写电话。', en: 'Please enter the phone.' },
  phoneInvalid: { zh: '电话应为 11 位手机号，或带区号的座机（如 021-56781234）。', en: 'Enter an 11-digit mobile or a landline with its area code (e.g. 021-56781234).' },
  talentLoanForTalent: { zh: '人才贷款类产品应面向人才。', en: 'Talent loans are for talent.' },

  // Financing requests.
  factDoesNotApply: { zh: '该信息项不适用于此类申请人。', en: 'This fact does not apply to this kind of applicant.' },
  creditCodeFormat: { zh: '统一社会信用代码应为 18 位数字或大写字母。', en: 'A unified social credit code has 18 digits or capital letters.' },
  creditCodeCheckCharacter: { zh: '统一社会信用代码校验位不正确，请核对。', en: 'The credit code\'s check character does not match; please check it.' },
  amountMissing: { zh: '请填写金额。', en: 'Please enter the amount.' },
  termMissing: { zh: '请填写期限。', en: 'Please enter the term.' },
  noBankChosen: { zh: '请至少选择一家银行。', en: 'Pick at least one bank.' },
  chosenBankMissing: { zh: '所选银行不存在。', en: 'A bank you picked does not exist.' },
  noMatchingProduct: { zh: '没有匹配的产品，请自选银行。', en: 'No product fits; please pick the banks yourself.' },
  bankNotRecipient: { zh: '该银行不在接收名单中。', en: 'This bank is not among the ones the request goes to.' },
  consentTwice: { zh: '同一家银行只能授权一次。', en: 'Give each bank one consent.' },
  consentFactsDoNotApply: { zh: '授权中有不适用的信息项。', en: 'The consent names facts that do not apply.' },
  closedConsentsFixed: { zh: '需求已结束，不能再更改授权。', en: 'The request is closed; its consents can no longer change.' },
  closedCannotWithdraw: { zh: '需求已结束，不能撤回。', en: 'The request is closed and cannot be withdrawn.' },
  onlyOfferAccepted: { zh: '只能接受银行的报价。', en: 'Only an offer can be accepted.' },
  alreadyAcceptedOrWithdrawn: { zh: '该需求已接受了一个报价或已撤回。', en: 'This request has already accepted an offer or was withdrawn.' },
  answerChangedMeanwhile: { zh: '该银行已更新了答复，请查看最新报价。', en: 'The bank has changed its answer since; please look at the latest one.' },
  onlyQuestionReplied: { zh: '只能回复银行提出的问题。', en: 'Only a bank\'s question can be replied to.' },
  requestClosed: { zh: '需求已结束。', en: 'The request is closed.' },
  offerAmountMissing: { zh: '请填写报价金额。', en: 'Please enter the offered amount.' },
  offerRateMissing: { zh: '请填写报价年利率。', en: 'Please enter the offered rate.' },
  offerTermMissing: { zh: '请填写报价期限。', en: 'Please enter the offered term.' },
  chosenProductMissing: { zh: '所选产品不存在。', en: 'The chosen product does not exist.' },
  closedNoMoreAnswers: { zh: '该需求已结束，不能再答复。', en: 'The request is closed; it takes no more answers.' },

  // Scorecard.
  scorecardMonths: { zh: '月份应为 YYYY-MM，起止不超过 24 个月。', en: 'Months are YYYY-MM, at most 24 of them, from before to.' },

  // Notifications.
  requestReceivedTitle: { zh: '新的融资需求', en: 'New financing request' },
  requestReceivedBody: (yuan: string, termMonths: number | string): LocalisedText => ({
    zh: `收到一笔融资需求：金额 ${yuan} 元，期限 ${termMonths} 个月。`,
    en: `A financing request arrived: ${yuan} yuan over ${termMonths} months.`,
  }),
  answerMadeOffer: { zh: '给出了报价', en: 'made an offer' },
  answerNeedsInfo: { zh: '需要补充信息', en: 'needs more information' },
  answerDeclined: { zh: '婉拒了您的需求', en: 'declined your request' },
  answeredTitle: (branch: LocalisedText, what: LocalisedText): LocalisedText => ({ zh: `${branch.zh}${what.zh}`, en: `${branch.en} ${what.en}` }),
  answeredBody: (branch: LocalisedText, what: LocalisedText): LocalisedText => ({ zh: `您的融资需求有了新的答复：${branch.zh}${what.zh}。`, en: `Your financing request has a new answer: ${branch.en} ${what.en}.` }),
  repliedTitle: { zh: '申请人回复了您的问题', en: 'The applicant answered your question' },
  repliedBody: { zh: '申请人已回复您提出的补充信息问题。', en: 'The applicant replied to the question you asked.' },
  consentChangedTitle: { zh: '申请人更改了信息授权', en: 'The applicant changed what you may see' },
  consentChangedBody: { zh: '申请人更改了授权您查看的信息项。', en: 'The applicant changed which facts you may see.' },
  offerAcceptedTitle: { zh: '您的报价已被接受', en: 'Your offer was accepted' },
  offerAcceptedBody: { zh: '申请人接受了贵支行的报价，请尽快联系申请人办理。', en: 'The applicant accepted your branch\'s offer; please contact them to proceed.' },
  notSelectedTitle: { zh: '申请人已选择其他银行', en: 'The applicant chose another bank' },
  notSelectedBody: { zh: '这笔融资需求已接受其他银行的报价，无需再答复。', en: 'This financing request accepted another bank\'s offer; no further answer is needed.' },
  youAcceptedTitle: (branch: LocalisedText): LocalisedText => ({ zh: `已接受${branch.zh}的报价`, en: `Offer of ${branch.en} accepted` }),
  youAcceptedBody: { zh: '其他银行已收到通知。', en: 'The other banks have been told.' },
  withdrawnTitle: { zh: '融资需求已撤回', en: 'Financing request withdrawn' },
  withdrawnBody: { zh: '申请人撤回了这笔融资需求。', en: 'The applicant withdrew this financing request.' },
} as const satisfies Record<string, LocalisedText | ((...args: never[]) => LocalisedText)>;
