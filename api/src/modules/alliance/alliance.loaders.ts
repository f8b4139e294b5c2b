import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader, keyedLoader } from '../../core/graphql/loader.js';
import { matchGroups } from '../../core/regex.js';
import { required } from '../../core/required.js';
import { AllianceConvenerTerm, AllianceMemberProfile } from './alliance-member.entity.js';
import { AllianceEvent, EventSeatQuota } from './alliance-event.entity.js';
import type { SeatKind } from './alliance.enums.js';
import { CadreCohort, CadreNomination } from './cadre.entity.js';
import { EventRegistration } from './event-registration.entity.js';

/** Seat and attendance numbers of one event, from one grouped query for a whole page of events. */
export interface EventCounts {
  registered: number;
  waitlisted: number;
  attended: number;
  /** Registered people (and how many came) per enterprise and seat kind, for seats-left sums and attendance. */
  holders: { organisationId: string | null; seat: SeatKind; count: number; attended: number }[];
  feedbackCount: number;
  feedbackAverage: number | null;
}

const emptyCounts = (): EventCounts => ({ registered: 0, waitlisted: 0, attended: 0, holders: [], feedbackCount: 0, feedbackAverage: null });

/** One group of an event's registrations; numbers as text (bigint) from a row, as numbers from JSON. */
export interface EventCountRow { status: string; seat: SeatKind | null; organisation_id: string | null; n: string | number; attended: string | number; rated: string | number; rating_sum: string | number | null }

/** The columns of EventCountRow, over an event's registrations grouped by COUNT_GROUPS (cancelled ones left out). */
const COUNT_COLUMNS = `status, seat, organisation_id, count(*) as n, count(checked_in_at) as attended, count(feedback_rating) as rated, sum(feedback_rating) as rating_sum`;
const COUNT_GROUPS = 'status, seat, organisation_id';

/**
 * SQL giving the EventCountRows of the event whose id is `eventId` as a JSON array (null when it
 * has no registrations): an event list reads its counts in its own statement (issue 13).
 */
export const eventCountRowsJson = (eventId: string) => `(select json_agg(g) from (select ${COUNT_COLUMNS} from alliance_event_registrations
    where event_id = ${eventId} and status <> 'CANCELLED' group by ${COUNT_GROUPS}) g)`;

/** One event's counts from its groups of registrations. */
export function eventCountsOf(rows: readonly EventCountRow[]): EventCounts {
  const counts = emptyCounts();
  let ratingSum = 0;
  for (const row of rows) {
    const n = Number(row.n);
    if (row.status === 'REGISTERED') {
      counts.registered += n;
      counts.attended += Number(row.attended);
      // A registered (not waitlisted) registration holds a seat: a check constraint says so.
      counts.holders.push({ organisationId: row.organisation_id, seat: required(row.seat, 'seat of a registered registration'), count: n, attended: Number(row.attended) });
    } else counts.waitlisted += n;
    counts.feedbackCount += Number(row.rated);
    ratingSum += Number(row.rating_sum ?? 0);
  }
  if (counts.feedbackCount > 0) counts.feedbackAverage = Math.round((ratingSum / counts.feedbackCount) * 100) / 100;
  return counts;
}

/** `?, ?, ?`: one placeholder per value, for `in (...)` lists. */
const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

export function allianceLoaders(em: EntityManager) {
  const sql = <T>(query: string, params: unknown[]) => em.execute<T[]>(query, params);
  return {
    allianceEventById: keyedLoader<string, AllianceEvent>((ids) => em.find(AllianceEvent, { id: { $in: [...ids] } }), (e) => e.id),

    /** With their enterprises joined in, so a page of events costs one query for all its quotas. */
    quotasByEventId: groupedLoader<EventSeatQuota>((ids) =>
      em.find(EventSeatQuota, { event: { $in: [...ids] } }, { populate: ['organisation'], orderBy: { seats: 'desc', id: 'asc' } }), (q) => q.event.id),

    eventCountsByEventId: new DataLoader<string, EventCounts>(async (ids) => {
      const rows = await sql<EventCountRow & { event_id: string }>(
        `select event_id, ${COUNT_COLUMNS} from alliance_event_registrations
          where event_id in (${marks(ids)}) and status <> 'CANCELLED'
          group by event_id, ${COUNT_GROUPS}`,
        [...ids],
      );
      const byEvent = new Map<string, EventCountRow[]>();
      for (const row of rows) {
        const list = byEvent.get(row.event_id);
        if (list) list.push(row);
        else byEvent.set(row.event_id, [row]);
      }
      return ids.map((id) => eventCountsOf(byEvent.get(id) ?? []));
    }),

    /** Key `${eventId}:${userId}`: that person's registration for that event, cancelled ones included. */
    registrationByEventAndPerson: keyedLoader<string, EventRegistration>(async (keys) => {
      const pairs = keys.flatMap((k) => {
        const pair = matchGroups(/^([^:]+):([^:]+)$/, k, 2);
        return pair ? [pair] : [];
      });
      const events = [...new Set(pairs.map(([e]) => e))];
      const people = [...new Set(pairs.map(([, p]) => p))];
      return em.find(EventRegistration, { event: { $in: events }, person: { $in: people } });
    }, (r) => `${r.event.id}:${r.person.id}`),

    /** 1-based place on the waitlist of each waitlisted registration. */
    waitlistPositionByRegistrationId: new DataLoader<string, number | null>(async (ids) => {
      const rows = await sql<{ id: string; position: string }>(
        `select id, position from (
           select r.id, row_number() over (partition by r.event_id order by r.queue_number) as position
             from alliance_event_registrations r
            where r.status = 'WAITLISTED'
              and r.event_id in (select event_id from alliance_event_registrations where id in (${marks(ids)}))
         ) w where id in (${marks(ids)})`,
        [...ids, ...ids],
      );
      const byId = new Map(rows.map((r) => [r.id, Number(r.position)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    memberProfileByOrganisationId: keyedLoader<string, AllianceMemberProfile>(
      (ids) => em.find(AllianceMemberProfile, { organisation: { $in: [...ids] } }),
      (p) => p.organisation.id,
    ),

    /** Key: the year as text. Every member asks for this year's convener: one query for all. */
    convenerByYear: keyedLoader<string, AllianceConvenerTerm>(
      (years) => em.find(AllianceConvenerTerm, { year: { $in: years.map(Number) } }),
      (t) => String(t.year),
    ),

    cadreCohortById: keyedLoader<string, CadreCohort>((ids) => em.find(CadreCohort, { id: { $in: [...ids] } }), (c) => c.id),

    // Found by their cohort, so each has one.
    sessionsByCohortId: groupedLoader<AllianceEvent>((ids) =>
      em.find(AllianceEvent, { cohort: { $in: [...ids] } }, { orderBy: { startsAt: 'asc' } }), (e) => required(e.cohort, 'cohort of a cadre session').id),

    nominationsByCohortId: groupedLoader<CadreNomination>((ids) =>
      em.find(CadreNomination, { cohort: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (n) => n.cohort.id),
  };
}
