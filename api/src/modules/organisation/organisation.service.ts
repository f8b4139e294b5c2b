import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';

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
    const nameZh = checkText(errors, 'input.nameZh', data.nameZh, { zh: '中文名称', en: 'Chinese name' }, 100);
    const nameEn = checkText(errors, 'input.nameEn', data.nameEn, { zh: '英文名称', en: 'English name' }, 200);
    if (data.allianceMember && data.kind !== OrganisationKind.ENTERPRISE) {
      errors.add('input.allianceMember', UserErrorCode.INVALID, '只有企业可以是联盟成员。', 'Only enterprises can be alliance members.');
    }
    if (!errors.has('input.nameZh') && (await this.em.count(Organisation, { kind: data.kind, nameZh })) > 0) {
      errors.add('input.nameZh', UserErrorCode.DUPLICATE, '已有同名的同类机构。', 'An organisation of this kind already has that name.');
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
