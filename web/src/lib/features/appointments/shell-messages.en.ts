/** English of `shell-messages.zh-CN.ts`. */
import type { appointmentsShellZhCN } from './shell-messages.zh-CN';

export const appointmentsShellEn: Record<keyof typeof appointmentsShellZhCN, string> = {
  'route.appointments': 'My appointments',
  'route.appointments.book': 'Book a visit',
  'route.appointments.desk': 'Appointment desk',
  'nav.appointments': 'My appointments',
  'nav.appointments.body': 'Window and bank visits, queue numbers, cancelling, calendar files.',
  'nav.appointments.desk': 'Appointment desk',
  'nav.appointments.desk.body': 'The day\'s appointments: call next, mark served or absent.',
  'route.admin.appointments': "Service points and holidays",
  'nav.admin.appointments': "Service points and holidays",
  'nav.admin.appointments.body': "Each point's weekly hours, places per slot and closures, and the year's official holidays and adjusted working days.",

  // Shown on other features' pages (the policy page's apply and booking links).
  'appointments.bookVisit': 'Book a window visit: {name}',
  'appointments.bookBank': 'Book a bank consultation: {name}',
};
