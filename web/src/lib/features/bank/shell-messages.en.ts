/** English of `shell-messages.zh-CN.ts`. */
import type { bankShellZhCN } from './shell-messages.zh-CN';

export const bankShellEn: Record<keyof typeof bankShellZhCN, string> = {
  'nav.bank.products': 'Bank products',
  'nav.bank.products.body': 'Browse the 11 partner banks\' products for talent and tech enterprises; filter by kind, amount and term, and compare.',
  'nav.bank.requests': 'My financing',
  'nav.bank.requests.body': 'Post a financing request, choose what each bank may see, compare the offers side by side and pick one.',
  'nav.bank.inbox': 'Financing requests',
  'nav.bank.inbox.body': 'Answer the requests sent to your branch: an offer, a question or a refusal.',
  'nav.bank.myProducts': 'Our products',
  'nav.bank.myProducts.body': 'Publish and keep up your branch\'s products for talent and tech enterprises.',
  'nav.bank.scorecard': 'Partnership scorecard',
  'nav.bank.scorecard.body': 'Each branch\'s time to first answer, answers per request and acceptance rate, per month.',

  'route.bank.products': 'Bank products',
  'route.bank.newRequest': 'Request financing',
  'route.bank.myRequests': 'My financing requests',
  'route.bank.request': 'Financing request',
  'route.bank.inbox': 'Financing inbox',
  'route.bank.inboxItem': 'Answer a request',
  'route.bank.myProducts': 'Our products',
  'route.bank.newProduct': 'New product',
  'route.bank.editProduct': 'Edit product',
  'route.bank.scorecard': 'Partnership scorecard',

  'userError.amount.OUT_OF_RANGE': 'The amount must be above 0 and at most 2 billion yuan (200,000 × 10k).',
  'userError.offerAmount.OUT_OF_RANGE': 'The offered amount must be above 0 and at most 2 billion yuan (200,000 × 10k).',
  'userError.minAmount.OUT_OF_RANGE': 'The amount must be above 0 and at most 2 billion yuan (200,000 × 10k).',
  'userError.maxAmount.OUT_OF_RANGE': 'The amount must be above 0 and at most 2 billion yuan (200,000 × 10k).',
};
