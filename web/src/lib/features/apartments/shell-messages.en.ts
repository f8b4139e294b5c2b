/** English of `shell-messages.zh-CN.ts`. */
import type { apartmentsShellZhCN } from './shell-messages.zh-CN';

export const apartmentsShellEn: Record<keyof typeof apartmentsShellZhCN, string> = {
  'nav.apartments': 'Talent apartments',
  'nav.apartments.body': 'Browse talent-apartment projects and units; the rent subsidy (rent first, subsidy after) and how the waitlist works.',
  'nav.apartments.mine': 'My apartment',
  'nav.apartments.mine.body': 'Your place on the waitlist, offers, your lease and the rent subsidy you have had.',
  'nav.apartments.manage': 'Apartment units',
  'nav.apartments.manage.body': 'Occupancy per project, new projects and units, CSV import.',
  'nav.apartments.waitlist': 'Apartment waitlist',
  'nav.apartments.waitlist.body': 'The waitlist per layout and the offers awaiting an answer.',
  'nav.apartments.leases': 'Apartment leases',
  'nav.apartments.leases.body': 'Current and ended leases; record a move-out.',
  'nav.apartments.settlements': 'Subsidy settlement',
  'nav.apartments.settlements.body': 'Settle the rent subsidy with each operator every half year: compute, approve, pay, export CSV.',

  'route.apartments.list': 'Talent apartments',
  'route.apartments.project': 'Apartment project',
  'route.apartments.mine': 'My talent apartment',
  'route.apartments.manage': 'Apartment units',
  'route.apartments.waitlist': 'Apartment waitlist',
  'route.apartments.leases': 'Apartment leases',
  'route.apartments.settlements': 'Rent subsidy settlement',
  'route.apartments.settlement': 'Settlement batch',
};
