import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128035957_initial } from './Migration20261128035957_initial.js';
import { Migration20261128041714_alliance } from './Migration20261128041714_alliance.js';
import { Migration20261128042041_policy } from './Migration20261128042041_policy.js';
import { Migration20261128042122_bank } from './Migration20261128042122_bank.js';
import { Migration20261128042119_applications } from './Migration20261128042119_applications.js';
import { Migration20261128043051_outbox } from './Migration20261128043051_outbox.js';
import { Migration20261128045707_apartments } from './Migration20261128045707_apartments.js';
import { Migration20261128052000_application_live } from './Migration20261128052000_application_live.js';
import { Migration20261128053932_employer_nominations } from './Migration20261128053932_employer_nominations.js';
import { Migration20261128054641_nominated_by } from './Migration20261128054641_nominated_by.js';
import { Migration20261204122919_community_places } from './Migration20261204122919_community_places.js';
import { Migration20261204123148_sign_in_limits } from './Migration20261204123148_sign_in_limits.js';
import { Migration20261204124509_community_pairing } from './Migration20261204124509_community_pairing.js';
import { Migration20261204130000_account_disable_live_sessions } from './Migration20261204130000_account_disable_live_sessions.js';
import { Migration20261204130156_micro_wishes } from './Migration20261204130156_micro_wishes.js';
import { Migration20261204130959_community_needs } from './Migration20261204130959_community_needs.js';
import { Migration20261204131500_one_open_application } from './Migration20261204131500_one_open_application.js';
import { Migration20261204140000_sign_up_confirmation_id_conflicts } from './Migration20261204140000_sign_up_confirmation_id_conflicts.js';
import { Migration20261204141500_job_engine } from './Migration20261204141500_job_engine.js';
import { Migration20261205090000_upload_quota } from './Migration20261205090000_upload_quota.js';
import { Migration20261205100000_joint_meetings } from './Migration20261205100000_joint_meetings.js';
import { Migration20261205110000_charity_fund } from './Migration20261205110000_charity_fund.js';
import { Migration20261206090000_mail_delivery } from './Migration20261206090000_mail_delivery.js';
import { Migration20261206100000_appointments } from './Migration20261206100000_appointments.js';
import { Migration20261206110000_notification_channels } from './Migration20261206110000_notification_channels.js';
import { Migration20261206120000_reminders_sent } from './Migration20261206120000_reminders_sent.js';
import { Migration20261207090000_policy_follows } from './Migration20261207090000_policy_follows.js';
import { Migration20261208090000_policy_document_effective_on } from './Migration20261208090000_policy_document_effective_on.js';
import { Migration20261208100000_caps_as_rule_data } from './Migration20261208100000_caps_as_rule_data.js';
import { Migration20261208110000_walk_in_filing } from './Migration20261208110000_walk_in_filing.js';
import { Migration20261209090000_forms_as_data } from './Migration20261209090000_forms_as_data.js';
import { Migration20261209093000_imports } from './Migration20261209093000_imports.js';
import { Migration20261209100000_application_papers } from './Migration20261209100000_application_papers.js';
import { Migration20261210090000_password_links } from './Migration20261210090000_password_links.js';
import { Migration20261210100000_manual_apartment_offers } from './Migration20261210100000_manual_apartment_offers.js';

/**
 * Migrations in the order they apply. `npm run migration:create -- name` writes a new file from
 * the entities; read it, then add it here (listed by hand so they load the same under Vite and tsc).
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261128035957_initial', class: Migration20261128035957_initial },
  { name: 'Migration20261128041714_alliance', class: Migration20261128041714_alliance },
  { name: 'Migration20261128042041_policy', class: Migration20261128042041_policy },
  { name: 'Migration20261128042122_bank', class: Migration20261128042122_bank },
  { name: 'Migration20261128042119_applications', class: Migration20261128042119_applications },
  { name: 'Migration20261128043051_outbox', class: Migration20261128043051_outbox },
  { name: 'Migration20261128045707_apartments', class: Migration20261128045707_apartments },
  { name: 'Migration20261128052000_application_live', class: Migration20261128052000_application_live },
  { name: 'Migration20261128053932_employer_nominations', class: Migration20261128053932_employer_nominations },
  { name: 'Migration20261128054641_nominated_by', class: Migration20261128054641_nominated_by },
  { name: 'Migration20261204122919_community_places', class: Migration20261204122919_community_places },
  { name: 'Migration20261204123148_sign_in_limits', class: Migration20261204123148_sign_in_limits },
  { name: 'Migration20261204124509_community_pairing', class: Migration20261204124509_community_pairing },
  { name: 'Migration20261204130000_account_disable_live_sessions', class: Migration20261204130000_account_disable_live_sessions },
  { name: 'Migration20261204130156_micro_wishes', class: Migration20261204130156_micro_wishes },
  { name: 'Migration20261204130959_community_needs', class: Migration20261204130959_community_needs },
  { name: 'Migration20261204131500_one_open_application', class: Migration20261204131500_one_open_application },
  { name: 'Migration20261204140000_sign_up_confirmation_id_conflicts', class: Migration20261204140000_sign_up_confirmation_id_conflicts },
  { name: 'Migration20261204141500_job_engine', class: Migration20261204141500_job_engine },
  { name: 'Migration20261205090000_upload_quota', class: Migration20261205090000_upload_quota },
  { name: 'Migration20261205100000_joint_meetings', class: Migration20261205100000_joint_meetings },
  { name: 'Migration20261205110000_charity_fund', class: Migration20261205110000_charity_fund },
  { name: 'Migration20261206090000_mail_delivery', class: Migration20261206090000_mail_delivery },
  { name: 'Migration20261206100000_appointments', class: Migration20261206100000_appointments },
  { name: 'Migration20261206110000_notification_channels', class: Migration20261206110000_notification_channels },
  { name: 'Migration20261206120000_reminders_sent', class: Migration20261206120000_reminders_sent },
  { name: 'Migration20261207090000_policy_follows', class: Migration20261207090000_policy_follows },
  { name: 'Migration20261208090000_policy_document_effective_on', class: Migration20261208090000_policy_document_effective_on },
  { name: 'Migration20261208100000_caps_as_rule_data', class: Migration20261208100000_caps_as_rule_data },
  { name: 'Migration20261208110000_walk_in_filing', class: Migration20261208110000_walk_in_filing },
  { name: 'Migration20261209090000_forms_as_data', class: Migration20261209090000_forms_as_data },
  { name: 'Migration20261209093000_imports', class: Migration20261209093000_imports },
  { name: 'Migration20261209100000_application_papers', class: Migration20261209100000_application_papers },
  { name: 'Migration20261210090000_password_links', class: Migration20261210090000_password_links },
  { name: 'Migration20261210100000_manual_apartment_offers', class: Migration20261210100000_manual_apartment_offers },
];
