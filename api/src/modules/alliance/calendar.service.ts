import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, type LocalisedText } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { type Actor, Application, ApplicationForm, ApplicationStatus, dueAt, hasDeadline, STATUS_NAMES, waitingOn } from '../application/index.js';
import { appointmentFeedEntries } from '../appointment/index.js';
import { openDecisionsOwnedBy } from '../community/index.js';
import { Organisation } from '../organisation/index.js';
import { isUuid } from '../../core/ids.js';
import { canSeeEvent } from './alliance-access.js';
import { AllianceEvent, bothTitles } from './alliance-event.entity.js';
import { AllianceEventStatus, CadreNominationStatus, RegistrationStatus } from './alliance.enums.js';
import { CadreNomination } from './cadre.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { EventRegistration } from './event-registration.entity.js';
import { renderCalendar, shanghaiDate, type IcsEvent } from '../../core/calendar/ics.js';
import { ALLIANCE_MESSAGES as M } from './alliance.messages.js';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
export const feedPath = (token: string) => `/calendar/feeds/${token}.ics`;

/** Public events stay in the public feed this long after they end. */
const PUBLIC_FEED_DAYS_BACK = 180;

/** Application states with a deadline (submitted and waiting on someone). */
const STATES_WITH_DEADLINE = Object.values(ApplicationStatus).filter(hasDeadline);

const WAITING_ON: Record<Actor, LocalisedText> = {
  APPLICANT: { zh: '申请人补充材料', en: 'the applicant, for more information' },
  EMPLOYER_HR: { zh: '单位人事确认在职', en: 'the employer\'s HR, to confirm employment' },
  REVIEWER: { zh: '镇人才办审核', en: 'the town talent office' },
};

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
        summary: `${waiting ? '[候补 Waitlist] ' : ''}${bothTitles(e)}`,
        description: `${[e.descriptionZh, e.descriptionEn].filter(Boolean).join('\n\n')}${host ? `\n\n承办 Host: ${host.nameZh} / ${host.nameEn}` : ''}\n\n${url}`,
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
    if (!event || !canSeeEvent(viewer, event)) throw DomainError.notFound(M.event);
    return renderCalendar({ name: event.titleZh, events: await this.toIcs([event], baseUrl) });
  }

  async publicFeed(baseUrl: string, now = new Date()): Promise<string> {
    const events = await this.em.find(AllianceEvent, {
      status: { $in: [AllianceEventStatus.PUBLISHED, AllianceEventStatus.COMPLETED, AllianceEventStatus.CANCELLED] },
      endsAt: { $gt: new Date(now.getTime() - PUBLIC_FEED_DAYS_BACK * 86400_000) },
    }, { orderBy: { startsAt: 'asc' }, limit: 1000 });
    return renderCalendar({ name: '月浦镇科创党建联盟活动 Yuepu Alliance Events', description: '月浦镇科创党建联盟公开活动 / Published events of the Yuepu science-and-tech alliance', events: await this.toIcs(events, baseUrl) });
  }

  /**
   * The person's registered and waitlisted events, their cadre-exchange sessions, their appointments and their
   * application deadlines; null for an unknown or revoked token.
   */
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
    const deadlines = await this.applicationDeadlines(userId, baseUrl);
    const decisions = await this.meetingDecisions(userId, baseUrl);
    const appointments = await appointmentFeedEntries(this.em, userId, baseUrl);
    return renderCalendar({ name: '我的月浦日程 My Yuepu calendar', events: [...(await this.toIcs(events, baseUrl, waitlisted)), ...deadlines, ...decisions, ...appointments] });
  }

  /**
   * All-day entries on the due dates of the joint-meeting decisions the person owns and has not
   * yet marked done; a decision marked done leaves the feed.
   */
  private async meetingDecisions(userId: string, baseUrl: string, now = new Date()): Promise<IcsEvent[]> {
    const today = shanghaiDate(now);
    return (await openDecisionsOwnedBy(this.em, userId)).map((d) => {
      const url = `${baseUrl}/community/meetings/${d.meetingId}`;
      const overdue = d.dueOn.replaceAll('-', '') < today ? '[逾期 Overdue] ' : '';
      return {
        uid: `meeting-decision-${d.id}@yuepu-hub`,
        sequence: d.sequence,
        summary: `${overdue}联席会议决定期限 / Meeting decision due: ${d.text.length > 40 ? `${d.text.slice(0, 40)}…` : d.text}`,
        description: `${d.meetingTitle}（${d.heldOn}）\n\n决定 Decision: ${d.text}\n\n${url}`,
        location: null,
        startsAt: new Date(`${d.dueOn}T00:00:00+08:00`),
        endsAt: new Date(`${d.dueOn}T00:00:00+08:00`),
        allDay: true,
        status: 'CONFIRMED' as const,
        url,
        updatedAt: d.createdAt,
      };
    });
  }

  /**
   * All-day entries for the deadlines of the person's own submitted applications that wait on
   * someone, and, for HR, of their enterprise's applications waiting on them to confirm. Only
   * the reference and the step: the feed is a bare URL, so no names or amounts go into it.
   */
  private async applicationDeadlines(userId: string, baseUrl: string, now = new Date()): Promise<IcsEvent[]> {
    const user = await this.em.findOne(User, userId);
    if (!user) return [];
    const own = await this.em.find(Application, { applicant: userId, status: { $in: STATES_WITH_DEADLINE } }, { orderBy: { statusChangedAt: 'asc' }, limit: 200 });
    const forHr = user.role === Role.ENTERPRISE_HR && user.organisation
      ? await this.em.find(Application, { enterprise: user.organisation.id, status: ApplicationStatus.SUBMITTED }, { orderBy: { statusChangedAt: 'asc' }, limit: 500 })
      : [];
    const apps = [...new Map([...own, ...forHr].map((a) => [a.id, a])).values()];
    if (apps.length === 0) return [];
    const policyIds = [...new Set(apps.map((a) => a.policy.id))];
    const days = new Map((await this.em.find(ApplicationForm, { policy: { $in: policyIds } })).map((f) => [f.policy.id, f.processingDays]));
    const entries: IcsEvent[] = [];
    for (const app of apps) {
      const processingDays = days.get(app.policy.id);
      const due = processingDays === undefined ? null : dueAt(app.status, app.statusChangedAt, processingDays);
      const waiting = waitingOn(app.status);
      if (!due || !waiting) continue;
      const mine = app.applicant.id === userId;
      const yourMove = mine ? waiting === 'APPLICANT' : waiting === 'EMPLOYER_HR';
      const flags = `${due < now ? '[逾期 Overdue] ' : ''}${yourMove ? '[待您处理 Your move] ' : ''}`;
      const url = `${baseUrl}/applications/${app.id}`;
      const status = STATUS_NAMES[app.status];
      entries.push({
        uid: `application-due-${app.id}@yuepu-hub`,
        sequence: app.version,
        summary: mine
          ? `${flags}申请 ${app.reference} 办理期限 / Application ${app.reference} due`
          : `${flags}员工申请 ${app.reference} 单位确认期限 / Staff application ${app.reference}: confirmation due`,
        description: `当前状态：${status.zh}\n等待：${WAITING_ON[waiting].zh}\n\nStatus: ${status.en}\nWaiting on: ${WAITING_ON[waiting].en}\n\n${url}`,
        location: null,
        startsAt: due,
        endsAt: due,
        allDay: true,
        status: 'CONFIRMED',
        url,
        updatedAt: app.updatedAt,
      });
    }
    return entries.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }
}
