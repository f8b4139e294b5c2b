import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';

/**
 * Who runs the fund. The town started the fund (月浦镇牵头) and its office keeps the books, so the
 * town office's staff act as the fund's officers: coordinators, town reviewers and administrators
 * record donations and payments, approve or reject grants and make corrections. No new role:
 * each grant still needs two different ones of them, never the applicant (see `approve`).
 */
export const FUND_STAFF_ROLES: readonly Role[] = [Role.COORDINATOR, Role.REVIEWER, Role.ADMIN];

export function isFundStaff(viewer: Viewer | null): boolean {
  return !!viewer && FUND_STAFF_ROLES.includes(viewer.role);
}

export function requireFundStaff(viewer: Viewer): void {
  if (!isFundStaff(viewer)) throw DomainError.forbidden();
}

/**
 * Whether the viewer speaks for a project's side: the community worker of its village or
 * residential area, or one of its owners (the claimants' staff). They apply for grants and file
 * receipts; they see their grants' receipts.
 */
export async function speaksForProjects(em: EntityManager, viewer: Viewer | null, projectIds: readonly string[]): Promise<Set<string>> {
  if (!viewer || projectIds.length === 0) return new Set();
  const rows = await em.execute<{ id: string }[]>(
    `select p.id from community_projects p
      where p.id = any(?::uuid[])
        and ((?::text = 'COMMUNITY_WORKER' and p.place_id = ?::uuid)
             or exists (select 1 from community_project_owners o where o.project_id = p.id and o.user_id = ?::uuid))`,
    [`{${projectIds.join(',')}}`, viewer.role, viewer.organisationId, viewer.userId],
  );
  return new Set(rows.map((r) => r.id));
}
