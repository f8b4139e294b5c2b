import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { hashPassword, verifyPassword } from '../../core/auth/password.js';
import { checkEmail, checkNewPassword, checkText } from '../../core/validation.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { ORGANISATION_KINDS_OF_ROLE, Role } from '../../core/auth/role.js';
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
        message: error.retryAfterSeconds < 90
          ? { zh: `登录尝试次数过多，请 ${error.retryAfterSeconds} 秒后再试。`, en: `Too many sign-in attempts; try again in ${error.retryAfterSeconds} seconds.` }
          : { zh: `登录尝试次数过多，请 ${minutes} 分钟后再试。`, en: `Too many sign-in attempts; try again in ${minutes} minutes.` },
      }]);
    }
    // Text that cannot be an address is an unknown account, checked against the decoy all the same.
    const user = email.length <= 254 && !email.includes('\u0000') ? await this.em.findOne(User, { email }) : null;
    if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
      throw new UserInputErrors([{
        field: null,
        code: UserErrorCode.INVALID_CREDENTIALS,
        message: { zh: '邮箱或密码不正确。', en: 'The email or password is not right.' },
      }]);
    }
    await attempt.succeeded();
    if (user.disabledAt) {
      // Said only to someone who knows the password.
      throw new UserInputErrors([{
        field: null,
        code: UserErrorCode.INVALID_STATE,
        message: { zh: '此账号已被管理员停用，如有疑问请联系镇人才办。', en: 'This account has been disabled by an administrator; contact the town talent office.' },
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
      throw new UserInputErrors([{ field: 'input.userId', code: UserErrorCode.INVALID, message: { zh: '不能停用自己的账号。', en: 'You cannot disable your own account.' } }]);
    }
    return this.em.transactional(async (em) => {
      const user = await em.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!user) throw DomainError.notFound({ zh: '账号', en: 'account' });
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
    const displayName = checkText(errors, 'input.displayName', data.displayName, { zh: '显示名称', en: 'display name' });
    if (data.role === Role.TALENT) {
      errors.add('input.role', UserErrorCode.INVALID, '人才请自行注册。', 'Talent sign up themselves; choose a staff role.');
    }
    const kinds = ORGANISATION_KINDS_OF_ROLE[data.role] as OrganisationKind[] | undefined;
    let organisation: Organisation | null = null;
    if (kinds) {
      organisation = data.organisationId ? await this.findOrganisation(data.organisationId, ...kinds) : null;
      if (!organisation) {
        errors.add('input.organisationId', data.organisationId ? UserErrorCode.NOT_FOUND : UserErrorCode.REQUIRED,
          '请选择该角色所属的机构（类型须匹配）。', 'Choose the organisation this role acts for (of the matching kind).');
      }
    } else if (data.organisationId) {
      errors.add('input.organisationId', UserErrorCode.INVALID, '该角色不隶属于机构。', 'This role does not act for an organisation.');
    }
    if (!errors.has('input.email') && (await this.em.count(User, { email })) > 0) {
      errors.add('input.email', UserErrorCode.DUPLICATE, '该邮箱已有账号。', 'This email already has an account.');
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
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ email: { $ilike: like } }, { displayName: { $ilike: like } }];
    }
    return this.em.findAndCount(User, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit });
  }

  private findOrganisation(id: string, ...kinds: OrganisationKind[]): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { id, kind: { $in: kinds } });
  }
}
