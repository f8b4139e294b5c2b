import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode } from '../../core/errors/domain-error.js';
import { checkPhone, checkResidentId, checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { isValidPhone, normalisePhone } from '../../core/privacy/masking.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import type { EducationLevel } from './education-level.js';
import type { talentLoaders } from './talent.loaders.js';
import { applyResidentId } from './resident-id-claims.js';
import { ResidentIdConflictSource } from './resident-id-conflict.entity.js';
import { TalentProfile } from './talent-profile.entity.js';
import { TALENT_MESSAGES as M } from './talent.messages.js';

export interface TalentProfileChanges {
  legalName?: string | null;
  residentIdNumber?: string | null;
  phone?: string | null;
  education?: EducationLevel | null;
  employerId?: string | null;
}

type Loaders = ReturnType<typeof talentLoaders>;

export class TalentService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {}

  /** Full ID numbers and phones are for the person themself and the town's reviewers only. */
  static seesSensitiveData(viewer: Viewer | null, profile: TalentProfile): boolean {
    return viewer !== null && (viewer.userId === profile.user.id || viewer.role === Role.REVIEWER);
  }

  /** A profile is visible to its owner, reviewers, admins, and HR of the talent's employer. */
  static canSeeProfile(viewer: Viewer | null, profile: TalentProfile): boolean {
    if (!viewer) return false;
    if (viewer.userId === profile.user.id || viewer.role === Role.REVIEWER || viewer.role === Role.ADMIN) return true;
    return viewer.role === Role.ENTERPRISE_HR && viewer.organisationId !== null && viewer.organisationId === profile.employer?.id;
  }

  async profileOfUser(viewer: Viewer | null, userId: string): Promise<TalentProfile | null> {
    const profile = await this.loaders.talentProfileByUserId.load(userId);
    return profile && TalentService.canSeeProfile(viewer, profile) ? profile : null;
  }

  /** Not found and not visible give the same answer, so ids cannot be probed. */
  async profileOfUserOrFail(viewer: Viewer, userId: string): Promise<TalentProfile> {
    const profile = await this.profileOfUser(viewer, userId);
    if (!profile) throw DomainError.notFound(M.talentProfile);
    return profile;
  }

  /** HR see their own enterprise's talent; reviewers and admins see everyone's. */
  async list(viewer: Viewer, window: PageWindow): Promise<[TalentProfile[], number]> {
    let where: Record<string, unknown>;
    if (viewer.role === Role.REVIEWER || viewer.role === Role.ADMIN) where = {};
    else if (viewer.role === Role.ENTERPRISE_HR && viewer.organisationId) where = { employer: viewer.organisationId };
    else throw DomainError.forbidden();
    return this.em.findAndCount(TalentProfile, where, { orderBy: { legalName: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }

  /**
   * A town reviewer finds a talent who came to the counter (walk-in filing): by the full resident
   * ID number or mobile number on the card in front of them, or by the exact legal name. At most
   * 10, names first; the page shows them masked. Too short a search finds nobody, so the list
   * of talent cannot be walked letter by letter.
   */
  async findForCounter(viewer: Viewer, search: string): Promise<TalentProfile[]> {
    if (viewer.role !== Role.REVIEWER) throw DomainError.forbidden();
    const text = search.trim();
    const compact = text.replace(/\s/g, '');
    let where: Record<string, unknown>;
    if (/^\d{17}[\dXx]$/.test(compact)) where = { residentIdNumber: compact.toUpperCase() };
    else if (isValidPhone(compact)) where = { phone: normalisePhone(compact) };
    else if (text.length >= 2 && text.length <= 50) where = { legalName: text };
    else return [];
    return this.em.find(TalentProfile, { ...where, user: { role: Role.TALENT, disabledAt: null } }, { orderBy: { legalName: 'asc', id: 'asc' }, limit: 10 });
  }

  async updateOwnProfile(viewer: Viewer, changes: TalentProfileChanges): Promise<TalentProfile> {
    const profile = await this.em.findOne(TalentProfile, { user: viewer.userId });
    if (!profile) throw DomainError.notFound(M.talentProfile);
    const errors = new FieldErrors();
    if (changes.legalName !== undefined && changes.legalName !== null) {
      profile.legalName = checkText(errors, 'input.legalName', changes.legalName, M.legalName);
    }
    // A number another account holds is not refused here: see resident-id-claims.ts.
    const residentIdNumber = changes.residentIdNumber === undefined ? undefined : checkResidentId(errors, 'input.residentIdNumber', changes.residentIdNumber);
    if (changes.phone !== undefined) profile.phone = checkPhone(errors, 'input.phone', changes.phone);
    if (changes.education) profile.education = changes.education;
    if (changes.employerId !== undefined) {
      const employer = changes.employerId ? await this.em.findOne(Organisation, { id: changes.employerId, kind: OrganisationKind.ENTERPRISE }) : null;
      if (changes.employerId && !employer) {
        errors.addText('input.employerId', UserErrorCode.NOT_FOUND, M.employerNotFound);
      }
      profile.employer = employer ? ref(employer) : null;
    }
    if (!errors.isEmpty) {
      // Nothing of a refused change may reach the database.
      this.em.clear();
      errors.throwIfAny();
    }
    await this.em.transactional(async (em) => {
      if (residentIdNumber !== undefined) await applyResidentId(em, profile, viewer.userId, residentIdNumber, ResidentIdConflictSource.PROFILE_UPDATE);
    });
    return profile;
  }
}
