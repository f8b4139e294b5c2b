import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../core/config.js';
import { theRow } from '../../core/db/rows.js';
import { matchGroups } from '../../core/regex.js';
import { Channel, MESSAGE_CATEGORIES, type MessageCategory } from './message-categories.js';

/**
 * One-click unsubscribe links. The token names the person, the kind of message and the channel,
 * signed with HMAC-SHA256 so nobody can turn off someone else's mail by changing it. It does not
 * expire: an old e-mail's link must still work (RFC 8058 asks for that), and what it can do is
 * only to turn one kind of message off for its own recipient, which they can turn on again.
 */
export interface UnsubscribeGrant {
  userId: string;
  category: MessageCategory;
  channel: Channel;
}

const SECRET_KEY = 'link_secret';

/** LINK_SECRET, else a random secret kept in `app_meta` (made once, shared by every instance). */
export async function linkSecret(em: EntityManager, config: Pick<AppConfig, 'linkSecret'>): Promise<string> {
  if (config.linkSecret) return config.linkSecret;
  await em.execute(`insert into app_meta (key, value) values (?, ?) on conflict (key) do nothing`, [SECRET_KEY, randomBytes(32).toString('base64url')]);
  const rows = await em.execute<{ value: string }[]>(`select value from app_meta where key = ?`, [SECRET_KEY]);
  return theRow(rows, 'the link secret (inserted just before if missing)').value;
}

function signature(secret: string, grant: UnsubscribeGrant): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${grant.userId}:${grant.category}:${grant.channel}`).digest().subarray(0, 18);
}

export function unsubscribeToken(secret: string, grant: UnsubscribeGrant): string {
  return `${grant.userId}.${grant.category}.${grant.channel}.${signature(secret, grant).toString('base64url')}`;
}

/** The grant a token carries, or null when it is malformed or not signed by us. */
export function readUnsubscribeToken(secret: string, token: unknown): UnsubscribeGrant | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const match = matchGroups(/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([a-z]+)\.(IN_APP|EMAIL|SMS)\.([\w-]{24})$/, token, 4);
  if (!match) return null;
  const [userId, categoryText, channelText, signed] = match;
  const category = MESSAGE_CATEGORIES.find((c) => c === categoryText);
  const channel = Object.values(Channel).find((c) => c === channelText);
  if (!category || !channel) return null;
  const grant: UnsubscribeGrant = { userId, category, channel };
  const given = Buffer.from(signed, 'base64url');
  const expected = signature(secret, grant);
  return given.length === expected.length && timingSafeEqual(given, expected) ? grant : null;
}

/** Turns the grant's channel off for its kind of message; true when the person exists. */
export async function applyUnsubscribe(em: EntityManager, grant: UnsubscribeGrant): Promise<boolean> {
  const rows = await em.execute<{ user_id: string }[]>(
    `insert into notification_preferences (user_id, category, channel, enabled, updated_at)
     select u.id, ?, ?, false, now() from users u where u.id = ?
     on conflict (user_id, category, channel) do update set enabled = false, updated_at = now()
     returning user_id`,
    [grant.category, grant.channel, grant.userId],
  );
  return rows.length > 0;
}
