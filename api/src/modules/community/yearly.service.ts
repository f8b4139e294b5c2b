import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, DomainErrorCode } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import { required } from '../../core/required.js';
import { Organisation } from '../organisation/index.js';
import { COMMUNITY_PLACE_KINDS } from './community-access.js';
import { COMMUNITY_MESSAGES as M } from './community.messages.js';

/** The source document: 年内完成结对共治共建项目75项 (75 paired projects completed in a year). */
export const SOURCE_YEARLY_PROJECTS = 75;

export interface PlaceYearRow {
  place: Organisation;
  received: number;
  claimed: number;
  completed: number;
}

export interface OrganisationYearRow {
  organisation: Organisation;
  claimed: number;
  completed: number;
}

export interface CommunityYearFigures {
  year: number;
  received: number;
  claimed: number;
  completed: number;
  completedWithPairing: number;
  places: PlaceYearRow[];
  organisations: OrganisationYearRow[];
}

// Years are Shanghai calendar years: UTC+8 all year.
const localYear = (column: string) => `extract(year from (${column} at time zone 'UTC') + interval '8 hours')::int`;

/**
 * The yearly view: needs received, claimed and completed per village or residential area and per
 * member organisation, and the year's completed (paired) projects. Every figure is counted from
 * the needs, claims and projects themselves; nothing is kept separately.
 */
export class CommunityYearService {
  constructor(private readonly em: EntityManager) {}

  checkAccess(viewer: Viewer | null): asserts viewer is Viewer {
    if (!viewer) throw DomainError.unauthenticated();
    if (viewer.role === Role.TALENT) throw DomainError.forbidden();
  }

  async figures(viewer: Viewer | null, year: number): Promise<CommunityYearFigures> {
    this.checkAccess(viewer);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new DomainError(DomainErrorCode.BAD_USER_INPUT, M.yearOutOfRange);
    const sql = <T>(query: string, params: unknown[]) => this.em.execute<T[]>(query, params);
    const [perPlace, perOrganisation, totals] = [
      await sql<{ place_id: string; received: number; claimed: number; completed: number }>(
        `select o.id as place_id,
                (select count(*)::int from community_needs n where n.place_id = o.id and ${localYear('n.created_at')} = ?) as received,
                (select count(*)::int from community_needs n where n.place_id = o.id
                   and (select ${localYear('min(c.created_at)')} from community_need_claims c where c.need_id = n.id) = ?) as claimed,
                (select count(*)::int from community_projects p where p.place_id = o.id and p.status = 'COMPLETED' and ${localYear('p.completed_at')} = ?) as completed
           from organisations o where o.kind::text in (${COMMUNITY_PLACE_KINDS.map(() => '?').join(', ')})`,
        [year, year, year, ...COMMUNITY_PLACE_KINDS],
      ),
      await sql<{ organisation_id: string; claimed: number; completed: number }>(
        `select c.organisation_id,
                count(distinct c.need_id) filter (where ${localYear('c.created_at')} = ?)::int as claimed,
                count(distinct p.id) filter (where p.status = 'COMPLETED' and ${localYear('p.completed_at')} = ?)::int as completed
           from community_need_claims c left join community_projects p on p.need_id = c.need_id
          group by c.organisation_id`,
        [year, year],
      ),
      await sql<{ completed_with_pairing: number }>(
        `select count(*)::int as completed_with_pairing from community_projects p
          where p.status = 'COMPLETED' and ${localYear('p.completed_at')} = ?
            and exists (select 1 from community_need_claims c join community_pairing_agreements a
                          on a.partner_id = c.organisation_id and a.place_id = p.place_id
                         where c.need_id = p.need_id
                           and a.starts_on <= ((p.completed_at at time zone 'UTC') + interval '8 hours')::date
                           and a.ends_on >= ((p.completed_at at time zone 'UTC') + interval '8 hours')::date)`,
        [year],
      ),
    ];
    const orgIds = [...new Set([...perPlace.map((r) => r.place_id), ...perOrganisation.map((r) => r.organisation_id)])];
    const orgs = new Map((await this.em.find(Organisation, { id: { $in: orgIds } })).map((o) => [o.id, o]));
    const places = perPlace
      .map((r) => ({ place: required(orgs.get(r.place_id), 'place of a yearly row'), received: r.received, claimed: r.claimed, completed: r.completed }))
      .sort((a, b) => a.place.kind.localeCompare(b.place.kind) * -1 || Number(a.place.sampleData) - Number(b.place.sampleData) || a.place.nameZh.localeCompare(b.place.nameZh, 'zh-CN'));
    const organisations = perOrganisation
      .filter((r) => r.claimed > 0 || r.completed > 0)
      .map((r) => ({ organisation: required(orgs.get(r.organisation_id), 'organisation of a yearly row'), claimed: r.claimed, completed: r.completed }))
      .sort((a, b) => b.completed - a.completed || b.claimed - a.claimed || a.organisation.nameZh.localeCompare(b.organisation.nameZh, 'zh-CN'));
    const sum = (key: 'received' | 'claimed' | 'completed') => places.reduce((s, p) => s + p[key], 0);
    return { year, received: sum('received'), claimed: sum('claimed'), completed: sum('completed'), completedWithPairing: totals[0]?.completed_with_pairing ?? 0, places, organisations };
  }
}
