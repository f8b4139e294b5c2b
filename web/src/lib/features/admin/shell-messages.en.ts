/** English of `shell-messages.zh-CN.ts`. */
import type { adminShellZhCN } from './shell-messages.zh-CN';

export const adminShellEn: Record<keyof typeof adminShellZhCN, string> = {
  'route.adminAccounts': 'Accounts',
  'route.adminOrganisations': 'Organisations',
  'nav.admin.accounts': 'Accounts',
  'nav.admin.accounts.body': 'Open accounts for enterprise HR, coordinators, reviewers, bank liaisons and community workers; find existing ones.',
  'nav.admin.organisations': 'Organisations',
  'nav.admin.organisations.body': 'Add alliance enterprises, bank branches and other organisations; see the directory.',
  'route.adminOutbox': 'Message delivery',
  'nav.admin.outbox': 'Message delivery',
  'nav.admin.outbox.body': 'See how emails and text messages are delivered; send again those given up after every try (dead letters).',
  'route.adminImports': 'Excel imports',
  'nav.admin.imports': 'Excel imports',
  'nav.admin.imports.body': 'Import talent accounts, enterprise staff lists and applications and payments from before the platform; download the template first.',
  'route.adminForms': 'Policies and application forms',
  'nav.admin.forms': 'Policies and application forms',
  'nav.admin.forms.body': 'Add a policy that can be applied for online, and edit each policy\'s form (questions, checklist, processing time); every save is a new version.',
  'route.adminCaps': 'Caps and processing times',
  'nav.admin.caps': 'Caps and processing times',
  'nav.admin.caps.body': 'Each policy\'s amount cap per application (schedulable by date) and processing time, and who changed what, when.',
  'route.adminWorkflow': 'Application workflow',
  'nav.admin.workflow': 'Application workflow',
  'nav.admin.workflow.body': 'Every step of an application: who takes it, from which states to which, what it needs and which benefits it applies to.',
};
