import { AppMeta } from './core/db/app-meta.entity.js';
import { APARTMENT_ENTITIES } from './modules/apartment/index.js';
import { APPOINTMENT_ENTITIES } from './modules/appointment/index.js';
import { APPLICATION_ENTITIES } from './modules/application/index.js';
import { DOCUMENT_ENTITIES } from './modules/document/index.js';
import { ALLIANCE_ENTITIES } from './modules/alliance/alliance.entities.js';
import { BANK_ENTITIES } from './modules/bank/index.js';
import { COMMUNITY_ENTITIES } from './modules/community/index.js';
import { FUND_ENTITIES } from './modules/fund/index.js';
import { MICROWISH_ENTITIES } from './modules/microwish/index.js';
import { Notification } from './modules/notification/notification.entity.js';
import { NotificationPreference, ReminderSent } from './modules/notification/notification-tables.entity.js';
import { OutboxMessage } from './modules/notification/outbox.entity.js';
import { Session } from './modules/account/session.entity.js';
import { SignInLimit } from './modules/account/sign-in-limit.entity.js';
import { SignUpRequest } from './modules/account/sign-up-request.entity.js';
import { ResidentIdConflict } from './modules/talent/resident-id-conflict.entity.js';
import { User } from './modules/account/user.entity.js';
import { Organisation } from './modules/organisation/organisation.entity.js';
import { POLICY_ENTITIES } from './modules/policy/index.js';
import { TalentProfile } from './modules/talent/talent-profile.entity.js';

/** Every entity the ORM knows; listed by hand so discovery works the same under Vite and tsc. */
export const ENTITIES = [AppMeta, Organisation, User, Session, SignInLimit, SignUpRequest, TalentProfile, ResidentIdConflict, Notification, OutboxMessage, NotificationPreference, ReminderSent, ...ALLIANCE_ENTITIES, ...POLICY_ENTITIES, ...DOCUMENT_ENTITIES, ...APPLICATION_ENTITIES, ...BANK_ENTITIES, ...APARTMENT_ENTITIES, ...COMMUNITY_ENTITIES, ...MICROWISH_ENTITIES, ...FUND_ENTITIES, ...APPOINTMENT_ENTITIES];
