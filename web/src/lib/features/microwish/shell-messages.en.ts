/** English of `shell-messages.zh-CN.ts`. */
import type { microwishShellZhCN } from './shell-messages.zh-CN';

export const microwishShellEn: Record<keyof typeof microwishShellZhCN, string> = {
  'route.wishes.list': 'Micro-wishes',
  'route.wishes.new': 'Post a micro-wish',
  'route.wishes.wish': 'Micro-wish',
  'route.wishes.edit': 'Correct a micro-wish',
  'route.wishes.counts': 'Micro-wishes fulfilled',
  'nav.wishes': 'Micro-wishes',
  'nav.wishes.body': 'Residents\' small wishes: open ones and those fulfilled.',
  'nav.wishes.workerBody': 'Post a resident\'s wish for your place and confirm the handover.',
  'nav.wishes.claimBody': 'Take up a resident\'s wish and bring it as agreed.',
};
