import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { containsPattern } from '../../core/db/like.js';
import { hashPassword, verifyPassword } from '../../core/auth/password.js';
import { checkEmail, checkNewPassword, checkText } from '../../core/validation.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { ORGANISATION_KINDS_OF_ROLE, Role } from '../../core/auth/role.js';
import { ACCOUNT_MESSAGES as M } from './account.messages.js';
import { Session } from './session.entity.js';
import { SignInRefused, SignInThrottle } from './sign-in-throttle.js';
import { User } from './user.entity.js';

export interface StaffAccountData {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  organisationId?: string | null;
}

export class AccountService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Checks a password within the sign-in limits (sign-in-throttle.ts): each attempt is counted
   * before the password is checked, per account and client address, per address, and per account.
   */
  async authenticate(rawEmail: string, password: string, clientAddress: string): Promise<User> {
    const email = rawEmail.trim().toLowerCase();
    let attempt;
    try {
      attempt = await SignInThrottle.for(this.em).reserve(email, clientAddress);
    } catch (error) {
      if (!(error instanceof SignInRefused)) throw error;
      const minutes = Math.ceil(error.retryAfterSeconds / 60);
      throw new UserInputErrors([{
        field: null,
        code: UserErrorCode.TOO_MANY_ATTEMPTS,
        message: error.retryAfterSeconds < 90 ? M.tooManySignInsSeconds(error.retryAfterSeconds) : M.tooManySignInsMinutes(minutes),
      }]);
    }
    // Text that cannot be an address is an unknown account, checked against the decoy all the same.
    const user = email.length <= 254 && !email.includes('\u0000') ? await this.em.findOne(User, { email }) : null;
    if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
      throw new UserInputErrors([{
        field: null,
        code: UserErrorCode.INVALID_CREDENTIALS,
        message: M.wrongCredentials,
      }]);
    }
    await attempt.succeeded();
    if (user.disabledAt) {
      // Said only to someone who knows the password.
      throw new UserInputErrors([{
        field: null,
        code: UserErrorCode.INVALID_STATE,
        message: M.accountDisabled,
      }]);
    }
    return user;
  }

  /**
   * ADMIN disables an account (it can no longer sign in, and every session of it ends now, open
   * WebSockets included: the sessions trigger announces each one) or re-enables it.
   */
  async setDisabled(admin: Viewer, userId: string, disabled: boolean, now = new Date()): Promise<User> {
    if (admin.role !== Role.ADMIN) throw DomainError.forbidden();
    if (disabled && userId === admin.userId) {
      throw new UserInputErrors([{ field: 'input.userId', code: UserErrorCode.INVALID, message: M.cannotDisableSelf }]);
    }
    return this.em.transactional(async (em) => {
      const user = await em.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!user) throw DomainError.notFound(M.account);
      if (disabled && !user.disabledAt) {
        user.disabledAt = now;
        await em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: now });
      } else if (!disabled) {
        user.disabledAt = null;
      }
      return user;
    });
  }

  /** ADMIN creates accounts for staff, each attached to the kind of organisation its role acts for. */
  async createStaffAccount(_admin: Viewer, data: StaffAccountData): Promise<User> {
    const errors = new FieldErrors();
    const email = checkEmail(errors, 'input.email', data.email);
    checkNewPassword(errors, 'input.password', data.password);
    const displayName = checkText(errors, 'input.displayName', data.displayName, M.displayName);
    if (data.role === Role.TALENT) {
      errors.addText('input.role', UserErrorCode.INVALID, M.talentSignsUpThemselves);
    }
    const roleKinds = ORGANISATION_KINDS_OF_ROLE[data.role];
    const kinds = roleKinds && Object.values(OrganisationKind).filter((kind) => roleKinds.includes(kind));
    let organisation: Organisation | null = null;
    if (kinds) {
      organisation = data.organisationId ? await this.findOrganisation(data.organisationId, ...kinds) : null;
      if (!organisation) {
        errors.addText('input.organisationId', data.organisationId ? UserErrorCode.NOT_FOUND : UserErrorCode.REQUIRED, M.chooseOrganisationOfRole);
      }
    } else if (data.organisationId) {
      errors.addText('input.organisationId', UserErrorCode.INVALID, M.roleHasNoOrganisation);
    }
    if (!errors.has('input.email') && (await this.em.count(User, { email })) > 0) {
      errors.addText('input.email', UserErrorCode.DUPLICATE, M.emailTaken);
    }
    errors.throwIfAny();
    const user = this.em.create(User, { email, displayName, role: data.role, organisation, passwordHash: await hashPassword(data.password) });
    await this.em.flush();
    return user;
  }

  /** ADMIN's list of accounts, newest first; `search` matches email or name. */
  async list(viewer: Viewer, filter: { role?: Role | null; organisationId?: string | null; search?: string | null }, window: PageWindow): Promise<[User[], number]> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    const where: Record<string, unknown> = {};
    if (filter.role) where.role = filter.role;
    if (filter.organisationId) where.organisation = filter.organisationId;
    const search = filter.search?.trim();
    if (search) {
      const like = containsPattern(search);
      where.$or = [{ email: { $ilike: like } }, { displayName: { $ilike: like } }];
    }
    return this.em.findAndCount(User, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
  }

  private findOrganisation(id: string, ...kinds: OrganisationKind[]): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { id, kind: { $in: kinds } });
  }
}
