import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { TalentProfile } from '../talent/index.js';
import { isUuid } from '../../core/ids.js';
import { runsAlliance } from './alliance-access.js';
import { bothTitles } from './alliance-event.entity.js';
import { CadreNomination } from './cadre.entity.js';
import { toCsv } from '../../core/csv.js';
import { EventRegistration } from './event-registration.entity.js';
import { shanghaiAt, shanghaiDateTime, shanghaiDay } from '../../core/time/shanghai.js';
import { ALLIANCE_MESSAGES as M } from './alliance.messages.js';

export interface LearningRecordData {
  person: User;
  attended: EventRegistration[];
  programmes: CadreNomination[];
}

export interface EnterpriseParticipationRow {
  organisationId: string | null;
  registrations: number;
  attended: number;
  noShows: number;
  people: number;
  events: number;
}

export interface MonthlyParticipationRow {
  month: number;
  organisationId: string | null;
  attended: number;
}

export interface ParticipationData {
  year: number;
  byEnterprise: EnterpriseParticipationRow[];
  byMonth: MonthlyParticipationRow[];
}


/** Each person's learning across enterprises, and each enterprise's participation over a year. */
export class LearningService {
  constructor(private readonly em: EntityManager) {}

  /** The person themself, the coordinators, and HR of the person's current employer. */
  async record(viewer: Viewer, userId: string): Promise<LearningRecordData> {
    const person = isUuid(userId) ? await this.em.findOne(User, userId) : null;
    if (!person) throw DomainError.notFound(M.person);
    if (viewer.userId !== userId && !runsAlliance(viewer)) {
      const profile = viewer.role === Role.ENTERPRISE_HR ? await this.em.findOne(TalentProfile, { user: userId }) : null;
      if (!profile || !viewer.organisationId || profile.employer?.id !== viewer.organisationId) throw DomainError.notFound(M.person);
    }
    const attended = await this.em.find(EventRegistration, { person: userId, checkedInAt: { $ne: null } }, { populate: ['event'], orderBy: { event: { startsAt: 'asc' } } });
    const programmes = await this.em.find(CadreNomination, { person: userId, completedAt: { $ne: null } }, { populate: ['cohort'], orderBy: { completedAt: 'asc' } });
    return { person, attended, programmes };
  }

  async recordCsv(viewer: Viewer, userId: string): Promise<{ filename: string; body: string }> {
    const { person, attended, programmes } = await this.record(viewer, userId);
    const orgIds = [...new Set(attended.map((r) => r.organisation?.id).filter((id): id is string => !!id))];
    const orgs = new Map((orgIds.length ? await this.em.find(Organisation, { id: { $in: orgIds } }) : []).map((o) => [o.id, o]));
    const rows: (string | number | null)[][] = [['类型 Type', '名称 Title', '日期 Date', '报名企业 Enterprise', '签到 Checked in', '结业 Completed']];
    for (const r of attended) {
      const event = r.event.getEntity();
      const org = r.organisation ? orgs.get(r.organisation.id) : undefined;
      rows.push(['活动 Event', bothTitles(event), shanghaiDay(event.startsAt), org ? org.nameZh : '', shanghaiDateTime(r.checkedInAt), '']);
    }
    for (const n of programmes) {
      const cohort = n.cohort.getEntity();
      rows.push(['干部培养交流 Cadre exchange', `${cohort.themeZh} / ${cohort.themeEn}`, cohort.startsOn, '', '', shanghaiDateTime(n.completedAt)]);
    }
    return { filename: `learning-record-${person.id}.csv`, body: toCsv(rows) };
  }

  /** Per member enterprise (all of them, zeros included) and per month, for events starting in `year` (Shanghai time). */
  async participation(viewer: Viewer, year: number, now = new Date()): Promise<ParticipationData> {
    if (!runsAlliance(viewer)) throw DomainError.forbidden();
    const start = shanghaiAt(`${year}-01-01`);
    const end = shanghaiAt(`${year + 1}-01-01`);
    const conn = this.em.getConnection();
    const enterprise = await conn.execute<{ organisation_id: string | null; registrations: string; attended: string; no_shows: string; people: string; events: string }[]>(
      `select r.organisation_id,
              count(*) as registrations,
              count(r.checked_in_at) as attended,
              count(*) filter (where r.checked_in_at is null and e.starts_at < ?) as no_shows,
              count(distinct r.person_id) filter (where r.checked_in_at is not null) as people,
              count(distinct r.event_id) filter (where r.checked_in_at is not null) as events
         from alliance_event_registrations r join alliance_events e on e.id = r.event_id
        where r.status = 'REGISTERED' and e.status in ('PUBLISHED', 'COMPLETED') and e.starts_at >= ? and e.starts_at < ?
        group by r.organisation_id`,
      [now, start, end],
    );
    const monthly = await conn.execute<{ organisation_id: string | null; month: number; attended: string }[]>(
      `select r.organisation_id, extract(month from e.starts_at at time zone 'Asia/Shanghai')::int as month, count(*) as attended
         from alliance_event_registrations r join alliance_events e on e.id = r.event_id
        where r.checked_in_at is not null and e.status in ('PUBLISHED', 'COMPLETED') and e.starts_at >= ? and e.starts_at < ?
        group by 1, 2 order by 2, 1`,
      [start, end],
    );
    const members = await this.em.find(Organisation, { kind: OrganisationKind.ENTERPRISE, allianceMember: true }, { orderBy: { nameZh: 'asc' } });
    const found = new Map(enterprise.map((r) => [r.organisation_id, r]));
    const ids: (string | null)[] = [...members.map((m) => m.id), ...enterprise.map((r) => r.organisation_id).filter((id) => !members.some((m) => m.id === id))];
    return {
      year,
      byEnterprise: ids.map((organisationId) => {
        const r = found.get(organisationId);
        return {
          organisationId,
          registrations: Number(r?.registrations ?? 0),
          attended: Number(r?.attended ?? 0),
          noShows: Number(r?.no_shows ?? 0),
          people: Number(r?.people ?? 0),
          events: Number(r?.events ?? 0),
        };
      }),
      byMonth: monthly.map((m) => ({ organisationId: m.organisation_id, month: Number(m.month), attended: Number(m.attended) })),
    };
  }

  async participationCsv(viewer: Viewer, year: number): Promise<{ filename: string; body: string }> {
    const data = await this.participation(viewer, year);
    const orgs = new Map((await this.em.find(Organisation, { kind: OrganisationKind.ENTERPRISE })).map((o) => [o.id, o]));
    const rows: (string | number | null)[][] = [['企业 Enterprise', '报名人次 Registrations', '出席人次 Attended', '缺席人次 No-shows', '参与人数 People', '参与活动数 Events']];
    for (const r of data.byEnterprise) {
      const org = r.organisationId ? orgs.get(r.organisationId) : undefined;
      rows.push([org ? `${org.nameZh} / ${org.nameEn}` : '无单位 No employer', r.registrations, r.attended, r.noShows, r.people, r.events]);
    }
    return { filename: `alliance-participation-${year}.csv`, body: toCsv(rows) };
  }
}
