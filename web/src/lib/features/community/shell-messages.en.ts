/** English of `shell-messages.zh-CN.ts`. */
import type { communityShellZhCN } from './shell-messages.zh-CN';

export const communityShellEn: Record<keyof typeof communityShellZhCN, string> = {
  'route.community.needs': 'Community needs',
  'route.community.newNeed': 'Post a need',
  'route.community.need': 'Need',
  'route.community.project': 'Paired project',
  'route.community.projects': 'My projects',
  'route.community.year': 'Yearly view',
  'route.community.pairings': 'Pairing agreements',
  'route.community.offer': 'What we offer',
  'nav.community.needs': 'Community needs',
  'nav.community.needs.body': 'Residents ask, the community orders, members take it up: the needs lists of villages and residential areas.',
  'nav.community.needs.workerBody': 'Post your place\'s needs; follow claims and projects.',
  'nav.community.needs.memberBody': 'See needs that match what your organisation offers; claim part or all of one.',
  'nav.community.projects': 'My projects',
  'nav.community.projects.body': 'Paired projects you run or volunteer on.',
  'nav.community.year': 'Yearly view',
  'nav.community.year.body': 'Needs received, claimed and completed per place and organisation; Excel download.',
  'nav.community.pairings': 'Pairing agreements',
  'nav.community.pairings.body': 'Agreements between places and member organisations, their commitments and yearly reviews.',
  'nav.community.offer': 'What we offer',
  'nav.community.offer.body': 'Tell the community what your organisation can offer; matching needs come first.',
};
