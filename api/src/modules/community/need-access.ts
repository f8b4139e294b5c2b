import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../../core/auth/role.js';
import { isTownStaff, memberOrganisationId, ownPlaceId } from './community-access.js';
import type { CommunityNeed } from './need.entity.js';

/**
 * Who sees which needs, as one SQL condition on `community_needs n` (for lists) and the same
 * rule for one need:
 * - town staff: every need;
 * - a community worker: their own place's needs only, whatever their state;
 * - a member organisation's HR or liaison: needs open to claims (public or not), public ones,
 *   and every need their organisation claimed;
 * - alliance staff (talent): public needs, those their employer claimed (to volunteer), and
 *   those of projects they volunteer on;
 * - anyone else, signed in or not: public needs that were not withdrawn.
 */
export function needVisibility(viewer: Viewer | null): { sql: string; params: unknown[] } {
  const publicNeeds = `(n.is_public and n.status <> 'CANCELLED')`;
  if (isTownStaff(viewer)) return { sql: 'true', params: [] };
  const place = ownPlaceId(viewer);
  if (place) return { sql: 'n.place_id = ?', params: [place] };
  const member = memberOrganisationId(viewer);
  if (member) {
    return {
      sql: `(n.status in ('OPEN', 'CLAIMED') or ${publicNeeds} or exists (select 1 from community_need_claims c where c.need_id = n.id and c.organisation_id = ?))`,
      params: [member],
    };
  }
  if (viewer?.role === Role.TALENT) {
    return {
      sql: `(${publicNeeds}
        or exists (select 1 from community_need_claims c join talent_profiles t on t.employer_id = c.organisation_id where c.need_id = n.id and t.user_id = ?)
        or exists (select 1 from community_projects p join community_project_volunteers v on v.project_id = p.id where p.need_id = n.id and v.user_id = ?))`,
      params: [viewer.userId, viewer.userId],
    };
  }
  return { sql: publicNeeds, params: [] };
}

export async function canSeeNeed(em: EntityManager, viewer: Viewer | null, need: CommunityNeed): Promise<boolean> {
  const { sql, params } = needVisibility(viewer);
  if (sql === 'true') return true;
  const rows = await em.execute<{ ok: boolean }[]>(`select ${sql} as ok from community_needs n where n.id = ?`, [...params, need.id]);
  // No row: the need is gone, so there is nothing to see.
  return rows[0]?.ok ?? false;
}

/** The resident's contact details: the place's workers, town staff, and organisations that claimed it. */
export function canSeeResident(viewer: Viewer | null, need: CommunityNeed, claimingOrganisationIds: readonly string[]): boolean {
  if (isTownStaff(viewer) || ownPlaceId(viewer) === need.place.id) return true;
  const member = memberOrganisationId(viewer);
  return !!member && claimingOrganisationIds.includes(member);
}

/** Photos of a need, and of its project's evidence, are readable by whoever may see the need (signed in). */
export async function canReadCommunityDocument(em: EntityManager, viewer: Viewer, documentId: string): Promise<boolean> {
  const { sql, params } = needVisibility(viewer);
  const rows = await em.execute<unknown[]>(
    `select 1 from community_needs n where (${sql}) and (
        exists (select 1 from community_need_photos p where p.need_id = n.id and p.document_id = ?)
        or exists (select 1 from community_projects pr join community_project_evidence e on e.project_id = pr.id where pr.need_id = n.id and e.document_id = ?))
      limit 1`,
    [...params, documentId, documentId],
  );
  return rows.length > 0;
}
