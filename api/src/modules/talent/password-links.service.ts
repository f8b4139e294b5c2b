import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../core/auth/password.js';
import { FieldErrors, oneUserError, UserErrorCode, type LocalisedText } from '../../core/errors/domain-error.js';
import { required } from '../../core/required.js';
import { checkEmail, checkNewPassword } from '../../core/validation.js';
import { hashToken, PasswordLink, PasswordLinkPurpose, Session, User } from '../account/index.js';
import { OutboxChannel, OutboxMessage } from '../notification/index.js';
import { TALENT_MESSAGES as M } from './talent.messages.js';

/** How long a "forgot password" link works: short, since the owner is waiting for it. */
export const RESET_LINK_MINUTES = 60;
/** How long the first-password link of an account the town office made works. */
export const ACTIVATION_LINK_DAYS = 14;
/** Links an account may be sent per hour, so the form cannot flood anyone's inbox. */
const LINKS_PER_HOUR = 3;

const EMAILS: Record<PasswordLinkPurpose, { kind: string; title: LocalisedText; body: LocalisedText }> = {
  [PasswordLinkPurpose.RESET]: { kind: 'account.password.reset', title: M.resetTitle, body: M.resetBody(RESET_LINK_MINUTES) },
  [PasswordLinkPurpose.ACTIVATION]: { kind: 'account.password.activation', title: M.activationTitle, body: M.activationBody(ACTIVATION_LINK_DAYS) },
};

/**
 * Links that set an account's password: "forgot password" for anyone with an account, and the
 * first password of an account the town office made by import (which has none that could match).
 * It lives with the talent module beside sign-up because it writes mail (account sits below
 * notification); it serves staff accounts alike.
 */
export class PasswordLinkService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Someone asks for a link for this address. The answer is the same whether or not the address
   * has an account, so the form cannot tell who is registered; only a malformed address is refused.
   * Disabled accounts get nothing (an administrator disabled them on purpose).
   */
  async requestReset(rawEmail: string, now = new Date()): Promise<void> {
    const errors = new FieldErrors();
    const email = checkEmail(errors, 'input.email', rawEmail);
    errors.throwIfAny();
    await this.em.transactional(async (em) => {
      const user = await em.findOne(User, { email, disabledAt: null }, { fields: ['id'], lockMode: LockMode.PESSIMISTIC_WRITE });
      // The lock on the account counts parallel requests one at a time against the hourly limit.
      if (!user) return;
      if ((await em.count(PasswordLink, { user: user.id, createdAt: { $gt: new Date(now.getTime() - 3600_000) } })) >= LINKS_PER_HOUR) return;
      sendLink(em, user.id, PasswordLinkPurpose.RESET, new Date(now.getTime() + RESET_LINK_MINUTES * 60_000));
    });
  }

  /**
   * Sets the password from a link: once. Every other link of the account is used up with it and
   * every session ends (a stolen session does not outlive the new password). Returns the account,
   * which the caller signs in.
   */
  async setPassword(token: string, password: string, now = new Date()): Promise<User> {
    const errors = new FieldErrors();
    checkNewPassword(errors, 'input.password', password);
    const tokenHash = typeof token === 'string' && token.length > 0 && token.length <= 200 ? hashToken(token) : null;
    if (!tokenHash) errors.addText('input.token', UserErrorCode.INVALID, M.passwordLinkInvalid);
    errors.throwIfAny();
    const linkHash = required(tokenHash, 'password link hash (refused above when missing)');
    // Hashed before the transaction: argon2 takes a while and holds no lock.
    const passwordHash = await hashPassword(password);
    return this.em.transactional(async (em) => {
      const link = await em.findOne(PasswordLink, { tokenHash: linkHash, usedAt: null, expiresAt: { $gt: now } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const user = link && await em.findOne(User, { id: link.user.id, disabledAt: null });
      if (!link || !user) throw oneUserError('input.token', UserErrorCode.INVALID, M.passwordLinkInvalid);
      user.passwordHash = passwordHash;
      await em.nativeUpdate(PasswordLink, { user: user.id, usedAt: null }, { usedAt: now });
      await em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: now });
      return user;
    });
  }
}

/** Writes the link and its email in the caller's transaction: both or neither. */
function sendLink(em: EntityManager, userId: string, purpose: PasswordLinkPurpose, expiresAt: Date): void {
  const token = randomBytes(32).toString('base64url');
  const user = em.getReference(User, userId, { wrapped: true });
  em.create(PasswordLink, { tokenHash: hashToken(token), user, purpose, expiresAt });
  const email = EMAILS[purpose];
  const link = `/set-password?token=${token}`;
  em.create(OutboxMessage, {
    channel: OutboxChannel.EMAIL,
    recipient: user,
    kind: email.kind,
    subject: `${email.title.zh} / ${email.title.en}`,
    body: `${email.body.zh}\n\n${email.body.en}\n\n${link}`,
    content: { title: email.title, body: email.body, link },
  });
}

/** In the transaction that makes an account for someone else (an import): the email with their first-password link. */
export function sendActivationLink(em: EntityManager, userId: string, now = new Date()): void {
  sendLink(em, userId, PasswordLinkPurpose.ACTIVATION, new Date(now.getTime() + ACTIVATION_LINK_DAYS * 86_400_000));
}
