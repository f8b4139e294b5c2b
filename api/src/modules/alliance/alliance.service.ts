import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { checkEmail, checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { runsAlliance } from './alliance-access.js';
import { AllianceConvenerTerm, AllianceMemberProfile } from './alliance-member.entity.js';
import type { AllianceMemberProfileInput, SetConvenerInput } from './alliance.inputs.js';

/** The alliance's year turns in Shanghai. */

const MEMBER = { zh: '成员企业', en: 'member enterprise' };

/** Members, their profiles, the coordinators, and the yearly rotating convener. */
export class AllianceService {
  constructor(private readonly em: EntityManager) {}

  members(): Promise<Organisation[]> {
    return this.em.find(Organisation, { kind: OrganisationKind.ENTERPRISE, allianceMember: true }, { orderBy: { nameZh: 'asc', id: 'asc' } });
  }

  coordinators(): Promise<User[]> {
    return this.em.find(User, { role: Role.COORDINATOR }, { orderBy: { displayName: 'asc', id: 'asc' } });
  }

  convenerHistory(): Promise<AllianceConvenerTerm[]> {
    return this.em.find(AllianceConvenerTerm, {}, { orderBy: { year: 'desc' } });
  }

  convenerOf(year: number): Promise<AllianceConvenerTerm | null> {
    return this.em.findOne(AllianceConvenerTerm, { year });
  }

  private async memberOrFail(id: string): Promise<Organisation> {
    const org = await this.em.findOne(Organisation, { id, kind: OrganisationKind.ENTERPRISE, allianceMember: true });
    if (!org) throw DomainError.notFound(MEMBER);
    return org;
  }

  /** A coordinator, or the member's own HR, keeps the profile up to date. */
  async saveProfile(viewer: Viewer, input: AllianceMemberProfileInput): Promise<AllianceMemberProfile> {
    const org = await this.memberOrFail(input.organisationId);
    if (!runsAlliance(viewer) && !(viewer.role === Role.ENTERPRISE_HR && viewer.organisationId === org.id)) throw DomainError.notFound(MEMBER);
    const errors = new FieldErrors();
    const fieldZh = checkText(errors, 'input.fieldZh', input.fieldZh, { zh: '中文领域', en: 'field in Chinese' }, 100);
    const fieldEn = checkText(errors, 'input.fieldEn', input.fieldEn, { zh: '英文领域', en: 'field in English' }, 150);
    const contactName = checkText(errors, 'input.contactName', input.contactName, { zh: '联系人', en: 'contact person' });
    const contactEmail = input.contactEmail?.trim() ? checkEmail(errors, 'input.contactEmail', input.contactEmail) : null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.joinedOn) || Number.isNaN(Date.parse(input.joinedOn))) {
      errors.add('input.joinedOn', UserErrorCode.INVALID, '日期格式应为 YYYY-MM-DD。', 'Dates look like YYYY-MM-DD.');
    }
    errors.throwIfAny();
    const profile = (await this.em.findOne(AllianceMemberProfile, { organisation: org.id }))
      ?? this.em.create(AllianceMemberProfile, { organisation: org, fieldZh, fieldEn, size: input.size, contactName, joinedOn: input.joinedOn });
    Object.assign(profile, { fieldZh, fieldEn, size: input.size, contactName, contactEmail, joinedOn: input.joinedOn });
    await this.em.flush();
    return profile;
  }

  /** Records (or corrects) which member convenes the joint meetings in a year; earlier years stay as history. */
  async setConvener(viewer: Viewer, input: SetConvenerInput): Promise<AllianceConvenerTerm> {
    if (!runsAlliance(viewer)) throw DomainError.forbidden();
    const errors = new FieldErrors();
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
      errors.add('input.year', UserErrorCode.OUT_OF_RANGE, '年份须在 2000 到 2100 之间。', 'The year must be from 2000 to 2100.');
    }
    const org = await this.em.findOne(Organisation, { id: input.organisationId, kind: OrganisationKind.ENTERPRISE, allianceMember: true });
    if (!org) errors.add('input.organisationId', UserErrorCode.NOT_FOUND, '召集人须为联盟成员企业。', 'The convener must be an alliance member enterprise.');
    const note = input.note?.trim() || null;
    if (note && note.length > 500) errors.add('input.note', UserErrorCode.TOO_LONG, '备注最多 500 字。', 'The note can have at most 500 characters.');
    errors.throwIfAny();
    const term = (await this.em.findOne(AllianceConvenerTerm, { year: input.year })) ?? this.em.create(AllianceConvenerTerm, { year: input.year, organisation: org! });
    term.organisation = this.em.getReference(Organisation, org!.id, { wrapped: true });
    term.note = note;
    await this.em.flush();
    return term;
  }
}
