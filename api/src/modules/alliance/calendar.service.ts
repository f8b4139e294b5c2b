import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { User } from '../account/user.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { canSeeEvent, EVENT, isUuid } from './alliance-access.js';
import { AllianceEvent } from './alliance-event.entity.js';
import { AllianceEventStatus, CadreNominationStatus, RegistrationStatus } from './alliance.enums.js';
import { CadreNomination } from './cadre.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { EventRegistration } from './event-registration.entity.js';
import { renderCalendar, type IcsEvent } from './ics.js';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
export const feedPath = (token: string) => `/calendar/feeds/${token}.ics`;

/** Public events stay in the public feed this long after they end. */
const PUBLIC_FEED_DAYS_BACK = 180;

/** .ics files and feeds: one event, a person's private feed (revocable), and the public feed. */
export class CalendarService {
  constructor(private readonly em: EntityManager) {}

  async status(viewer: Viewer): Promise<CalendarFeed | null> {
    return this.em.findOne(CalendarFeed, { user: viewer.userId });
  }

  /** A new secret feed address; the old one stops working at once. Only the token's hash is kept. */
  async reset(viewer: Viewer): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    const feed = (await this.em.findOne(CalendarFeed, { user: viewer.userId })) ?? this.em.create(CalendarFeed, { user: this.em.getReference(User, viewer.userId), tokenHash: '' });
    feed.tokenHash = hash(token);
    feed.createdAt = new Date();
    await this.em.flush();
    return feedPath(token);
  }

  async revoke(viewer: Viewer): Promise<void> {
    await this.em.nativeDelete(CalendarFeed, { user: viewer.userId });
  }

  private async toIcs(events: AllianceEvent[], baseUrl: string, waitlisted = new Set<string>()): Promise<IcsEvent[]> {
    const hostIds = [...new Set(events.map((e) => e.hostOrganisation?.id).filter((id): id is string => !!id))];
    const hosts = new Map((hostIds.length ? await this.em.find(Organisation, { id: { $in: hostIds } }) : []).map((o) => [o.id, o]));
    return events.map((e) => {
      const host = e.hostOrganisation ? hosts.get(e.hostOrganisation.id) : undefined;
      const url = `${baseUrl}/alliance/events/${e.id}`;
      const waiting = waitlisted.has(e.id);
      return {
        uid: `alliance-event-${e.id}@yuepu-hub`,
        sequence: e.sequence,
        summary: `${waiting ? '[候补 Waitlist] ' : ''}${e.titleZh} / ${e.titleEn}`,
        description: `${e.descriptionZh}\n\n${e.descriptionEn}${host ? `\n\n承办 Host: ${host.nameZh} / ${host.nameEn}` : ''}\n\n${url}`,
        location: [e.venueZh ?? host?.nameZh, e.venueEn ?? host?.nameEn].filter(Boolean).join(' / ') || null,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        status: e.status === AllianceEventStatus.CANCELLED ? 'CANCELLED' : waiting ? 'TENTATIVE' : 'CONFIRMED',
        url,
        updatedAt: e.updatedAt,
      };
    });
  }

  async eventFile(viewer: Viewer | null, id: string, baseUrl: string): Promise<string> {
    const event = isUuid(id) ? await this.em.findOne(AllianceEvent, id) : null;
    if (!event || !canSeeEvent(viewer, event)) throw DomainError.notFound(EVENT);
    return renderCalendar({ name: event.titleZh, events: await this.toIcs([event], baseUrl) });
  }

  async publicFeed(baseUrl: string, now = new Date()): Promise<string> {
    const events = await this.em.find(AllianceEvent, {
      status: { $in: [AllianceEventStatus.PUBLISHED, AllianceEventStatus.COMPLETED, AllianceEventStatus.CANCELLED] },
      endsAt: { $gt: new Date(now.getTime() - PUBLIC_FEED_DAYS_BACK * 86400_000) },
    }, { orderBy: { startsAt: 'asc' }, limit: 1000 });
    return renderCalendar({ name: '月浦镇科创党建联盟活动 Yuepu Alliance Events', description: '月浦镇科创党建联盟公开活动 / Published events of the Yuepu science-and-tech alliance', events: await this.toIcs(events, baseUrl) });
  }

  /** The person's registered and waitlisted events and their cadre-exchange sessions; null for an unknown or revoked token. */
  async personalFeed(token: string, baseUrl: string): Promise<string | null> {
    if (!/^[\w-]{20,64}$/.test(token)) return null;
    const feed = await this.em.findOne(CalendarFeed, { tokenHash: hash(token) });
    if (!feed) return null;
    const userId = feed.user.id;
    const registrations = await this.em.find(EventRegistration, { person: userId, status: { $ne: RegistrationStatus.CANCELLED } }, { populate: ['event'] });
    const selected = await this.em.find(CadreNomination, { person: userId, status: CadreNominationStatus.SELECTED });
    const sessions = selected.length
      ? await this.em.find(AllianceEvent, { cohort: { $in: selected.map((n) => n.cohort.id) }, status: { $ne: AllianceEventStatus.DRAFT } })
      : [];
    const byId = new Map<string, AllianceEvent>();
    for (const r of registrations) {
      const event = r.event.getEntity();
      if (event.status !== AllianceEventStatus.DRAFT) byId.set(event.id, event);
    }
    for (const e of sessions) byId.set(e.id, e);
    const waitlisted = new Set(registrations.filter((r) => r.status === RegistrationStatus.WAITLISTED).map((r) => r.event.id));
    const events = [...byId.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return renderCalendar({ name: '我的月浦活动 My Yuepu events', events: await this.toIcs(events, baseUrl, waitlisted) });
  }
}
