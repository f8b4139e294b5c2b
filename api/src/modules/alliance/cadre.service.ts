import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, oneUserError, UserErrorCode } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import type { NotificationService } from '../notification/index.js';
import { Organisation } from '../organisation/index.js';
import { TalentProfile } from '../talent/index.js';
import { canSeeNomination, runsAlliance } from './alliance-access.js';
import { CadreNominationStatus } from './alliance.enums.js';
import { CadreCohort, CadreNomination } from './cadre.entity.js';
import type { CadreCohortInput, NominateCadreInput } from './alliance.inputs.js';
import { shanghaiToday } from '../../core/time/shanghai.js';
import { ALLIANCE_MESSAGES as M } from './alliance.messages.js';

/** The one university partner of the exchange (seeded with a stable id). */
export const SHU_MATERIALS_ID = '00000000-0000-4000-8000-000000000002';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 党委干部培养交流计划: cohorts, HR nominations, the coordinator's selection within the places, completion. */
export class CadreService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationService,
  ) {}

  list(window: PageWindow): Promise<[CadreCohort[], number]> {
    return this.em.findAndCount(CadreCohort, {}, { orderBy: { year: 'desc', startsOn: 'desc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }

  async cohortOrFail(id: string): Promise<CadreCohort> {
    const cohort = await this.em.findOne(CadreCohort, id);
    if (!cohort) throw DomainError.notFound(M.cohort);
    return cohort;
  }

  async create(viewer: Viewer, input: CadreCohortInput): Promise<CadreCohort> {
    if (!runsAlliance(viewer)) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const themeZh = checkText(errors, 'input.themeZh', input.themeZh, M.cohortThemeZh, 100);
    const themeEn = checkText(errors, 'input.themeEn', input.themeEn, M.cohortThemeEn, 150);
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) errors.addText('input.year', UserErrorCode.OUT_OF_RANGE, M.yearOutOfRange);
    if (!Number.isInteger(input.places) || input.places < 1 || input.places > 500) errors.addText('input.places', UserErrorCode.OUT_OF_RANGE, M.placesOutOfRange);
    if (!DATE.test(input.startsOn)) errors.addText('input.startsOn', UserErrorCode.INVALID, M.dateFormat);
    if (!DATE.test(input.endsOn)) errors.addText('input.endsOn', UserErrorCode.INVALID, M.dateFormat);
    else if (input.endsOn < input.startsOn) errors.addText('input.endsOn', UserErrorCode.INVALID, M.lastDayBeforeFirst);
    errors.throwIfAny();
    const cohort = this.em.create(CadreCohort, { ...input, themeZh, themeEn, partner: this.em.getReference(Organisation, SHU_MATERIALS_ID) });
    await this.em.flush();
    return cohort;
  }

  /** HR put forward one of their own staff; anyone else's staff answer as not found. */
  async nominate(viewer: Viewer, input: NominateCadreInput): Promise<CadreNomination> {
    if (viewer.role !== Role.ENTERPRISE_HR || !viewer.organisationId) throw DomainError.forbidden();
    const cohort = await this.cohortOrFail(input.cohortId);
    const staff = await this.em.findOne(TalentProfile, { user: input.personId, employer: viewer.organisationId });
    if (!staff) throw DomainError.notFound(M.person);
    const reason = input.reason?.trim() || null;
    if (reason && reason.length > 1000) new FieldErrors().addText('input.reason', UserErrorCode.TOO_LONG, M.nominationReasonTooLong).throwIfAny();
    const duplicate = oneUserError('input.personId', UserErrorCode.DUPLICATE, M.alreadyNominated);
    const earlier = await this.em.findOne(CadreNomination, { cohort: cohort.id, person: input.personId });
    if (earlier && earlier.status !== CadreNominationStatus.WITHDRAWN) throw duplicate;
    if (earlier) {
      // Nominating someone again after a withdrawal revives their one row (a person has one per cohort).
      Object.assign(earlier, {
        status: CadreNominationStatus.NOMINATED,
        reason,
        decidedAt: null,
        organisation: this.em.getReference(Organisation, viewer.organisationId),
        nominatedBy: this.em.getReference(User, viewer.userId),
      });
      await this.em.flush();
      return earlier;
    }
    try {
      const nomination = this.em.create(CadreNomination, {
        cohort,
        person: this.em.getReference(User, input.personId),
        organisation: this.em.getReference(Organisation, viewer.organisationId),
        nominatedBy: this.em.getReference(User, viewer.userId),
        reason,
      });
      await this.em.flush();
      return nomination;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw duplicate;
      throw error;
    }
  }

  /** The coordinator selects (within the places, under the cohort's lock) or turns down a nominee. */
  async decide(viewer: Viewer, nominationId: string, selected: boolean, now = new Date()): Promise<CadreNomination> {
    if (!runsAlliance(viewer)) throw DomainError.forbidden();
    const found = await this.visibleOrFail(viewer, nominationId);
    return this.em.transactional(async (em) => {
      const cohort = await em.findOneOrFail(CadreCohort, found.cohort.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const nomination = await em.findOneOrFail(CadreNomination, nominationId, { refresh: true });
      const errors = new FieldErrors();
      if (nomination.status === CadreNominationStatus.WITHDRAWN || nomination.completedAt) {
        errors.addText('nominationId', UserErrorCode.INVALID_STATE, M.nominationClosed);
      } else if (selected && nomination.status !== CadreNominationStatus.SELECTED) {
        const taken = await em.count(CadreNomination, { cohort: cohort.id, status: CadreNominationStatus.SELECTED });
        if (taken >= cohort.places) errors.addText('nominationId', UserErrorCode.OUT_OF_RANGE, M.cohortFull(cohort.places));
      }
      errors.throwIfAny();
      nomination.status = selected ? CadreNominationStatus.SELECTED : CadreNominationStatus.NOT_SELECTED;
      nomination.decidedAt = now;
      this.notifications.within(em).notify([nomination.person.id, nomination.nominatedBy.id], {
        kind: selected ? 'alliance.cadre.selected' : 'alliance.cadre.not_selected',
        title: selected ? M.selectedTitle(cohort) : M.notSelectedTitle(cohort),
        body: selected
          ? M.selectedBody
          : M.notSelectedBody,
        link: `/alliance/cadre/${cohort.id}`,
      });
      return nomination;
    });
  }

  /**
   * HR take back one of their enterprise's nominations, awaiting selection or selected but not
   * completed; a selected place is freed (under the cohort's lock, as selection is), and the
   * person and, for a freed place, the coordinators are told.
   */
  async withdraw(viewer: Viewer, nominationId: string): Promise<CadreNomination> {
    if (viewer.role !== Role.ENTERPRISE_HR || !viewer.organisationId) throw DomainError.forbidden();
    const found = await this.visibleOrFail(viewer, nominationId);
    if (found.organisation.id !== viewer.organisationId) throw DomainError.notFound(M.nomination);
    return this.em.transactional(async (em) => {
      const cohort = await em.findOneOrFail(CadreCohort, found.cohort.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const nomination = await em.findOneOrFail(CadreNomination, nominationId, { refresh: true });
      if (nomination.status === CadreNominationStatus.WITHDRAWN || nomination.status === CadreNominationStatus.NOT_SELECTED || nomination.completedAt) {
        new FieldErrors().addText('nominationId', UserErrorCode.INVALID_STATE, M.notWithdrawable).throwIfAny();
      }
      const freesPlace = nomination.status === CadreNominationStatus.SELECTED;
      nomination.status = CadreNominationStatus.WITHDRAWN;
      const notifications = this.notifications.within(em);
      notifications.notify([nomination.person.id], {
        kind: 'alliance.cadre.withdrawn',
        title: M.nominationWithdrawnTitle(cohort),
        body: M.nominationWithdrawnBody,
        link: `/alliance/cadre/${cohort.id}`,
      });
      if (freesPlace) {
        const coordinators = await em.find(User, { role: Role.COORDINATOR });
        notifications.notify(coordinators.map((c) => c.id), {
          kind: 'alliance.cadre.place_freed',
          title: M.placeCameFreeTitle(cohort),
          body: M.placeCameFreeBody,
          link: `/alliance/cadre/${cohort.id}`,
        });
      }
      return nomination;
    });
  }

  async recordCompletion(viewer: Viewer, nominationId: string, completed: boolean, now = new Date()): Promise<CadreNomination> {
    if (!runsAlliance(viewer)) throw DomainError.forbidden();
    const nomination = await this.visibleOrFail(viewer, nominationId);
    if (nomination.status !== CadreNominationStatus.SELECTED) {
      new FieldErrors().addText('nominationId', UserErrorCode.INVALID_STATE, M.onlySelectedComplete).throwIfAny();
    }
    // Nobody finishes a programme that has not begun (a 2027 cohort was marked completed in 2026).
    const cohort = await nomination.cohort.loadOrFail();
    if (completed && !nomination.completedAt && shanghaiToday(now) < cohort.startsOn) {
      new FieldErrors().addText('completed', UserErrorCode.INVALID_STATE, M.completedBeforeCohortStarts(cohort.startsOn)).throwIfAny();
    }
    nomination.completedAt = completed ? nomination.completedAt ?? now : null;
    await this.em.flush();
    return nomination;
  }

  async visibleOrFail(viewer: Viewer, id: string): Promise<CadreNomination> {
    const nomination = await this.em.findOne(CadreNomination, id);
    if (!nomination || !canSeeNomination(viewer, nomination)) throw DomainError.notFound(M.nomination);
    return nomination;
  }

  /** Coordinators see every nomination of a cohort, HR their enterprise's, a person their own. */
  nominationsVisibleTo(viewer: Viewer | null, all: CadreNomination[]): CadreNomination[] {
    return all.filter((n) => canSeeNomination(viewer, n));
  }

  mine(viewer: Viewer): Promise<CadreNomination[]> {
    return this.em.find(CadreNomination, { person: viewer.userId }, { orderBy: { createdAt: 'desc' } });
  }
}
