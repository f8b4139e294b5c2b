import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';
import { ORGANISATION_MESSAGES as M } from './organisation.messages.js';

export interface OrganisationFilter {
  kind?: OrganisationKind | null;
  allianceMember?: boolean | null;
}

export interface NewOrganisation {
  kind: OrganisationKind;
  nameZh: string;
  nameEn: string;
  allianceMember?: boolean | null;
}

export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  /** ADMIN adds an enterprise, bank branch or other organisation; names are unique per kind. */
  async create(viewer: Viewer, data: NewOrganisation): Promise<Organisation> {
    if (viewer.role !== Role.ADMIN) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const nameZh = checkText(errors, 'input.nameZh', data.nameZh, M.nameZh, 100);
    const nameEn = checkText(errors, 'input.nameEn', data.nameEn, M.nameEn, 200);
    if (data.allianceMember && data.kind !== OrganisationKind.ENTERPRISE) {
      errors.addText('input.allianceMember', UserErrorCode.INVALID, M.onlyEnterprisesJoinAlliance);
    }
    if (!errors.has('input.nameZh') && (await this.em.count(Organisation, { kind: data.kind, nameZh })) > 0) {
      errors.addText('input.nameZh', UserErrorCode.DUPLICATE, M.nameTakenForKind);
    }
    errors.throwIfAny();
    const organisation = this.em.create(Organisation, { kind: data.kind, nameZh, nameEn, allianceMember: !!data.allianceMember });
    await this.em.flush();
    return organisation;
  }

  /** Organisations are public directory data: anyone may list them (sign-up needs the employers). */
  async list(filter: OrganisationFilter, window: PageWindow): Promise<[Organisation[], number]> {
    const where: Record<string, unknown> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.allianceMember !== null && filter.allianceMember !== undefined) where.allianceMember = filter.allianceMember;
    return this.em.findAndCount(Organisation, where, { orderBy: { kind: 'asc', nameZh: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }
}
