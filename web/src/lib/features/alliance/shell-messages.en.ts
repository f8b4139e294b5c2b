/** English of `shell-messages.zh-CN.ts`. */
import type { allianceShellZhCN } from './shell-messages.zh-CN';

export const allianceShellEn: Record<keyof typeof allianceShellZhCN, string> = {
  'route.alliance.events': 'Learning events',
  'route.alliance.event': 'Event',
  'route.alliance.newEvent': 'Post an event',
  'route.alliance.editEvent': 'Edit event',
  'route.alliance.staff': 'Register staff',
  'route.alliance.registrations': 'Registrations and attendance',
  'route.alliance.checkIn': 'Check-in',
  'route.alliance.participation': 'Participation by enterprise',
  'route.alliance.learning': 'My learning',

  'route.alliance.members': 'Alliance members',
  'route.alliance.member': 'Edit member profile',
  'route.alliance.cadre': 'Cadre exchange',
  'route.alliance.newCohort': 'New cohort',
  'route.alliance.cohort': 'Cadre exchange cohort',

  'nav.alliance.members': 'Alliance members',
  'nav.alliance.members.body': 'The 12 member enterprises with their field, size and contact; the coordinators; this year\'s and past rotating conveners.',
  'nav.alliance.members.coordinatorBody': 'Keep member profiles up to date and set each year\'s rotating convener of the joint meetings.',
  'nav.alliance.members.hrBody': 'See the alliance members and conveners, and keep your enterprise\'s profile up to date.',
  'nav.alliance.cadre': 'Cadre exchange',
  'nav.alliance.cadre.hrBody': 'Nominate your staff for the cadre training exchange with Shanghai University\'s School of Materials Science and Engineering, and see who was selected.',
  'nav.alliance.cadre.coordinatorBody': 'Set up cohorts with Shanghai University\'s School of Materials Science and Engineering, select nominees within the places, schedule sessions, record completion.',
};
