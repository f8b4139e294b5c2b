/** English of `shell-messages.zh-CN.ts`. */
import type { applicationsShellZhCN } from './shell-messages.zh-CN';

export const applicationsShellEn: Record<keyof typeof applicationsShellZhCN, string> = {
  'route.apply': 'Apply online',
  'route.applications': 'My applications',
  'route.application': 'Application',
  'route.enterpriseApplications': 'Staff applications',
  'route.review': 'Review queue',
  'route.reviewPayments': 'Payments to record',
  'route.reviewReport': 'Application report',
  'route.nominate': 'Nominate key talent',
  'nav.nominate': 'Nominate key talent',
  'nav.nominate.body': 'Nominate staff for the key-talent incentive; they add the documents and submit, then you confirm.',
  'route.walkIn': 'File for a walk-in',
  'nav.walkIn': 'File for a walk-in',
  'nav.walkIn.body': 'File and submit for a talent who comes to the counter: find their account, check the paper documents.',
  'route.verify': 'Check a document',
  'route.printPaper': 'Print a document',

  'nav.applications': 'My applications',
  'nav.applications.body': 'Apply online, upload documents, and follow each application until the money or the flat arrives.',
  'nav.enterpriseApplications': 'Staff applications',
  'nav.enterpriseApplications.body': 'Confirm your staff\'s employment and see all your enterprise\'s applications.',
  'nav.review': 'Review queue',
  'nav.review.body': 'Work through submitted applications: approve, reject with a reason, or ask for more documents.',
  'nav.reviewPayments': 'Payments to record',
  'nav.reviewPayments.body': 'Record payments of approved benefits and talent-flat allocations.',
  'nav.reviewReport': 'Application report',
  'nav.reviewReport.body': 'Counts and amounts by status, policy and enterprise; CSV export.',

  'notifications.bell': 'Notifications',
  'notifications.bellLabel': 'Notifications, {n} unread',
  'notifications.title': 'Notifications',
  'notifications.markAll': 'Mark all read',
  'notifications.empty': 'No notifications.',
  'notifications.unread': 'Unread: ',
  'notifications.close': 'Close notifications',

  'userError.expectedVersion.CONFLICT': 'Someone acted on this application first; the page now shows where it stands. Check it before you decide.',

  // Shown on other features' pages (the policy page's apply and booking links).
  'applications.cap.notConfigured': 'not configured',
  'applications.cap.sample': '{cap} (sample)',
  'applications.cap.line': 'Amount cap: {cap}',
  'applications.notOpen': 'Not open for applications yet',
  'applications.notOpen.why': 'This policy\'s amount cap is not configured yet; online applications open once an administrator enters it from the official document.',
  'applications.employerFiles': 'Filed by the employer',
  'applications.employerFiles.why': 'You cannot apply on your own: ask your HR to nominate you on the platform; you will be notified to add your documents.',
  'applications.apply.title': 'Apply online',
  'applications.apply.signInFirst': 'Sign in to apply online',
};
