import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError, FieldErrors, UserErrorCode, UserInputErrors } from '../../core/errors/domain-error.js';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { checkText } from '../../core/validation.js';
import { Role } from '../../core/auth/role.js';
import { User } from '../account/index.js';
import type { NotificationService } from '../notification/index.js';
import { Organisation } from '../organisation/index.js';
import { TalentProfile } from '../talent/index.js';
import { canSeeNomination, COHORT, NOMINATION, PERSON, runsAlliance } from './alliance-access.js';
import { CadreNominationStatus } from './alliance.enums.js';
import { CadreCohort, CadreNomination } from './cadre.entity.js';
import type { CadreCohortInput, NominateCadreInput } from './alliance.inputs.js';
import { shanghaiToday } from '../../core/time/shanghai.js';

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
    if (!cohort) throw DomainError.notFound(COHORT);
    return cohort;
  }

  async create(viewer: Viewer, input: CadreCohortInput): Promise<CadreCohort> {
    if (!runsAlliance(viewer)) throw DomainError.forbidden();
    const errors = new FieldErrors();
    const themeZh = checkText(errors, 'input.themeZh', input.themeZh, { zh: '中文主题', en: 'Chinese theme' }, 100);
    const themeEn = checkText(errors, 'input.themeEn', input.themeEn, { zh: '英文主题', en: 'English theme' }, 150);
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) errors.add('input.year', UserErrorCode.OUT_OF_RANGE, '年份须在 2000 到 2100 之间。', 'The year must be from 2000 to 2100.');
    if (!Number.isInteger(input.places) || input.places < 1 || input.places > 500) errors.add('input.places', UserErrorCode.OUT_OF_RANGE, '名额须在 1 到 500 之间。', 'Places must be from 1 to 500.');
    if (!DATE.test(input.startsOn)) errors.add('input.startsOn', UserErrorCode.INVALID, '日期格式应为 YYYY-MM-DD。', 'Dates look like YYYY-MM-DD.');
    if (!DATE.test(input.endsOn)) errors.add('input.endsOn', UserErrorCode.INVALID, '日期格式应为 YYYY-MM-DD。', 'Dates look like YYYY-MM-DD.');
    else if (input.endsOn < input.startsOn) errors.add('input.endsOn', UserErrorCode.INVALID, '结束日期不能早于开始日期。', 'The last day cannot come before the first.');
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
    if (!staff) throw DomainError.notFound(PERSON);
    const reason = input.reason?.trim() || null;
    if (reason && reason.length > 1000) new FieldErrors().add('input.reason', UserErrorCode.TOO_LONG, '推荐理由最多 1000 字。', 'The reason can have at most 1,000 characters.').throwIfAny();
    const duplicate = new UserInputErrors([{ field: 'input.personId', code: UserErrorCode.DUPLICATE, message: { zh: '此人已被推荐到该批次。', en: 'This person is already nominated for this cohort.' } }]);
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
      const cohort = (await em.findOne(CadreCohort, found.cohort.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
      const nomination = (await em.findOne(CadreNomination, nominationId, { refresh: true }))!;
      const errors = new FieldErrors();
      if (nomination.status === CadreNominationStatus.WITHDRAWN || nomination.completedAt) {
        errors.add('nominationId', UserErrorCode.INVALID_STATE, '该推荐已撤回或已结业。', 'This nomination was withdrawn or has been completed.');
      } else if (selected && nomination.status !== CadreNominationStatus.SELECTED) {
        const taken = await em.count(CadreNomination, { cohort: cohort.id, status: CadreNominationStatus.SELECTED });
        if (taken >= cohort.places) errors.add('nominationId', UserErrorCode.OUT_OF_RANGE, `名额已满（${cohort.places} 人）。`, `All ${cohort.places} places are taken.`);
      }
      errors.throwIfAny();
      nomination.status = selected ? CadreNominationStatus.SELECTED : CadreNominationStatus.NOT_SELECTED;
      nomination.decidedAt = now;
      this.notifications.within(em).notify([nomination.person.id, nomination.nominatedBy.id], {
        kind: selected ? 'alliance.cadre.selected' : 'alliance.cadre.not_selected',
        title: selected
          ? { zh: `入选干部培养交流：${cohort.themeZh}`, en: `Selected for the cadre exchange: ${cohort.themeEn}` }
          : { zh: `干部培养交流遴选结果：${cohort.themeZh}`, en: `Cadre exchange selection: ${cohort.themeEn}` },
        body: selected
          ? { zh: '您已入选本批次，课程安排见批次页面和“我的学习”。', en: 'You have been selected for this cohort; the sessions are on the cohort\'s page and under "My learning".' }
          : { zh: '很遗憾，本批次名额有限，您未能入选。', en: 'Places were limited and you were not selected this time.' },
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
    if (found.organisation.id !== viewer.organisationId) throw DomainError.notFound(NOMINATION);
    return this.em.transactional(async (em) => {
      const cohort = (await em.findOne(CadreCohort, found.cohort.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
      const nomination = (await em.findOne(CadreNomination, nominationId, { refresh: true }))!;
      if (nomination.status === CadreNominationStatus.WITHDRAWN || nomination.status === CadreNominationStatus.NOT_SELECTED || nomination.completedAt) {
        new FieldErrors().add('nominationId', UserErrorCode.INVALID_STATE, '只能撤回待遴选或已入选（未结业）的推荐。', 'Only nominations awaiting selection, or selected and not yet completed, can be withdrawn.').throwIfAny();
      }
      const freesPlace = nomination.status === CadreNominationStatus.SELECTED;
      nomination.status = CadreNominationStatus.WITHDRAWN;
      const notifications = this.notifications.within(em);
      notifications.notify([nomination.person.id], {
        kind: 'alliance.cadre.withdrawn',
        title: { zh: `干部培养交流推荐已撤回：${cohort.themeZh}`, en: `Cadre exchange nomination withdrawn: ${cohort.themeEn}` },
        body: { zh: '您所在企业已撤回对您的推荐。', en: 'Your enterprise has withdrawn your nomination.' },
        link: `/alliance/cadre/${cohort.id}`,
      });
      if (freesPlace) {
        const coordinators = await em.find(User, { role: Role.COORDINATOR });
        notifications.notify(coordinators.map((c) => c.id), {
          kind: 'alliance.cadre.place_freed',
          title: { zh: `干部培养交流名额空出：${cohort.themeZh}`, en: `A cadre exchange place came free: ${cohort.themeEn}` },
          body: { zh: '一位已入选人员的推荐被所在企业撤回，可从其他推荐中遴选。', en: 'An enterprise withdrew a selected nominee; you can select another nominee.' },
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
      new FieldErrors().add('nominationId', UserErrorCode.INVALID_STATE, '只有入选人员可以记录结业。', 'Only selected people can complete the programme.').throwIfAny();
    }
    // Nobody finishes a programme that has not begun (a 2027 cohort was marked completed in 2026).
    const cohort = await nomination.cohort.loadOrFail();
    if (completed && !nomination.completedAt && shanghaiToday(now) < cohort.startsOn) {
      new FieldErrors().add(
        'completed', UserErrorCode.INVALID_STATE,
        `本批次 ${cohort.startsOn} 开始，开始后才能记录结业。`,
        `This cohort starts on ${cohort.startsOn}; completion can be recorded once it has started.`,
      ).throwIfAny();
    }
    nomination.completedAt = completed ? nomination.completedAt ?? now : null;
    await this.em.flush();
    return nomination;
  }

  async visibleOrFail(viewer: Viewer, id: string): Promise<CadreNomination> {
    const nomination = await this.em.findOne(CadreNomination, id);
    if (!nomination || !canSeeNomination(viewer, nomination)) throw DomainError.notFound(NOMINATION);
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
