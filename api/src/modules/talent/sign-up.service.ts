import { DeadlockException, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../core/auth/password.js';
import { Role } from '../../core/auth/role.js';
import { FieldErrors, oneUserError, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { checkEmail, checkNewPassword, checkPhone, checkResidentId, checkText } from '../../core/validation.js';
import { hashToken, SignUpRequest, User } from '../account/index.js';
import { OutboxChannel, OutboxMessage } from '../notification/index.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { applyResidentId } from './resident-id-claims.js';
import { ResidentIdConflictSource } from './resident-id-conflict.entity.js';
import { TalentProfile } from './talent-profile.entity.js';
import { TALENT_MESSAGES as M } from './talent.messages.js';

export interface SignUpData {
  email: string;
  password: string;
  displayName: string;
  legalName: string;
  residentIdNumber?: string | null;
  phone?: string | null;
  employerId?: string | null;
}

/** How long the link in a sign-up email works. */
export const SIGN_UP_LINK_HOURS = 24;

/**
 * An email with both languages in one, as every email here: the subject is the title in both,
 * the body both texts and then the link.
 */
function bilingualEmail(kind: string, title: LocalisedText, body: LocalisedText, link: string) {
  return {
    subject: `${title.zh} / ${title.en}`,
    body: `${body.zh}\n\n${body.en}\n\n${link}`,
    kind,
    content: { title, body, link },
  };
}

/** The two emails a sign-up sends. */
export const SIGN_UP_EMAILS = {
  confirm: (token: string) => bilingualEmail('account.sign_up.confirm', M.confirmSignUpTitle, M.confirmSignUpBody(SIGN_UP_LINK_HOURS), `/sign-up/confirm?token=${token}`),
  alreadyRegistered: bilingualEmail('account.sign_up.already_registered', M.emailTakenTitle, M.emailTakenBody, '/sign-in'),
};

/**
 * A talent's sign-up: the account and its talent profile are made together when the emailed link
 * is opened. It lives with the talent module (not account) because it makes a profile and sends
 * mail; the account module stays below both.
 */
export class SignUpService {
  constructor(private readonly em: EntityManager) {}

  /**
   * A talent signs up. The answer is the same whether or not the address already has an
   * account (so nobody can find out who is registered): the address gets an email, either the
   * link that makes the account (`confirmSignUp`) or, for a registered address, a note to its
   * owner that someone tried. Either way the password is hashed, so the two take as long.
   * Only what is wrong with the form itself comes back as field errors.
   */
  async signUp(data: SignUpData, now = new Date(), locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<void> {
    const errors = new FieldErrors();
    const email = checkEmail(errors, 'input.email', data.email);
    checkNewPassword(errors, 'input.password', data.password);
    const displayName = checkText(errors, 'input.displayName', data.displayName, M.displayName);
    const legalName = checkText(errors, 'input.legalName', data.legalName, M.legalName);
    const residentIdNumber = checkResidentId(errors, 'input.residentIdNumber', data.residentIdNumber);
    const phone = checkPhone(errors, 'input.phone', data.phone);
    const employer = data.employerId ? await this.findOrganisation(data.employerId, OrganisationKind.ENTERPRISE) : null;
    if (data.employerId && !employer) {
      errors.addText('input.employerId', UserErrorCode.NOT_FOUND, M.employerNotFound);
    }
    errors.throwIfAny();

    const passwordHash = await hashPassword(data.password);
    await this.em.transactional(async (em) => {
      await em.nativeDelete(SignUpRequest, { expiresAt: { $lt: now } });
      const owner = await em.findOne(User, { email }, { fields: ['id'] });
      if (owner) {
        // At most one such note per quarter hour, so sign-ups cannot flood the owner's inbox.
        const recent = await em.count(OutboxMessage, { recipient: owner.id, subject: SIGN_UP_EMAILS.alreadyRegistered.subject, createdAt: { $gt: new Date(now.getTime() - 15 * 60_000) } });
        if (recent === 0) em.create(OutboxMessage, { channel: OutboxChannel.EMAIL, recipient: em.getReference(User, owner.id, { wrapped: true }), ...SIGN_UP_EMAILS.alreadyRegistered });
        return;
      }
      // The same limit for an address without an account: a few links an hour.
      if ((await em.count(SignUpRequest, { email, createdAt: { $gt: new Date(now.getTime() - 3600_000) } })) >= 3) return;
      const token = randomBytes(32).toString('base64url');
      const request = em.create(SignUpRequest, {
        tokenHash: hashToken(token), email, passwordHash, displayName, legalName, residentIdNumber, phone,
        employer: employer ? em.getReference(Organisation, employer.id, { wrapped: true }) : null,
        expiresAt: new Date(now.getTime() + SIGN_UP_LINK_HOURS * 3600_000),
        locale,
      });
      em.create(OutboxMessage, { channel: OutboxChannel.EMAIL, signUpRequest: em.getReference(SignUpRequest, request.id, { wrapped: true }), ...SIGN_UP_EMAILS.confirm(token) });
    });
  }

  /**
   * Opens the link from the sign-up email: makes the account and its profile, together or not at
   * all. A resident ID number another account holds is kept as a claim for a reviewer, exactly
   * as on the profile page (talent/resident-id-claims.ts).
   */
  async confirmSignUp(token: string, now = new Date()): Promise<User> {
    const invalid = () => oneUserError('input.token', UserErrorCode.INVALID, M.signUpLinkInvalid);
    if (!token || token.length > 200) throw invalid();
    try {
      return await this.em.transactional(async (em) => {
        const request = await em.findOne(SignUpRequest, { tokenHash: hashToken(token), expiresAt: { $gt: now } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!request || (await em.count(User, { email: request.email })) > 0) throw invalid();
        const user = em.create(User, { email: request.email, displayName: request.displayName, role: Role.TALENT, passwordHash: request.passwordHash, locale: request.locale });
        const profile = em.create(TalentProfile, { user, legalName: request.legalName, phone: request.phone ?? null, employer: request.employer ?? null, residentIdNumber: null, dateOfBirth: null });
        if (request.residentIdNumber) await applyResidentId(em, profile, user.id, request.residentIdNumber, ResidentIdConflictSource.SIGN_UP);
        // Every waiting sign-up for this address goes: their links (and unsent emails) die with them.
        await em.nativeDelete(SignUpRequest, { email: request.email });
        return user;
      });
    } catch (error) {
      // Two links for one address opened at once: the unique email decides, the other is stale.
      // Or each locked its own request and then waited for the other's in the delete above:
      // PostgreSQL ends the cycle by aborting all but one, which makes the account; the others
      // are stale links the same way.
      if (error instanceof UniqueConstraintViolationException || error instanceof DeadlockException) throw invalid();
      throw error;
    }
  }

  private findOrganisation(id: string, ...kinds: OrganisationKind[]): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { id, kind: { $in: kinds } });
  }
}
