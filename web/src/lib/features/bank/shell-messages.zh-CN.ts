/** Words of this feature that the shell shows on every page (menu, page titles, error and notification texts): loaded with the shell; the rest of `messages.zh-CN.ts` loads with the pages that use it. */
export const bankShellZhCN = {
  'nav.bank.products': '金融产品',
  'nav.bank.products.body': '浏览 11 家合作银行面向人才和科创企业的金融产品，按类型、金额、期限筛选并对比。',
  'nav.bank.requests': '我的融资',
  'nav.bank.requests.body': '发布融资需求、授权每家银行可见的信息，并排比较各银行报价并选择一家。',
  'nav.bank.inbox': '融资需求',
  'nav.bank.inbox.body': '答复发给本支行的融资需求：报价、追问或婉拒。',
  'nav.bank.myProducts': '本行产品',
  'nav.bank.myProducts.body': '发布和维护本支行面向人才与科创企业的产品。',
  'nav.bank.scorecard': '银企服务记分卡',
  'nav.bank.scorecard.body': '各支行每月的首次答复用时、每笔需求答复数和报价接受率。',

  'route.bank.products': '金融产品',
  'route.bank.newRequest': '发布融资需求',
  'route.bank.myRequests': '我的融资需求',
  'route.bank.request': '融资需求详情',
  'route.bank.inbox': '融资需求收件箱',
  'route.bank.inboxItem': '答复融资需求',
  'route.bank.myProducts': '本行产品',
  'route.bank.newProduct': '新建产品',
  'route.bank.editProduct': '修改产品',
  'route.bank.scorecard': '银企服务记分卡',

  // Amounts are typed in 万元 while the server counts yuan: say the limits in words that fit both.
  'userError.amount.OUT_OF_RANGE': '金额应大于 0，且不超过 20 亿元（200000 万元）。',
  'userError.offerAmount.OUT_OF_RANGE': '报价金额应大于 0，且不超过 20 亿元（200000 万元）。',
  'userError.minAmount.OUT_OF_RANGE': '金额应大于 0，且不超过 20 亿元（200000 万元）。',
  'userError.maxAmount.OUT_OF_RANGE': '金额应大于 0，且不超过 20 亿元（200000 万元）。',
} as const;
