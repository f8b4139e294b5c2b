import { AppMeta } from './core/db/app-meta.entity.js';
import { ALLIANCE_ENTITIES } from './modules/alliance/alliance.entities.js';
import { BANK_ENTITIES } from './modules/bank/index.js';
import { Notification } from './modules/notification/notification.entity.js';
import { Session } from './modules/account/session.entity.js';
import { SignInFailure } from './modules/account/sign-in-failure.entity.js';
import { User } from './modules/account/user.entity.js';
import { Organisation } from './modules/organisation/organisation.entity.js';
import { TalentProfile } from './modules/talent/talent-profile.entity.js';
import { POLICY_ENTITIES } from './modules/policy/index.js';

/** Every entity the ORM knows; listed by hand so discovery works the same under Vite and tsc. */
export const ENTITIES = [AppMeta, Organisation, User, Session, SignInFailure, TalentProfile, Notification, ...ALLIANCE_ENTITIES, ...POLICY_ENTITIES, ...BANK_ENTITIES];
