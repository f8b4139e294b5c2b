import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { checkEmail, checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { required } from '../../core/required.js';
import { User } from '../account/index.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { runsAlliance } from './alliance-access.js';
import { AllianceConvenerTerm, AllianceMemberProfile } from './alliance-member.entity.js';
import type { AllianceMemberProfileInput, SetConvenerInput } from './alliance.inputs.js';
import { ALLIANCE_MESSAGES as M } from './alliance.messages.js';

/** The alliance's year turns in Shanghai. */

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
    if (!org) throw DomainError.notFound(M.memberEnterprise);
    return org;
  }

  /** A coordinator, or the member's own HR, keeps the profile up to date. */
  async saveProfile(viewer: Viewer, input: AllianceMemberProfileInput): Promise<AllianceMemberProfile> {
    const org = await this.memberOrFail(input.organisationId);
    if (!runsAlliance(viewer) && !(viewer.role === Role.ENTERPRISE_HR && viewer.organisationId === org.id)) throw DomainError.notFound(M.memberEnterprise);
    const errors = new FieldErrors();
    const fieldZh = checkText(errors, 'input.fieldZh', input.fieldZh, M.memberFieldZh, 100);
    const fieldEn = checkText(errors, 'input.fieldEn', input.fieldEn, M.memberFieldEn, 150);
    const contactName = checkText(errors, 'input.contactName', input.contactName, M.memberContact);
    const contactEmail = input.contactEmail?.trim() ? checkEmail(errors, 'input.contactEmail', input.contactEmail) : null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.joinedOn) || Number.isNaN(Date.parse(input.joinedOn))) {
      errors.addText('input.joinedOn', UserErrorCode.INVALID, M.dateFormat);
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
      errors.addText('input.year', UserErrorCode.OUT_OF_RANGE, M.yearOutOfRange);
    }
    const org = await this.em.findOne(Organisation, { id: input.organisationId, kind: OrganisationKind.ENTERPRISE, allianceMember: true });
    if (!org) errors.addText('input.organisationId', UserErrorCode.NOT_FOUND, M.convenerNotMember);
    const note = input.note?.trim() || null;
    if (note && note.length > 500) errors.addText('input.note', UserErrorCode.TOO_LONG, M.convenerNoteTooLong);
    errors.throwIfAny();
    const member = required(org, 'the convener (refused above when missing)');
    const term = (await this.em.findOne(AllianceConvenerTerm, { year: input.year })) ?? this.em.create(AllianceConvenerTerm, { year: input.year, organisation: member });
    term.organisation = this.em.getReference(Organisation, member.id, { wrapped: true });
    term.note = note;
    await this.em.flush();
    return term;
  }
}
