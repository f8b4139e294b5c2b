import { AppMeta } from './core/db/app-meta.entity.js';
import { APARTMENT_ENTITIES } from './modules/apartment/index.js';
import { APPOINTMENT_ENTITIES } from './modules/appointment/index.js';
import { APPLICATION_ENTITIES } from './modules/application/index.js';
import { DOCUMENT_ENTITIES } from './modules/document/index.js';
import { ALLIANCE_ENTITIES } from './modules/alliance/index.js';
import { BANK_ENTITIES } from './modules/bank/index.js';
import { COMMUNITY_ENTITIES } from './modules/community/index.js';
import { FUND_ENTITIES } from './modules/fund/index.js';
import { IMPORT_ENTITIES } from './modules/imports/index.js';
import { MICROWISH_ENTITIES } from './modules/microwish/index.js';
import { Notification, NotificationPreference, OutboxMessage, ReminderSent } from './modules/notification/index.js';
import { PasswordLink, Session, SignInLimit, SignUpRequest, User } from './modules/account/index.js';
import { ResidentIdConflict, TalentProfile } from './modules/talent/index.js';
import { Organisation } from './modules/organisation/index.js';
import { POLICY_ENTITIES } from './modules/policy/index.js';
import { AUDIT_ENTITIES } from './modules/audit/index.js';

/** Every entity the ORM knows; listed by hand so discovery works the same under Vite and tsc. */
export const ENTITIES = [AppMeta, Organisation, User, Session, SignInLimit, SignUpRequest, PasswordLink, TalentProfile, ResidentIdConflict, Notification, OutboxMessage, NotificationPreference, ReminderSent, ...ALLIANCE_ENTITIES, ...POLICY_ENTITIES, ...AUDIT_ENTITIES, ...DOCUMENT_ENTITIES, ...APPLICATION_ENTITIES, ...BANK_ENTITIES, ...APARTMENT_ENTITIES, ...COMMUNITY_ENTITIES, ...MICROWISH_ENTITIES, ...FUND_ENTITIES, ...APPOINTMENT_ENTITIES, ...IMPORT_ENTITIES];
