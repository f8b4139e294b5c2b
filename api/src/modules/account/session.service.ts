import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { readRows } from '../../core/db/read-rows.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { userView, type UserRow, type UserView } from './account.loaders.js';
import { organisationView, type OrganisationRow } from '../organisation/index.js';

/** The account's organisation, left-joined into the session lookup (null columns when it has none). */
type OrganisationColumns = { [K in keyof Omit<OrganisationRow, 'id'> as `o_${K}`]: OrganisationRow[K] } | { [K in keyof Omit<OrganisationRow, 'id'> as `o_${K}`]: null };

/** A session still signs its holder in: not revoked, not expired, its account not disabled. */
const STILL_GOOD = 's.revoked_at is null and s.expires_at > now() and u.disabled_at is null';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A signed-in request: who acts, and their account as the session lookup read it. */
export interface SignedIn {
  viewer: Viewer;
  user: UserView;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

/** Database-backed sessions: they expire, can be revoked, and a new one is issued at each sign-in. */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly ttlHours: number,
  ) {}

  async issue(user: User): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.ttlHours * 3600_000);
    const session = this.em.create(Session, { tokenHash: hashToken(token), user, expiresAt });
    await this.em.flush();
    const viewer = { userId: user.id, role: user.role, organisationId: user.organisation?.id ?? null, sessionId: session.id };
    return { token, expiresAt, viewer };
  }

  /**
   * The viewer behind a cookie token, or null when it is unknown, expired or revoked, with their
   * account as the User type reads it: one statement, which also answers the `viewer` query.
   */
  async viewerForToken(token: string | null): Promise<SignedIn | null> {
    if (!token || token.length > 200) return null;
    // The account's organisation comes in the same statement: the `viewer` query shows it (issue 13).
    // Every request makes this read: it takes the raw read path (read-rows.ts, issue 13).
    const rows = await readRows<UserRow & { session_id: string } & OrganisationColumns>(this.em,
      `select s.id as session_id, u.id, u.email, u.display_name, u.role, u.organisation_id, u.disabled_at, u.locale, u.created_at,
              o.kind as o_kind, o.name_zh as o_name_zh, o.name_en as o_name_en, o.alliance_member as o_alliance_member, o.sample_data as o_sample_data, o.created_at as o_created_at
         from sessions s join users u on u.id = s.user_id left join organisations o on o.id = u.organisation_id
        where s.token_hash = $1 and ${STILL_GOOD}`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    const organisation = row.organisation_id === null || row.o_kind === null ? null
      : organisationView({ id: row.organisation_id, kind: row.o_kind, name_zh: row.o_name_zh, name_en: row.o_name_en, alliance_member: row.o_alliance_member, sample_data: row.o_sample_data, created_at: row.o_created_at });
    return {
      viewer: { userId: row.id, role: row.role, organisationId: row.organisation_id, sessionId: row.session_id },
      user: { ...userView(row), related: { organisation } },
    };
  }

  /** The session behind a WebSocket's cookie, to end the socket with it (see core/realtime/live-sessions.ts). */
  async liveSessionForToken(token: string | null): Promise<{ id: string; expiresAt: Date } | null> {
    if (!token || token.length > 200) return null;
    const rows = await this.em.execute<{ id: string; expires_at: Date }[]>(
      `select s.id, s.expires_at from sessions s join users u on u.id = s.user_id
        where s.token_hash = ? and ${STILL_GOOD}`,
      [hashToken(token)],
    );
    return rows[0] ? { id: rows[0].id, expiresAt: new Date(rows[0].expires_at) } : null;
  }

  /** Of these sessions, the ones that are still good: not revoked, not expired, account not disabled. */
  async stillLive(sessionIds: string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const rows = await this.em.execute<{ id: string }[]>(
      `select s.id from sessions s join users u on u.id = s.user_id
        where s.id = any(?::uuid[]) and ${STILL_GOOD}`,
      // An array literal: knex would spread a JS array into a list, which is not a uuid[].
      [`{${sessionIds.join(',')}}`],
    );
    return new Set(rows.map((r) => r.id));
  }

  async revoke(sessionId: string): Promise<void> {
    await this.em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
  }

  async revokeToken(token: string | null): Promise<void> {
    if (!token) return;
    await this.em.nativeUpdate(Session, { tokenHash: hashToken(token), revokedAt: null }, { revokedAt: new Date() });
  }
}
